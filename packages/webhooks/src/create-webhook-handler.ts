/** `createWebhookHandler`: PAVE's calls in, typed and validated events out to your handlers. */

import { issuesByField, validateAgainst } from '@pave-kit/contract';
import { answers } from './answers.js';
import { parseEventBody } from './event-body.js';
import { payloadSchemaPointer } from './events.js';
import { readBody } from './read-body.js';
import {
  type ResolvedWebhookOptions,
  resolveWebhookOptions,
  type WebhookHandlerOptions,
} from './webhook-options.js';

/** A web-standard request handler: mount it in Hono, a Next.js route, or `toNodeListener`. */
export type WebhookHandler = (request: Request) => Promise<Response>;

function isJson(contentType: string | null): boolean {
  return /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType ?? '');
}

async function answer(request: Request, options: ResolvedWebhookOptions): Promise<Response> {
  // Before anything is read: a caller without the registered headers costs nothing more.
  if (!options.checkHeaders(request.headers)) return answers.unauthorized();
  if (request.method === 'GET' || request.method === 'HEAD') return answers.methodNotAllowed();
  if (!isJson(request.headers.get('content-type'))) return answers.unsupportedType();

  const read = await readBody(request, {
    maxBytes: options.maxBodyBytes,
    timeoutMs: options.bodyTimeoutMs,
  });
  if (!read.ok) {
    if (read.reason === 'too-large') return answers.tooLarge(options.maxBodyBytes);
    if (read.reason === 'too-slow') return answers.tooSlow(options.bodyTimeoutMs);
    return answers.unreadable();
  }

  const body = parseEventBody(read.bytes);
  if (body.kind === 'invalid') return answers.invalidBody(body.message, body.errors);
  if (body.kind === 'unknown-event') return answers.unknownEvent();
  const { event, payload } = body;
  const handler = options.handlers.get(event);
  // Nothing would read it, so a body the spec would refuse is not worth a failed delivery.
  if (!handler) return answers.ignored(event);

  const validation = validateAgainst(payloadSchemaPointer(event), payload);
  if (!validation.ok) {
    return answers.invalidBody(
      `The ${event} body does not match the spec.`,
      issuesByField(validation.issues),
    );
  }
  try {
    await handler(payload);
  } catch (error) {
    try {
      options.onError(error, { event });
    } catch {
      // A failing logger must not turn a 500 into no answer at all.
    }
    return answers.handlerFailed(event);
  }
  return answers.received(event);
}

/**
 * Returns `(request) => Promise<Response>` for PAVE's webhook calls. In order: the registered
 * headers (401, body unread), the method (405), a JSON content type (415), the body within its
 * limits (413, 408), JSON naming its `event` (400), then, when you handle that event, the
 * body against the spec's schema (400 naming each field) and your handler (200, or 500 when it
 * throws). An event you do not handle gets 200 and is ignored. Throws `WebhookOptionsError` at
 * once for options that break their rules.
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  const resolved = resolveWebhookOptions(options);
  return async (request) => {
    try {
      return await answer(request, resolved);
    } catch {
      return answers.unexpected();
    }
  };
}
