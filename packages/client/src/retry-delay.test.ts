import { describe, expect, it } from 'vitest';
import { type AttemptFailure, backoffDelay, retryDelay } from './retry-delay.js';
import { defaultRetryPolicy, type RetryPolicy } from './retry-policy.js';

const policy: RetryPolicy = { ...defaultRetryPolicy, jitter: false };
const clock = { now: Date.parse('2021-05-30T12:49:19Z'), random: () => 0.5 };

const status = (
  method: string,
  code: number,
  retryAfter: string | null = null,
): AttemptFailure => ({
  kind: 'status',
  method,
  status: code,
  retryAfter,
});
const network = (method: string, code: string | undefined): AttemptFailure => ({
  kind: 'network',
  method,
  code,
});

describe('retryDelay for idempotent methods', () => {
  it.each(['GET', 'PUT', 'DELETE'])('retries %s on every status in statusCodes', (method) => {
    for (const code of policy.statusCodes) {
      expect(retryDelay(policy, status(method, code), 1, clock)).toBe(300);
    }
  });

  it('retries on any network error, whatever its code', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET', undefined]) {
      expect(retryDelay(policy, network('GET', code), 1, clock)).toBe(300);
    }
  });

  it('does not retry other statuses', () => {
    for (const code of [400, 401, 403, 404, 409, 413, 422, 501]) {
      expect(retryDelay(policy, status('GET', code), 1, clock)).toBeUndefined();
    }
  });

  it('obeys Retry-After on 429 and 503, and ignores it on 500', () => {
    expect(retryDelay(policy, status('GET', 429, '2'), 1, clock)).toBe(2000);
    expect(retryDelay(policy, status('GET', 503, '7'), 1, clock)).toBe(7000);
    expect(retryDelay(policy, status('GET', 500, '7'), 1, clock)).toBe(300);
  });

  it('gives up when Retry-After is above maxRetryAfterMs, and waits when it is at it', () => {
    expect(retryDelay(policy, status('GET', 503, '61'), 1, clock)).toBeUndefined();
    expect(retryDelay(policy, status('GET', 503, '60'), 1, clock)).toBe(60_000);
  });

  it('stops after limit retries', () => {
    expect(retryDelay(policy, status('GET', 503), 2, clock)).toBe(600);
    expect(retryDelay(policy, status('GET', 503), 3, clock)).toBeUndefined();
    expect(retryDelay({ ...policy, limit: 0 }, status('GET', 503), 1, clock)).toBeUndefined();
  });
});

describe('retryDelay for POST', () => {
  it('retries a refused connection only', () => {
    expect(retryDelay(policy, network('POST', 'ECONNREFUSED'), 1, clock)).toBe(300);
    for (const code of ['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE', 'ENOTFOUND', undefined]) {
      expect(retryDelay(policy, network('POST', code), 1, clock)).toBeUndefined();
    }
  });

  it('retries a 429 or 503 that carries Retry-After, waiting as told', () => {
    expect(retryDelay(policy, status('POST', 429, '1'), 1, clock)).toBe(1000);
    expect(retryDelay(policy, status('POST', 503, '0'), 1, clock)).toBe(0);
  });

  it('does not retry a 429 or 503 without a readable Retry-After', () => {
    expect(retryDelay(policy, status('POST', 429), 1, clock)).toBeUndefined();
    expect(retryDelay(policy, status('POST', 503, 'later'), 1, clock)).toBeUndefined();
  });

  it('does not retry 408, 500, 502 or 504, Retry-After or not', () => {
    for (const code of [408, 500, 502, 504]) {
      expect(retryDelay(policy, status('POST', code), 1, clock)).toBeUndefined();
      expect(retryDelay(policy, status('POST', code, '0'), 1, clock)).toBeUndefined();
    }
  });

  it('does not retry a 413, which is not in statusCodes, even with Retry-After', () => {
    expect(retryDelay(policy, status('POST', 413, '1'), 1, clock)).toBeUndefined();
  });

  it('treats any method outside `methods` as POST is treated', () => {
    expect(retryDelay(policy, status('PATCH', 500), 1, clock)).toBeUndefined();
    expect(retryDelay(policy, network('PATCH', 'ECONNREFUSED'), 1, clock)).toBe(300);
  });
});

describe('backoffDelay', () => {
  it('doubles from baseDelayMs up to backoffLimitMs', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((retry) => backoffDelay(policy, retry, () => 0));
    expect(delays).toEqual([300, 600, 1200, 2400, 4800, 9600, 10_000, 10_000]);
  });

  it('with full jitter picks between 0 and the ceiling', () => {
    const jittered = { ...policy, jitter: true };
    expect(backoffDelay(jittered, 3, () => 0)).toBe(0);
    expect(backoffDelay(jittered, 3, () => 0.5)).toBe(600);
    expect(backoffDelay(jittered, 3, () => 0.999_999)).toBe(1199);
  });
});
