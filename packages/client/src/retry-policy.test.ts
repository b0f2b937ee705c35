import { describe, expect, it } from 'vitest';
import { PaveOptionsError } from './errors/pave-options-error.js';
import { defaultRetryPolicy, resolveRetryPolicy } from './retry-policy.js';

describe('defaultRetryPolicy', () => {
  it('is the documented policy', () => {
    expect(defaultRetryPolicy).toEqual({
      limit: 2,
      methods: ['GET', 'PUT', 'DELETE'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      maxRetryAfterMs: 60_000,
      baseDelayMs: 300,
      backoffLimitMs: 10_000,
      jitter: true,
    });
  });

  it('obeys Retry-After only on statuses it retries', () => {
    for (const status of defaultRetryPolicy.afterStatusCodes) {
      expect(defaultRetryPolicy.statusCodes).toContain(status);
    }
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

  it.each([
    [{ afterStatusCodes: [413, 429] }, 413],
    [{ statusCodes: [500, 502], afterStatusCodes: [503] }, 503],
  ])('refuses an afterStatusCodes entry that is not in statusCodes: %j', (retry, stray) => {
    const resolve = () => resolveRetryPolicy(retry);
    expect(resolve).toThrow(PaveOptionsError);
    expect(resolve).toThrow(
      `createPaveClient: retry.afterStatusCodes must list only statuses that are also in retry.statusCodes (${stray} is not)`,
    );
    expect(resolve).toThrow(expect.objectContaining({ option: 'retry.afterStatusCodes' }));
  });

  it('accepts afterStatusCodes within statusCodes, and narrows the default to statusCodes', () => {
    expect(
      resolveRetryPolicy({ statusCodes: [413, 503], afterStatusCodes: [413] }).afterStatusCodes,
    ).toEqual([413]);
    expect(resolveRetryPolicy({ statusCodes: [500, 503] }).afterStatusCodes).toEqual([503]);
    expect(resolveRetryPolicy({ statusCodes: [] }).afterStatusCodes).toEqual([]);
  });

  it('refuses a retry that is not an object', () => {
    expect(() => resolveRetryPolicy(3 as never)).toThrow(
      'createPaveClient: retry must be an object (got number)',
    );
  });
});
