// Sends webhooks to registered endpoints: a deadline per attempt, bounded retries, every attempt recorded.
import type { StoredCallback } from './account-store.js';

export interface DeliveryAttempt {
  event: string;
  sessionKey: string;
  url: string;
  method: string;
  /** 1 for the first try. */
  attempt: number;
  /** `retrying` when this try failed and another follows; `failed` when it was the last. */
  outcome: 'delivered' | 'retrying' | 'failed';
  /** The receiver's status, when it answered. */
  status?: number;
  /** Why the try failed without an answer: refused, timed out, ... */
  error?: string;
  at: string;
}

export interface DeliveryPolicy {
  /** Tries per webhook, the first included. Default 3. */
  attempts: number;
  /** The wait before try n+1 is `backoffMs * 2^(n-1)`. Default 200. */
  backoffMs: number;
  /** How long one try may take before it counts as failed. Default 5,000. */
  timeoutMs: number;
}

export const defaultDeliveryPolicy: DeliveryPolicy = {
  attempts: 3,
  backoffMs: 200,
  timeoutMs: 5_000,
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** The reason a try failed, in words, without repeating the request. */
function describeFailure(error: unknown, timeoutMs: number): string {
  const name = (error as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? String(error);
}

/**
 * Delivers one webhook and resolves when it arrived or every try failed; it never rejects, so a
 * broken receiver cannot break the step that caused the webhook.
 */
export async function deliverWebhook(
  { callback, sessionKey, body }: WebhookDelivery,
  policy: DeliveryPolicy,
  record: (attempt: DeliveryAttempt) => void,
): Promise<boolean> {
  const method = callback.method.toUpperCase();
  const sendsBody = method !== 'GET' && method !== 'HEAD';
  for (let attempt = 1; attempt <= policy.attempts; attempt += 1) {
    const last = attempt === policy.attempts;
    const base = { event: callback.event, sessionKey, url: callback.url, method, attempt };
    try {
      const response = await send(callback.url, {
        method,
        headers: {
          ...callback.headers,
          ...(sendsBody ? { 'content-type': 'application/json' } : {}),
        },
        ...(sendsBody ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(policy.timeoutMs),
        redirect: 'manual',
      });
      // The body is not needed; reading it frees the connection.
      await response.arrayBuffer().catch(() => undefined);
      const delivered = response.status >= 200 && response.status < 300;
      record({
        ...base,
        outcome: delivered ? 'delivered' : last ? 'failed' : 'retrying',
        status: response.status,
        at: new Date().toISOString(),
      });
      if (delivered) return true;
    } catch (error) {
      record({
        ...base,
        outcome: last ? 'failed' : 'retrying',
        error: describeFailure(error, policy.timeoutMs),
        at: new Date().toISOString(),
      });
    }
    if (!last) await sleep(policy.backoffMs * 2 ** (attempt - 1));
  }
  return false;
}
