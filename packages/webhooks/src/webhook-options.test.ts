import { describe, expect, test, vi } from 'vitest';
import {
  defaultWebhookLimits,
  resolveWebhookOptions,
  type WebhookHandlerOptions,
} from './webhook-options.js';
import { WebhookOptionsError } from './webhook-options-error.js';

const secret = 'Bearer top-secret-value';
const valid: WebhookHandlerOptions = { headers: { Authorization: secret }, on: {} };

function failure(options: unknown): WebhookOptionsError {
  try {
    resolveWebhookOptions(options as WebhookHandlerOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookOptionsError);
    expect(error).toBeInstanceOf(TypeError);
    return error as WebhookOptionsError;
  }
  throw new Error('the options were accepted');
}

describe('resolveWebhookOptions', () => {
  test('takes the documented limits by default: 1 MiB, 10 s', () => {
    const resolved = resolveWebhookOptions(valid);
    expect(defaultWebhookLimits).toEqual({ maxBodyBytes: 1_048_576, bodyTimeoutMs: 10_000 });
    expect(resolved.maxBodyBytes).toBe(1_048_576);
    expect(resolved.bodyTimeoutMs).toBe(10_000);
  });

  test('keeps given limits and handlers, and leaves out events set to undefined', () => {
    const onComplete = () => {};
    const resolved = resolveWebhookOptions({
      ...valid,
      on: { 'SESSION:COMPLETE': onComplete, 'SESSION:STAGE_CHANGE': undefined },
      maxBodyBytes: 10,
      bodyTimeoutMs: 20,
    });
    expect(resolved.maxBodyBytes).toBe(10);
    expect(resolved.bodyTimeoutMs).toBe(20);
    expect([...resolved.handlers]).toEqual([['SESSION:COMPLETE', onComplete]]);
  });

  test('the default onError logs the event and the error with console.error', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = new Error('boom');
    resolveWebhookOptions(valid).onError(error, { event: 'SESSION:COMPLETE' });
    expect(log).toHaveBeenCalledWith(
      '@pave-kit/webhooks: the SESSION:COMPLETE handler failed:',
      error,
    );
    log.mockRestore();
  });

  test.each([
    ['no options', undefined, 'options', 'must be an object (got undefined)'],
    [
      'headers missing',
      { on: {} },
      'headers',
      'must be an object of the header names and values registered with PAVE (got undefined)',
    ],
    [
      'no header at all',
      { headers: {}, on: {} },
      'headers',
      'must hold at least one header registered with PAVE: they are the only proof a call is from PAVE',
    ],
    [
      'a header name with a space',
      { headers: { 'X Token': secret }, on: {} },
      'headers["X Token"]',
      "is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)",
    ],
    [
      'one header named twice',
      { headers: { Authorization: secret, authorization: secret }, on: {} },
      'headers.authorization',
      'names the same header as headers.Authorization (names are not case-sensitive)',
    ],
    [
      'an empty value',
      { headers: { Authorization: '' }, on: {} },
      'headers.Authorization',
      'must be a non-empty string (got an empty string)',
    ],
    [
      'a number',
      { headers: { Authorization: 42 }, on: {} },
      'headers.Authorization',
      'must be a non-empty string (got a number)',
    ],
    [
      'a value with a trailing space',
      { headers: { Authorization: `${secret} ` }, on: {} },
      'headers.Authorization',
      'must be printable ASCII without leading or trailing spaces, as PAVE sends it',
    ],
    [
      'a value on two lines',
      { headers: { Authorization: `${secret}\r\nX: y` }, on: {} },
      'headers.Authorization',
      'must be printable ASCII without leading or trailing spaces, as PAVE sends it',
    ],
    [
      'on missing',
      { headers: { a: secret } },
      'on',
      'must be an object of handlers by event (got undefined)',
    ],
    [
      'a misspelled event',
      { headers: { a: secret }, on: { 'SESSION:COMPLETED': () => {} } },
      'on["SESSION:COMPLETED"]',
      'is not a PAVE webhook event (known: SESSION:SMS_PROCESS, SESSION:STAGE_CHANGE, SESSION:STATUS_CHANGE, SESSION:COMPLETE, SESSION:NOTE_INSERT)',
    ],
    [
      'a handler that is not a function',
      { headers: { a: secret }, on: { 'SESSION:COMPLETE': 'yes' } },
      'on["SESSION:COMPLETE"]',
      'must be a function (got a string)',
    ],
    [
      'a zero body limit',
      { ...valid, maxBodyBytes: 0 },
      'maxBodyBytes',
      `must be a whole number from 1 to ${Number.MAX_SAFE_INTEGER} (got 0)`,
    ],
    [
      'a fractional body limit',
      { ...valid, maxBodyBytes: 1.5 },
      'maxBodyBytes',
      `must be a whole number from 1 to ${Number.MAX_SAFE_INTEGER} (got 1.5)`,
    ],
    [
      'a timeout setTimeout cannot keep',
      { ...valid, bodyTimeoutMs: 2 ** 31 },
      'bodyTimeoutMs',
      `must be a whole number from 1 to 2147483647 (got ${2 ** 31})`,
    ],
    [
      'a timeout as a string',
      { ...valid, bodyTimeoutMs: '1000' },
      'bodyTimeoutMs',
      'must be a whole number from 1 to 2147483647 (got a string)',
    ],
    [
      'an onError that is not a function',
      { ...valid, onError: true },
      'onError',
      'must be a function (got a boolean)',
    ],
  ])('%s: names the option and the rule, never a header value', (_, options, option, rule) => {
    const error = failure(options);
    expect(error.option).toBe(option);
    expect(error.rule).toBe(rule);
    expect(error.message).toBe(`createWebhookHandler: ${option} ${rule}`);
    expect(error.message).not.toContain('top-secret');
  });
});
