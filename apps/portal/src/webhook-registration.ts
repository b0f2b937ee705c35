/** At start, the portal tells PAVE where to send the webhooks that keep its list live. */

import { randomBytes } from 'node:crypto';
import { describeFailure, type PaveClient, unwrap } from '@pave-kit/client';
import { callbackRegistration } from '@pave-kit/webhooks';
import { isLoopbackUrl } from './pave-links.js';
import { webhookPath, webhookTokenHeader } from './webhook-route.js';

/** The events the list follows. */
export const followedEvents = ['SESSION:STATUS_CHANGE', 'SESSION:COMPLETE'] as const;

/** What came of registering, for the log and for `pnpm start` to print. */
export interface WebhookRegistration {
  /** Whether PAVE accepted the registration of every followed event. */
  registered: boolean;
  /** The endpoint given to PAVE; null when none could be. */
  url: string | null;
  /** One line saying what happened, without the token. */
  message: string;
}

/** 32 random bytes: a token nobody can guess, made anew each time the portal starts. */
export function newWebhookToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The address PAVE should call. A public URL given in the configuration wins. Without one, the
 * portal's own loopback URL serves only when PAVE is a mock on this machine: the real PAVE
 * cannot reach 127.0.0.1. Undefined then, and nothing is registered.
 */
export function webhookUrl({
  publicUrl,
  paveBaseUrl,
  portalUrl,
}: {
  publicUrl?: string;
  paveBaseUrl: string;
  portalUrl: string;
}): string | undefined {
  const base = publicUrl ?? (isLoopbackUrl(paveBaseUrl) ? portalUrl : undefined);
  if (base === undefined) return undefined;
  // A public URL may carry a path (a proxy's prefix): the endpoint goes under it.
  const withSlash = base.endsWith('/') ? base : `${base}/`;
  return new URL(webhookPath.slice(1), withSlash).href;
}

export interface RegisterWebhooksOptions {
  client: PaveClient;
  token: string;
  publicUrl?: string;
  paveBaseUrl: string;
  portalUrl: string;
  /** Ends a registration under way, e.g. when the portal stops. */
  signal?: AbortSignal;
}

/**
 * PAVE's messages are copied into the log line and `/api/info`; a PAVE (or a proxy) that quotes
 * the header it refused must not put the token there.
 */
function withoutToken(message: string, token: string): string {
  return message.split(token).join('[webhook token]');
}

/**
 * Registers the endpoint for each followed event with `POST /v1/callbacks`, the token in its
 * headers and the event in its payload (so each body says which it is). Never throws: a PAVE
 * that refuses or cannot be reached leaves the portal serving, its list updated on Refresh.
 */
export async function registerWebhooks({
  client,
  token,
  publicUrl,
  paveBaseUrl,
  portalUrl,
  signal,
}: RegisterWebhooksOptions): Promise<WebhookRegistration> {
  const url = webhookUrl({ publicUrl, paveBaseUrl, portalUrl });
  if (url === undefined) {
    return {
      registered: false,
      url: null,
      message:
        `webhooks not registered: PAVE (${paveBaseUrl}) cannot reach this machine's loopback ` +
        'address; set PORTAL_PUBLIC_URL to an address PAVE can call. The list updates on Refresh only.',
    };
  }
  for (const event of followedEvents) {
    try {
      unwrap(
        await client.POST('/v1/callbacks', {
          body: callbackRegistration({ event, url, headers: { [webhookTokenHeader]: token } }),
          ...(signal ? { signal } : {}),
        }),
      );
    } catch (error) {
      return {
        registered: false,
        url,
        message:
          `webhooks not registered: PAVE did not take the ${event} callback. ` +
          `${withoutToken(describeFailure(error).message, token).replace(/\.?$/, '.')} ` +
          'The portal serves on and tries again in the background; until then the list ' +
          'updates on Refresh only.',
      };
    }
  }
  return {
    registered: true,
    url,
    message: `webhooks registered: PAVE calls ${url} for ${followedEvents.join(' and ')}`,
  };
}

/** Whether a registration PAVE holds is this portal's: its URL, and this start's token. */
function isOwnRegistration(registration: unknown, url: string, token: string): boolean {
  if (typeof registration !== 'object' || registration === null) return false;
  const { url: registeredUrl, headers } = registration as Record<string, unknown>;
  if (registeredUrl !== url) return false;
  // PAVE documents `headers` as an object or as a string; names match in any case.
  if (typeof headers === 'string') return headers.includes(token);
  if (typeof headers !== 'object' || headers === null) return false;
  const wanted = webhookTokenHeader.toLowerCase();
  return Object.entries(headers).some(
    ([name, value]) => name.toLowerCase() === wanted && value === token,
  );
}

export interface UnregisterWebhooksOptions {
  client: PaveClient;
  token: string;
  /** The endpoint this portal registered. */
  url: string;
  signal?: AbortSignal;
}

/**
 * Removes the followed events' registrations that still point at `url` with `token`, and only
 * those: a portal started since on the same account replaced them with its own, which stay.
 * Never throws; resolves with the events removed.
 */
export async function unregisterWebhooks({
  client,
  token,
  url,
  signal,
}: UnregisterWebhooksOptions): Promise<string[]> {
  const removed: string[] = [];
  for (const event of followedEvents) {
    try {
      const params = { path: { event } };
      const { data } = await client.GET('/v1/callbacks/{event}', {
        params,
        ...(signal ? { signal } : {}),
      });
      if (!isOwnRegistration(data?.data, url, token)) continue;
      unwrap(
        await client.DELETE('/v1/callbacks/{event}', { params, ...(signal ? { signal } : {}) }),
      );
      removed.push(event);
    } catch {
      // Gone already, or PAVE unreachable: nothing more a stopping portal can do about it.
      if (signal?.aborted) break;
    }
  }
  return removed;
}
