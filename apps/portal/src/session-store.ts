/** The sessions created since the portal started, in memory: the list staff see. */

import type { PortalSession } from './session-record.js';

export interface SessionStore {
  /** Newest first. */
  list(): PortalSession[];
  get(sessionKey: string): PortalSession | undefined;
  /** Adds a session, or replaces the one with the same key and moves it to the top. */
  save(session: PortalSession): void;
  /** Replaces a session already listed, in its place; a key not listed is ignored. */
  update(session: PortalSession): void;
  remove(sessionKey: string): void;
}

/**
 * Memory only, by design: the portal is a front desk, PAVE keeps the sessions. A restart
 * empties the list, and nothing about customers is left on the machine.
 */
export function createSessionStore(): SessionStore {
  const sessions = new Map<string, PortalSession>();
  return {
    list: () => [...sessions.values()].reverse(),
    get: (sessionKey) => sessions.get(sessionKey),
    save(session) {
      sessions.delete(session.session_key);
      sessions.set(session.session_key, session);
    },
    update(session) {
      if (sessions.has(session.session_key)) sessions.set(session.session_key, session);
    },
    remove(sessionKey) {
      sessions.delete(sessionKey);
    },
  };
}
