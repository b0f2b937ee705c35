import { describe, expect, test } from 'vitest';
import type { PortalSession } from './session-record.js';
import { createSessionStore, type SessionStore } from './session-store.js';

function session(session_key: string, status = 'IDLE'): PortalSession {
  return {
    session_key,
    capture_url: `https://dealer.vehiclecapture.com/${session_key}`,
    status,
    theme: 'PRO',
    language: 'EN',
    customer: null,
    vehicle: null,
    sms_to: null,
    created_at: '2021-05-25T11:50:49.000000Z',
    checked_at: '2021-05-25T11:50:50.000Z',
    photos: [],
  };
}

describe('createSessionStore', () => {
  // Each case saves AAA-1, then BBB-2, then changes the store; the list is what staff see.
  test.each<[string, (store: SessionStore) => void, string[][]]>([
    [
      'lists the newest first',
      () => {},
      [
        ['BBB-2', 'IDLE'],
        ['AAA-1', 'IDLE'],
      ],
    ],
    [
      'saving a key again replaces it and moves it to the top',
      (store) => store.save(session('AAA-1', 'COMPLETE')),
      [
        ['AAA-1', 'COMPLETE'],
        ['BBB-2', 'IDLE'],
      ],
    ],
    [
      'updating keeps the place in the list and ignores unknown keys',
      (store) => {
        store.update(session('AAA-1', 'STARTED'));
        store.update(session('CCC-3'));
      },
      [
        ['BBB-2', 'IDLE'],
        ['AAA-1', 'STARTED'],
      ],
    ],
  ])('%s', (_title, change, expected) => {
    const store = createSessionStore();
    store.save(session('AAA-1'));
    store.save(session('BBB-2'));
    change(store);
    expect(store.list().map((s) => [s.session_key, s.status])).toEqual(expected);
  });

  test('gets and removes by key', () => {
    const store = createSessionStore();
    store.save(session('AAA-1'));
    expect(store.get('AAA-1')?.status).toBe('IDLE');
    store.remove('AAA-1');
    expect(store.get('AAA-1')).toBeUndefined();
    expect(store.list()).toEqual([]);
  });

  test('keeps the newest sessions up to its limit, and says which it dropped', () => {
    const store = createSessionStore({ maxSessions: 2 });
    expect(store.save(session('AAA-1'))).toEqual([]);
    expect(store.save(session('BBB-2'))).toEqual([]);
    // Saved again: it is the newest now, and BBB-2 the oldest.
    expect(store.save(session('AAA-1', 'STARTED'))).toEqual([]);
    expect(store.save(session('CCC-3'))).toEqual(['BBB-2']);
    expect(store.list().map(({ session_key }) => session_key)).toEqual(['CCC-3', 'AAA-1']);
    expect(store.get('BBB-2')).toBeUndefined();
  });

  test('holds 1,000 sessions by default', () => {
    const store = createSessionStore();
    for (let index = 0; index < 1_005; index += 1) store.save(session(`KEY-${index}`));
    expect(store.list()).toHaveLength(1_000);
    expect(store.list().at(-1)?.session_key).toBe('KEY-5');
  });
});
