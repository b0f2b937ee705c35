/** The sessions created since the portal started, in memory: the list staff see. */

import { portalLimits } from './portal-limits.js';
import type { PortalSession } from './session-record.js';

export interface SessionStore {
  /** Newest first. */
  list(): PortalSession[];
  get(sessionKey: string): PortalSession | undefined;
  /**
   * Adds a session, or replaces the one with the same key and moves it to the top. Past
   * `maxSessions`, the oldest are dropped: their keys are returned.
   */
  save(session: PortalSession): string[];
  /** Replaces a session already listed, in its place; a key not listed is ignored. */
  update(session: PortalSession): void;
  remove(sessionKey: string): void;
}

/**
 * Memory only, by design: the portal is a front desk, PAVE keeps the sessions. A restart
 * empties the list, and nothing about customers is left on the machine. Bounded, since the
 * portal is left running and whoever can open it can create sessions.
 */
export function createSessionStore({
  maxSessions = portalLimits.maxListedSessions,
}: {
  maxSessions?: number;
} = {}): SessionStore {
  const sessions = new Map<string, PortalSession>();
  return {
    list: () => [...sessions.values()].reverse(),
    get: (sessionKey) => sessions.get(sessionKey),
    save(session) {
      sessions.delete(session.session_key);
      sessions.set(session.session_key, session);
      const dropped: string[] = [];
      // A Map keeps insertion order: the first keys are the oldest.
      for (const oldest of sessions.keys()) {
        if (sessions.size <= maxSessions) break;
        sessions.delete(oldest);
        dropped.push(oldest);
      }
      return dropped;
    },
    update(session) {
      if (sessions.has(session.session_key)) sessions.set(session.session_key, session);
    },
    remove(sessionKey) {
      sessions.delete(sessionKey);
    },
  };
}
