/** Keeps the portal's webhooks registered with PAVE: in the background, retried, removed on stop. */

import type { PaveClient } from '@pave-kit/client';
import {
  registerWebhooks,
  unregisterWebhooks,
  type WebhookRegistration,
  webhookUrl,
} from './webhook-registration.js';

export interface WebhookRetry {
  /** The wait before the first retry; each later one doubles it. */
  firstMs: number;
  /** The longest wait between two attempts. */
  maxMs: number;
}

/**
 * A PAVE that is down when the portal starts is usually back within minutes: retried soon, then
 * less and less often, never more than every 5 minutes, until it takes the registration.
 */
export const webhookRetry: Readonly<WebhookRetry> = { firstMs: 2_000, maxMs: 300_000 };

export interface WebhookRegistrarOptions {
  client: PaveClient;
  token: string;
  publicUrl?: string;
  paveBaseUrl: string;
  portalUrl: string;
  /** Told the first outcome, then each later one that says something else. */
  onChange: (registration: WebhookRegistration) => void;
  retry?: WebhookRetry;
}

export interface WebhookRegistrar {
  /** What came of registering so far. */
  readonly current: WebhookRegistration;
  /** Settles with the first attempt's outcome, success or failure; never rejects. */
  readonly firstAttempt: Promise<WebhookRegistration>;
  /**
   * Stops retrying, ends an attempt under way, and removes the registrations that still point at
   * this portal. Resolves when that is done or `withinMs` has passed, whichever comes first.
   */
  stop(withinMs: number): Promise<void>;
}

/** Settles when `work` does or after `ms`, on a timer of its own: however the calls behave. */
function settlesWithin(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([work.then(() => {}), late]).finally(() => clearTimeout(timer));
}

/**
 * Serving never waits on PAVE: the first attempt starts at once and runs beside the server.
 * Until it settles, `current` says registration is under way.
 */
export function startWebhookRegistrar({
  client,
  token,
  publicUrl,
  paveBaseUrl,
  portalUrl,
  onChange,
  retry = webhookRetry,
}: WebhookRegistrarOptions): WebhookRegistrar {
  const url = webhookUrl({ publicUrl, paveBaseUrl, portalUrl });
  // Aborted by `stop()`: ends the attempt under way, and no outcome counts after it.
  const attempts = new AbortController();
  let current: WebhookRegistration = {
    registered: false,
    url: url ?? null,
    message:
      url === undefined
        ? 'webhooks not registered'
        : `webhooks being registered: asking PAVE to call ${url}`,
  };
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let nextDelayMs = retry.firstMs;
  let attempt: Promise<WebhookRegistration> | undefined;
  let stopping: Promise<void> | undefined;

  const settle = (outcome: WebhookRegistration) => {
    const changed =
      outcome.registered !== current.registered || outcome.message !== current.message;
    current = outcome;
    if (changed) onChange(outcome);
  };

  const run = (): Promise<WebhookRegistration> => {
    attempt = registerWebhooks({
      client,
      token,
      ...(publicUrl === undefined ? {} : { publicUrl }),
      paveBaseUrl,
      portalUrl,
      signal: attempts.signal,
    }).then((outcome) => {
      if (attempts.signal.aborted) return outcome;
      settle(outcome);
      // Without a URL there is nothing PAVE could be told, however often it is asked.
      if (!outcome.registered && outcome.url !== null) {
        retryTimer = setTimeout(run, nextDelayMs);
        // The server keeps the process alive; a pending retry alone must not.
        retryTimer.unref?.();
        nextDelayMs = Math.min(nextDelayMs * 2, retry.maxMs);
      }
      return outcome;
    });
    return attempt;
  };

  const firstAttempt = run();

  return {
    get current() {
      return current;
    },
    firstAttempt,
    stop(withinMs) {
      stopping ??= (async () => {
        clearTimeout(retryTimer);
        attempts.abort();
        if (url === undefined) return;
        const cleanup = new AbortController();
        // The attempt just ended may have reached PAVE before it did: removed all the same.
        const work = (async () => {
          await attempt;
          await unregisterWebhooks({ client, token, url, signal: cleanup.signal });
        })();
        await settlesWithin(work, withinMs);
        cleanup.abort();
      })();
      return stopping;
    },
  };
}
