import { describe, expect, test } from 'vitest';
import { AccountStore } from './account-store.js';
import { createSessionRecord } from './session-record.js';

function add(store: AccountStore, apiKey: string) {
  const session = createSessionRecord({
    key: store.newKey(),
    account: 'demo',
    body: {},
    now: new Date(),
  });
  store.addSession(apiKey, session);
  return session.session_key;
}

describe('AccountStore', () => {
  test('past the limit the oldest sessions of that account go, and only theirs', () => {
    const store = new AccountStore(3);
    const keys = [add(store, 'a'), add(store, 'a'), add(store, 'a')];
    const other = add(store, 'b');
    const newest = add(store, 'a');
    expect([...store.account('a').sessions.keys()]).toEqual([keys[1], keys[2], newest]);
    expect(store.findSession(keys[0] as string)).toBeUndefined();
    expect(store.findSession(other)?.apiKey).toBe('b');
  });

  test('finding an account makes none; an account emptied by eviction or removal is forgotten', () => {
    const store = new AccountStore(10);
    expect(store.find('a')).toBeUndefined();
    expect(store.size).toBe(0);
    const key = add(store, 'a');
    expect(store.find('a')?.sessions.size).toBe(1);
    store.removeSession('a', key);
    expect(store.find('a')).toBeUndefined();
    expect(store.snapshot().accounts).toEqual({});
  });

  test('past the byte bound the oldest sessions of any account go, never the one that grew', () => {
    const store = new AccountStore(100, 4_000);
    const first = add(store, 'a');
    const second = add(store, 'b');
    const size = store.bytes / 2;
    const fitting = Math.floor(4_000 / size);
    const rest = Array.from({ length: fitting - 2 }, () => add(store, 'c'));
    expect(store.findSession(first)).toBeDefined();
    const newest = add(store, 'c');
    expect(store.findSession(first)).toBeUndefined();
    expect(store.findSession(second)?.apiKey).toBe('b');
    expect(store.bytes).toBeLessThanOrEqual(4_000);
    // The oldest left grows past the bound: the others make room, it stays.
    const grown = store.findSession(second)?.session;
    if (!grown) throw new Error('the second session should still be kept');
    grown.options = { reference: 'x'.repeat(3_000) };
    store.resized(grown);
    expect(store.findSession(second)).toBeDefined();
    expect(store.bytes).toBeLessThanOrEqual(4_000);
    expect([...rest, newest].filter((key) => store.findSession(key)).length).toBeLessThan(
      rest.length + 1,
    );
  });

  test('a snapshot restores into an equal store', () => {
    const store = new AccountStore(10);
    const key = add(store, 'a');
    store.account('a').callbacks.set('SESSION:COMPLETE', {
      event: 'SESSION:COMPLETE',
      url: 'https://example.com/hook',
      method: 'POST',
      headers: {},
      payload: {},
    });
    const copy = new AccountStore(10);
    copy.restore(JSON.parse(JSON.stringify(store.snapshot())));
    expect(copy.snapshot()).toEqual(store.snapshot());
    expect(copy.findSession(key)?.apiKey).toBe('a');
  });

  test.each(['__proto__', 'constructor', 'toString'])(
    'an account whose API key is %s is saved and restored like any other',
    (apiKey) => {
      const store = new AccountStore(10);
      const key = add(store, apiKey);
      const copy = new AccountStore(10);
      copy.restore(JSON.parse(JSON.stringify(store.snapshot())));
      expect(copy.findSession(key)?.apiKey).toBe(apiKey);
    },
  );
});
