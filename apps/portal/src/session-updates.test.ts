import { describe, expect, test, vi } from 'vitest';
import { stubPaveClient } from '../test/stub-pave.js';
import type { LiveUpdates } from './live-updates.js';
import type { PortalSession } from './session-record.js';
import { createSessionStore } from './session-store.js';
import { createSessionUpdates } from './session-updates.js';

const key = 'TOA-QGMWRCHHGB';
const listed: PortalSession = {
  session_key: key,
  capture_url: `https://dealer.vehiclecapture.com/${key}`,
  status: 'IDLE',
  theme: 'PRO',
  language: 'EN',
  customer: null,
  vehicle: null,
  sms_to: null,
  created_at: '2026-01-02T03:04:00.000000Z',
  checked_at: '2026-01-02T03:04:05.000Z',
  photos: [],
};

function setUp(photosAnswer: () => Response) {
  const published: { event: string; data: unknown }[] = [];
  const live: LiveUpdates = {
    open: () => undefined,
    publish: (event, data) => published.push({ event, data }),
    openStreams: 0,
    closed: false,
    close: () => {},
  };
  const store = createSessionStore();
  store.save(listed);
  const logged: string[] = [];
  const client = stubPaveClient(() => photosAnswer());
  const updates = createSessionUpdates({
    client,
    store,
    live,
    now: () => new Date('2026-01-02T05:00:00.000Z'),
    logError: (message) => logged.push(message),
  });
  return { updates, store, published, logged };
}

describe('createSessionUpdates', () => {
  test('a status change is stored and published; a blank or missing status is ignored', () => {
    const { updates, store, published } = setUp(() => new Response('[]'));
    updates.statusChanged(key, '');
    updates.statusChanged(key, undefined);
    updates.statusChanged(42, 'STARTED');
    expect(published).toEqual([]);
    updates.statusChanged(key, 'STARTED');
    expect(store.get(key)).toMatchObject({
      status: 'STARTED',
      checked_at: '2026-01-02T05:00:00.000Z',
    });
    expect(published).toEqual([{ event: 'session', data: store.get(key) }]);
  });

  test('photos PAVE cannot list: one log line naming the session, and it stays COMPLETE', async () => {
    const { updates, store, logged } = setUp(
      () =>
        new Response(JSON.stringify({ message: 'Internal error' }), {
          status: 500,
          headers: { 'content-type': 'application/json' },
        }),
    );
    updates.completed(key);
    expect(store.get(key)?.status).toBe('COMPLETE');
    await vi.waitFor(() => expect(logged).toHaveLength(1));
    expect(logged[0]).toMatch(
      new RegExp(`^portal: the photos of session ${key} could not be fetched: .*500`),
    );
    expect(store.get(key)).toMatchObject({ status: 'COMPLETE', photos: [] });
  });

  test('a refresh that finds the session COMPLETE without photos fetches them; with photos, not', async () => {
    const photos = [{ photo_code: 1, photo_label: 'VIN', url: 'https://photos.example/1.jpg' }];
    let fetched = 0;
    const { updates, store, published } = setUp(() => {
      fetched += 1;
      return new Response(JSON.stringify(photos), {
        headers: { 'content-type': 'application/json' },
      });
    });
    const refreshed = { ...listed, status: 'COMPLETE' };
    store.update(refreshed);
    updates.refreshed(refreshed);
    expect(published[0]).toEqual({ event: 'session', data: refreshed });
    await vi.waitFor(() => expect(store.get(key)?.photos).toHaveLength(1));
    expect(published.at(-1)).toEqual({ event: 'session', data: store.get(key) });
    updates.refreshed(store.get(key) as PortalSession);
    updates.refreshed({ ...listed, status: 'STARTED' });
    expect(fetched).toBe(1);
  });

  test('a delete is published as removed', () => {
    const { updates, published } = setUp(() => new Response('[]'));
    updates.removed(key);
    expect(published).toEqual([{ event: 'removed', data: { session_key: key } }]);
  });
});
