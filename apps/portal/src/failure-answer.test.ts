import { PaveApiError, PaveNetworkError, PaveTimeoutError } from '@pave-kit/client';
import { describe, expect, test } from 'vitest';
import { failureAnswer, unexpectedMessage } from './failure-answer.js';
import { UnusableAnswerError } from './pave-answer.js';

function apiError(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new PaveApiError({
    status,
    body,
    method: 'POST',
    url: 'https://openapi.paveapi.com/v1/sessions',
    response: new Response(JSON.stringify(body), { status, headers }),
  });
}

describe('failureAnswer', () => {
  test("an answer the portal cannot use is a 502 'bad-answer' with its message", () => {
    const message = "PAVE's answer was not a session (it is an array), so nothing was added.";
    expect(failureAnswer(new UnusableAnswerError(message))).toEqual({
      status: 502,
      body: { error: { kind: 'bad-answer', message } },
      headers: {},
    });
  });

  test("PAVE's 400 with field errors is a 422 naming each field", () => {
    const answer = failureAnswer(
      apiError(400, {
        message: 'Required fields are missing or invalid.',
        errors: { 'sms.to': ['Invalid phone number'] },
      }),
    );
    expect(answer).toEqual({
      status: 422,
      body: {
        message: 'PAVE rejected some fields: Required fields are missing or invalid.',
        fieldErrors: { 'sms.to': ['Invalid phone number'] },
      },
      headers: {},
    });
  });

  test.each([
    [401, 502, 'unauthorized'],
    [403, 502, 'unauthorized'],
    [404, 404, 'not-found'],
    [429, 503, 'rate-limited'],
    [500, 502, 'server-error'],
    [503, 503, 'server-error'],
    [409, 502, 'rejected'],
  ])('PAVE %i is answered %i as %s', (paveStatus, status, kind) => {
    const answer = failureAnswer(apiError(paveStatus, { message: 'No.' }));
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ error: { kind, message: expect.any(String) } });
  });

  test('passes Retry-After on, so a script can wait as PAVE asked', () => {
    const answer = failureAnswer(apiError(429, { message: 'Slow down.' }, { 'Retry-After': '30' }));
    expect(answer.headers).toEqual({ 'Retry-After': '30' });
    expect(answer.body).toEqual({
      error: {
        kind: 'rate-limited',
        message: 'PAVE is rate limiting requests (429); try again in 30 s.',
      },
    });
  });

  test('a timeout is a 504 and a network failure a 502', () => {
    const url = 'https://openapi.paveapi.com/v1/sessions';
    expect(
      failureAnswer(new PaveTimeoutError({ method: 'POST', url, timeoutMs: 50, attempts: 1 })),
    ).toEqual({
      status: 504,
      body: { error: { kind: 'timeout', message: 'PAVE did not answer within 50 ms.' } },
      headers: {},
    });
    const network = failureAnswer(
      new PaveNetworkError({
        method: 'GET',
        url,
        code: 'ECONNREFUSED',
        attempts: 1,
        cause: new Error('x'),
      }),
    );
    expect(network.status).toBe(502);
    expect(network.body).toEqual({
      error: {
        kind: 'network',
        message: 'Could not reach PAVE (ECONNREFUSED): check the base URL and the network.',
      },
    });
  });

  test('an error nobody classified keeps its text out of the answer', () => {
    const answer = failureAnswer(new TypeError('cannot read "apiSecret" of undefined'));
    expect(answer).toEqual({
      status: 500,
      body: { error: { kind: 'unexpected', message: unexpectedMessage } },
      headers: {},
    });
  });
});
