/** What PAVE's webhooks change in the list, told to the open pages as it happens. */

import { describeFailure, type PaveClient, unwrap } from '@pave-kit/client';
import type { LiveUpdates } from './live-updates.js';
import { photosToShow } from './session-photos.js';
import { type PortalSession, recordPhotos, recordStatusChange } from './session-record.js';
import type { SessionStore } from './session-store.js';

export interface SessionUpdatesOptions {
  client: PaveClient;
  store: SessionStore;
  live: LiveUpdates;
  now: () => Date;
  /** Where a failed photo fetch is reported; default `console.error`. */
  logError?: (message: string) => void;
}

export interface SessionUpdates {
  /** A `SESSION:STATUS_CHANGE`: the listed session takes `status`. */
  statusChanged(sessionKey: unknown, status: unknown): void;
  /** A `SESSION:COMPLETE`: the session is `COMPLETE`, and its photos are fetched afterwards. */
  completed(sessionKey: unknown): void;
  /** The session as stored now, to every open page. */
  changed(session: PortalSession): void;
  /**
   * A session just refreshed from PAVE, to every open page; when it is `COMPLETE` without photos
   * (no webhook reached this portal: none registered, or it was down), they are fetched too.
   */
  refreshed(session: PortalSession): void;
  /** The session is no longer listed, to every open page. */
  removed(sessionKey: string): void;
}

/** The last step of PAVE's documented lifecycle: nothing comes after it. */
const complete = 'COMPLETE';

/**
 * Webhooks for sessions this run of the portal did not create are acknowledged and ignored: the
 * list shows only its own. PAVE retries and delivers in no promised order, so a late status for
 * a session already `COMPLETE` is ignored too rather than moving it backwards.
 */
export function createSessionUpdates({
  client,
  store,
  live,
  now,
  logError = (message) => console.error(message),
}: SessionUpdatesOptions): SessionUpdates {
  const changed = (session: PortalSession) => live.publish('session', session);

  const listed = (sessionKey: unknown) =>
    typeof sessionKey === 'string' ? store.get(sessionKey) : undefined;

  const setStatus = (sessionKey: unknown, status: string): PortalSession | undefined => {
    const record = listed(sessionKey);
    if (!record || record.status.toUpperCase() === complete) return undefined;
    const next = recordStatusChange(record, status, now());
    store.update(next);
    changed(next);
    return next;
  };

  // One fetch at a time per session, so at most one per listed session: PAVE retries and may
  // deliver SESSION:COMPLETE more than once, and staff may press Refresh while one is under way.
  const fetchingPhotos = new Set<string>();

  // The webhook is answered first; PAVE documents no timeout, so slow work waits until after.
  const fetchPhotos = async (sessionKey: string) => {
    if (fetchingPhotos.has(sessionKey)) return;
    fetchingPhotos.add(sessionKey);
    try {
      const list = unwrap(
        await client.GET('/v1/sessions/{session_key}/photos', {
          params: { path: { session_key: sessionKey } },
        }),
      );
      const record = store.get(sessionKey);
      if (!record) return;
      const next = recordPhotos(record, photosToShow(list), now());
      store.update(next);
      changed(next);
    } catch (error) {
      logError(
        `portal: the photos of session ${sessionKey} could not be fetched: ${describeFailure(error).message}`,
      );
    } finally {
      fetchingPhotos.delete(sessionKey);
    }
  };

  return {
    statusChanged(sessionKey, status) {
      if (typeof status === 'string' && status !== '') setStatus(sessionKey, status);
    },
    completed(sessionKey) {
      const record = listed(sessionKey);
      if (!record) return;
      // A repeated delivery: the photos are final once the session is complete.
      if (record.status.toUpperCase() === complete && record.photos.length > 0) return;
      // A status change to COMPLETE may have come first; the photos are fetched either way.
      setStatus(sessionKey, complete);
      // Not awaited: the webhook is answered meanwhile. fetchPhotos never rejects.
      void fetchPhotos(record.session_key);
    },
    changed,
    refreshed(session) {
      changed(session);
      if (session.status.toUpperCase() === complete && session.photos.length === 0) {
        void fetchPhotos(session.session_key);
      }
    },
    removed(sessionKey) {
      live.publish('removed', { session_key: sessionKey });
    },
  };
}
