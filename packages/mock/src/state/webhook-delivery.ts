// Sends webhooks to registered endpoints: a deadline per attempt, bounded retries, every attempt recorded.
import type { StoredCallback } from './account-store.js';

export interface DeliveryAttempt {
  event: string;
  sessionKey: string;
  url: string;
  method: string;
  /** 1 for the first try; 0 for a webhook dropped before any try. */
  attempt: number;
  /**
   * `retrying` when this try failed and another follows; `failed` when it was the last;
   * `dropped` when the webhook was never sent (too many waiting, or the mock was closing).
   */
  outcome: 'delivered' | 'retrying' | 'failed' | 'dropped';
  /** The receiver's status, when it answered. */
  status?: number;
  /** Why the try failed without an answer (refused, timed out, ...), or why it was dropped. */
  error?: string;
  at: string;
}

export interface DeliveryPolicy {
  /** Tries per webhook, the first included. Default 3. */
  attempts: number;
  /** The wait before try n+1 is `backoffMs * 2^(n-1)`. Default 200. */
  backoffMs: number;
  /** How long one try may take, the receiver's answer included, before it counts as failed. Default 5,000. */
  timeoutMs: number;
  /**
   * The most webhooks sent or waiting to be sent at once, across accounts. Past it, a webhook is
   * recorded as `dropped` instead of queued behind receivers that do not answer. Default 1,000.
   */
  maxPending: number;
}

export const defaultDeliveryPolicy: DeliveryPolicy = {
  attempts: 3,
  backoffMs: 200,
  timeoutMs: 5_000,
  maxPending: 1_000,
};

export interface WebhookDelivery {
  callback: StoredCallback;
  sessionKey: string;
  body: Record<string, unknown>;
}

/**
 * Taken when the module loads: a test that stubs the global `fetch` for the code it tests must not
 * swallow the webhooks the mock sends to that code.
 */
const send = globalThis.fetch;

/** Why a try ended early; its message is what the delivery record says. */
class TryEnded extends Error {}

/**
 * Runs `work` with a deadline kept by a timer of its own: the try ends when the timer fires or
 * `stop` aborts, whatever `work` does with the signal it is given (an abort signal alone can be
 * collected with the fetch that holds it, and then never fires).
 */
async function withDeadline<T>(
  timeoutMs: number,
  stop: AbortSignal,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let onStop: (() => void) | undefined;
  const ended = new Promise<never>((_, reject) => {
    const end = (reason: string) => {
      const error = new TryEnded(reason);
      controller.abort(error);
      reject(error);
    };
    timer = setTimeout(() => end(`no answer within ${timeoutMs} ms`), timeoutMs);
    onStop = () => end('the mock closed');
    if (stop.aborted) onStop();
    else stop.addEventListener('abort', onStop, { once: true });
  });
  const running = work(controller.signal);
  // Whichever loses the race must not surface later as an unhandled rejection.
  running.catch(() => undefined);
  ended.catch(() => undefined);
  try {
    return await Promise.race([running, ended]);
  } finally {
    clearTimeout(timer);
    if (onStop) stop.removeEventListener('abort', onStop);
  }
}

/** Waits `ms`, or less if `stop` aborts; the timer never outlives the wait. */
function pause(ms: number, stop: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (stop.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      stop.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    stop.addEventListener('abort', done, { once: true });
  });
}

/**
 * The reason a try failed, in words, without repeating the request: fetch's own messages quote
 * the header value or URL they refuse, and a registered header may hold the receiver's token.
 */
function describeFailure(error: unknown): string {
  if (error instanceof TryEnded) return error.message;
  const cause = (error as { cause?: { code?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code;
  const name = error instanceof Error ? error.name : typeof error;
  return `the registered URL, method or headers cannot be sent (${name})`;
}

/**
 * Delivers one webhook and resolves when it arrived or every try failed; it never rejects, so a
 * broken receiver cannot break the step that caused the webhook. `stop` ends the try under way
 * and the retries (the mock is closing).
 */
export async function deliverWebhook(
  { callback, sessionKey, body }: WebhookDelivery,
  policy: DeliveryPolicy,
  record: (attempt: DeliveryAttempt, durationMs: number) => void,
  stop: AbortSignal = new AbortController().signal,
): Promise<boolean> {
  const method = String(callback.method).toUpperCase();
  const sendsBody = method !== 'GET' && method !== 'HEAD';
  for (let attempt = 1; attempt <= policy.attempts; attempt += 1) {
    const last = attempt === policy.attempts || stop.aborted;
    const base = { event: callback.event, sessionKey, url: callback.url, method, attempt };
    const started = performance.now();
    try {
      const status = await withDeadline(policy.timeoutMs, stop, async (signal) => {
        const response = await send(callback.url, {
          method,
          headers: {
            ...callback.headers,
            ...(sendsBody ? { 'content-type': 'application/json' } : {}),
          },
          ...(sendsBody ? { body: JSON.stringify(body) } : {}),
          signal,
          redirect: 'manual',
        });
        // The answer's body is not needed: dropped unread, so a receiver cannot fill memory.
        await response.body?.cancel().catch(() => undefined);
        return response.status;
      });
      const delivered = status >= 200 && status < 300;
      record(
        {
          ...base,
          outcome: delivered ? 'delivered' : last ? 'failed' : 'retrying',
          status,
          at: new Date().toISOString(),
        },
        performance.now() - started,
      );
      if (delivered) return true;
    } catch (error) {
      record(
        {
          ...base,
          outcome: last || stop.aborted ? 'failed' : 'retrying',
          error: describeFailure(error),
          at: new Date().toISOString(),
        },
        performance.now() - started,
      );
    }
    if (stop.aborted) return false;
    if (attempt < policy.attempts) await pause(policy.backoffMs * 2 ** (attempt - 1), stop);
  }
  return false;
}
