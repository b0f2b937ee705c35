import { describe, expect, it } from 'vitest';
import { defaultRetryPolicy, resolveRetryPolicy } from './retry-policy.js';

describe('defaultRetryPolicy', () => {
  it('is the documented policy', () => {
    expect(defaultRetryPolicy).toEqual({
      limit: 2,
      methods: ['GET', 'PUT', 'DELETE'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [413, 429, 503],
      maxRetryAfterMs: 60_000,
      baseDelayMs: 300,
      backoffLimitMs: 10_000,
      jitter: true,
    });
  });
});

describe('resolveRetryPolicy', () => {
  it('fills in what is not given, and an undefined value means the default', () => {
    expect(resolveRetryPolicy({ limit: 5, baseDelayMs: undefined })).toEqual({
      ...defaultRetryPolicy,
      limit: 5,
    });
    expect(resolveRetryPolicy()).toEqual(defaultRetryPolicy);
  });

  it('upper-cases method names', () => {
    expect(resolveRetryPolicy({ methods: ['get', 'Put'] }).methods).toEqual(['GET', 'PUT']);
  });

  it.each([
    [{ limit: -1 }, 'retry.limit must be a whole number >= 0 (got -1)'],
    [{ limit: 1.5 }, 'retry.limit must be a whole number >= 0 (got 1.5)'],
    [{ baseDelayMs: '5' }, 'retry.baseDelayMs must be a whole number >= 0 (got string)'],
    [
      { maxRetryAfterMs: Number.NaN },
      'retry.maxRetryAfterMs must be a whole number >= 0 (got NaN)',
    ],
    [{ statusCodes: [503, 'x'] }, 'retry.statusCodes must be an array of HTTP status codes'],
    [{ afterStatusCodes: 429 }, 'retry.afterStatusCodes must be an array of HTTP status codes'],
    [{ methods: 'GET' }, 'retry.methods must be an array of method names'],
    [{ jitter: 'full' }, 'retry.jitter must be a boolean (got string)'],
    [{ retries: 3 }, 'retry.retries is not a retry setting'],
  ])('names the bad field in %j', (retry, message) => {
    expect(() => resolveRetryPolicy(retry as never)).toThrow(`createPaveClient: ${message}`);
  });

  it('refuses a retry that is not an object', () => {
    expect(() => resolveRetryPolicy(3 as never)).toThrow(
      'createPaveClient: retry must be an object (got number)',
    );
  });
});
