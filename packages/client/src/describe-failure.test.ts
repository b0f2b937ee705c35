import { afterEach, describe, expect, test, vi } from 'vitest';
import { describeFailure } from './describe-failure.js';
import { PaveApiError } from './errors/pave-api-error.js';
import { PaveNetworkError } from './errors/pave-network-error.js';
import { PaveTimeoutError } from './errors/pave-timeout-error.js';

const url = 'https://openapi.paveapi.com/v1/sessions';

function apiError(status: number, body: unknown, headers: Record<string, string> = {}) {
  const response = new Response(JSON.stringify(body), { status, headers });
  return new PaveApiError({ status, body, method: 'POST', url, response });
}

describe('describeFailure', () => {
  test('a 400 with field errors is "invalid" and keeps the fields', () => {
    const errors = { 'vehicle.vin': ['VIN is too short, it must be 17 characters'] };
    const message = 'Required fields are missing or invalid.';
    const failure = describeFailure(apiError(400, { message, errors }));
    expect(failure).toMatchObject({ kind: 'invalid', status: 400, fieldErrors: errors });
  });

  test.each([
    [401, 'unauthorized', /refused the credentials \(401\)/],
    [403, 'unauthorized', /refused the credentials \(403\)/],
    [404, 'not-found', /Not found \(404\): Nope/],
    [500, 'server-error', /failed to handle the request \(500\)/],
    [503, 'server-error', /\(503\)/],
    [409, 'rejected', /rejected the request \(409\)/],
    [400, 'rejected', /rejected the request \(400\)/],
  ] as const)('%i is "%s"', (status, kind, message) => {
    const failure = describeFailure(apiError(status, { message: 'Nope' }));
    expect(failure.kind).toBe(kind);
    expect(failure.message).toMatch(message);
  });

  test("PAVE's own full stop is not doubled", () => {
    expect(describeFailure(apiError(401, { message: 'Unauthorized.' })).message).toMatch(
      /\(401\): Unauthorized\. Check the username/,
    );
  });

  describe('how long to wait, from Retry-After', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    const rateLimited = (retryAfter?: string) =>
      describeFailure(
        apiError(429, { message: 'slow' }, retryAfter ? { 'retry-after': retryAfter } : {}),
      ).message;
    const unavailable = (status: number, retryAfter?: string) =>
      describeFailure(
        apiError(
          status,
          { message: 'Service unavailable.' },
          retryAfter ? { 'retry-after': retryAfter } : {},
        ),
      ).message;

    test('a 429 says the seconds PAVE gave', () => {
      expect(rateLimited('30')).toBe('PAVE is rate limiting requests (429); try again in 30 s.');
    });

    test('a 429 turns an HTTP date into seconds from now, rounded up', () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2021-05-30T12:49:19.500Z'));
      expect(rateLimited('Sun, 30 May 2021 12:49:49 GMT')).toBe(
        'PAVE is rate limiting requests (429); try again in 30 s.',
      );
      expect(rateLimited('Sun, 30 May 2021 12:49:19 GMT')).toBe(
        'PAVE is rate limiting requests (429); try again now.',
      );
    });

    test('a 429 without a readable Retry-After says "shortly"', () => {
      expect(rateLimited()).toBe('PAVE is rate limiting requests (429); try again shortly.');
      expect(rateLimited('soon')).toBe('PAVE is rate limiting requests (429); try again shortly.');
    });

    // The clock stands at 12:49:19 so an HTTP date is a known number of seconds away.
    test.each<[number, string | undefined, string]>([
      [503, '120', 'Service unavailable; try again in 120 s.'],
      [503, 'Sun, 30 May 2021 12:50:19 GMT', 'Service unavailable; try again in 60 s.'],
      [503, '0', 'Service unavailable; try again now.'],
      [503, undefined, 'Service unavailable.'],
      [503, 'soon', 'Service unavailable.'],
      [500, '30', 'Service unavailable.'],
    ])('a %i with Retry-After %j says: %s', (status, retryAfter, said) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2021-05-30T12:49:19Z'));
      expect(unavailable(status, retryAfter)).toBe(
        `PAVE failed to handle the request (${status}): ${said}`,
      );
    });
  });

  test('timeouts, network failures and anything else', () => {
    expect(
      describeFailure(new PaveTimeoutError({ method: 'GET', url, timeoutMs: 100, attempts: 1 })),
    ).toMatchObject({ kind: 'timeout', message: 'PAVE did not answer within 100 ms.' });
    expect(
      describeFailure(
        new PaveNetworkError({
          method: 'GET',
          url,
          code: 'ECONNREFUSED',
          attempts: 3,
          cause: null,
        }),
      ),
    ).toMatchObject({ kind: 'network', message: expect.stringContaining('ECONNREFUSED') });
    expect(describeFailure(new Error('boom'))).toMatchObject({
      kind: 'unexpected',
      message: 'Unexpected error: boom',
    });
  });
});
