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
