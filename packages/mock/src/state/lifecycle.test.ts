import { validateAgainst } from '@pave-kit/contract';
import { describe, expect, test } from 'vitest';
import { lifecycle, sessionResults, stepSession } from './lifecycle.js';
import { createSessionRecord } from './session-record.js';

const resultsSchema = '/components/schemas/SessionResults';

function newSession(body = {}) {
  return createSessionRecord({
    key: 'ABC-1234567890',
    account: 'demo',
    body,
    now: new Date('2026-01-01T10:00:00Z'),
  });
}

describe('stepSession', () => {
  test('walks the documented lifecycle, setting what PAVE sets at each step', () => {
    const session = newSession({ vehicle: { vin: 'JN1CV6AR9BM000006' } });
    const seen: string[][] = [];
    for (let minute = 1; session.status !== 'COMPLETE'; minute += 1) {
      const events = stepSession(session, new Date(`2026-01-01T10:0${minute}:00Z`));
      seen.push([session.status, ...new Set(events.map((e) => e.event))]);
    }
    expect(seen).toEqual([
      ['STARTED', 'SESSION:STATUS_CHANGE'],
      ['PROCESS', 'SESSION:STAGE_CHANGE', 'SESSION:STATUS_CHANGE'],
      ['QC_PASSED', 'SESSION:STATUS_CHANGE'],
      ['CONFIRM', 'SESSION:STATUS_CHANGE'],
      ['COMPLETE', 'SESSION:STATUS_CHANGE', 'SESSION:COMPLETE'],
    ]);
    expect(seen.map(([status]) => status)).toEqual(lifecycle.slice(1));
    expect(session.inspect_started_at).toBe('2026-01-01T10:01:00.000Z');
    expect(session.inspect_ended_at).toBe('2026-01-01T10:04:00.000Z');
    expect(session.photos.length).toBeGreaterThan(0);
  });

  test('the results carry the session key and VIN, and the spec accepts them', () => {
    const session = newSession({ vehicle: { vin: 'JN1CV6AR9BM000006', year: '2011' } });
    while (session.status !== 'COMPLETE') stepSession(session, new Date('2026-01-01T11:00:00Z'));
    const results = sessionResults(session);
    expect(results).toMatchObject({
      session: { session_key: 'ABC-1234567890', status: 'COMPLETE' },
      vehicle: { session_key: 'ABC-1234567890', vin: 'JN1CV6AR9BM000006', year: '2011' },
    });
    expect(validateAgainst(resultsSchema, results)).toEqual({ ok: true });
  });

  test('a session without a VIN gets one when the customer captures it', () => {
    const session = newSession();
    stepSession(session, new Date());
    stepSession(session, new Date());
    expect(session.vehicle?.vin).toMatch(/^[A-Z0-9]{17}$/);
  });

  test('refuses to step past COMPLETE, naming the key', () => {
    const session = newSession();
    while (session.status !== 'COMPLETE') stepSession(session, new Date());
    expect(() => stepSession(session, new Date())).toThrow('Session ABC-1234567890 is COMPLETE');
  });
});
