import { describe, expect, test } from 'vitest';
import { checkCallbackEvent, checkRequestBody, checkSessionKey } from './check-input.js';
import { UsageError } from './usage-error.js';

function linesOf(attempt: () => void): readonly string[] {
  try {
    attempt();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).lines;
  }
  throw new Error('expected a UsageError');
}

describe('checkRequestBody', () => {
  test('a 16-character VIN is named with the rule and the length', () => {
    const lines = linesOf(() =>
      checkRequestBody('createSession', { vehicle: { vin: 'JN1CV6AR9BMXXXXX' } }),
    );
    expect(lines).toEqual([
      'vehicle.vin: must be 17 characters, got 16',
      'Nothing was sent: the input breaks the PAVE spec.',
    ]);
  });

  test('every broken field gets its own line', () => {
    const lines = linesOf(() =>
      checkRequestBody('createSession', {
        vehicle: { year: '11' },
        session: { theme: 'BLUE', redirect_url: 'not a url' },
      }),
    );
    expect(lines).toContain('session.theme: must be one of LITE, PRO, CAPT, got "BLUE"');
    expect(lines).toContain('vehicle.year: must match the pattern ^\\d{4}$, got "11"');
    expect(
      lines.some((line) => line.startsWith('session.redirect_url: must be an absolute URL')),
    ).toBe(true);
  });

  test('a valid body passes', () => {
    expect(() =>
      checkRequestBody('createSession', { vehicle: { vin: 'JN1CV6AR9BMXXXXXX' } }),
    ).not.toThrow();
    expect(() =>
      checkRequestBody('createCallback', {
        event: 'SESSION:COMPLETE',
        url: 'https://example.com/x',
      }),
    ).not.toThrow();
  });

  test('an update needs at least one part', () => {
    expect(linesOf(() => checkRequestBody('updateSession', {}))[0]).toBe(
      'body: must have at least 1 field',
    );
  });

  test('a callback needs an event and a URL', () => {
    expect(linesOf(() => checkRequestBody('createCallback', {})).slice(0, 2)).toEqual([
      'event: is required',
      'url: is required',
    ]);
  });
});

describe('path parameters', () => {
  test('an unknown event is named against the spec enum', () => {
    expect(linesOf(() => checkCallbackEvent('SESSION:DONE'))[0]).toBe(
      'event: must be one of SESSION:SMS_PROCESS, SESSION:STAGE_CHANGE, SESSION:STATUS_CHANGE, SESSION:COMPLETE, SESSION:NOTE_INSERT, got "SESSION:DONE"',
    );
    expect(() => checkCallbackEvent('SESSION:COMPLETE')).not.toThrow();
  });

  test('an empty session key is refused', () => {
    expect(linesOf(() => checkSessionKey(''))[0]).toBe(
      'session_key: must be at least 1 characters, got 0',
    );
    expect(() => checkSessionKey('XXX-ABCDE12345')).not.toThrow();
  });
});
