/** PAVE's webhook events: their names and payload types from the spec, and where each schema is. */

import { escapePointerSegment, spec } from '@pave-kit/contract';
import type { webhooks } from '@pave-kit/types';

/** An event PAVE calls you for, e.g. `SESSION:COMPLETE`: a key of the spec's `webhooks`. */
export type WebhookEvent = keyof webhooks & string;

/** The body PAVE sends for `Event`, as the spec's `webhooks` section defines it. */
export type WebhookPayload<Event extends WebhookEvent> = webhooks[Event]['post'] extends {
  requestBody: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

interface WebhookOperation {
  requestBody?: { content?: Record<string, { schema?: unknown }> };
}

/**
 * JSON pointers of each event's body schema in the spec. PAVE calls with the method a callback
 * was registered with, but the spec describes each event once, so the first method with a JSON
 * body is the one that defines it.
 */
function schemaPointers(): ReadonlyMap<string, string> {
  const pointers = new Map<string, string>();
  for (const [event, item] of Object.entries(spec.webhooks ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      const body = (operation as WebhookOperation | undefined)?.requestBody?.content;
      if (!body?.['application/json']?.schema) continue;
      pointers.set(
        event,
        `/webhooks/${escapePointerSegment(event)}/${method}/requestBody/content/application~1json/schema`,
      );
      break;
    }
  }
  return pointers;
}

const pointers = schemaPointers();

/** Every event the spec defines, in the spec's order. */
export const webhookEvents: readonly WebhookEvent[] = [...pointers.keys()] as WebhookEvent[];

export function isWebhookEvent(name: string): name is WebhookEvent {
  return pointers.has(name);
}

/** Where the spec keeps the body schema of `event`, for `validateAgainst`. */
export function payloadSchemaPointer(event: WebhookEvent): string {
  const pointer = pointers.get(event);
  if (pointer === undefined) throw new Error(`The PAVE spec has no webhook "${event}"`);
  return pointer;
}
