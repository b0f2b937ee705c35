// Sessions and callback registrations, kept per API key, with the oldest sessions evicted past a limit.
import { newSessionKey } from './session-key.js';
import type { StoredSession } from './session-record.js';

export interface StoredCallback {
  event: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  payload: Record<string, unknown>;
}

export interface Account {
  sessions: Map<string, StoredSession>;
  callbacks: Map<string, StoredCallback>;
}

/** What a state file holds: plain JSON, tagged so a foreign file is told apart. */
export interface StateSnapshot {
  format: typeof snapshotFormat;
  version: 1;
  accounts: Record<string, { sessions: StoredSession[]; callbacks: StoredCallback[] }>;
}

export const snapshotFormat = 'pave-kit-mock-state';

export class AccountStore {
  readonly #accounts = new Map<string, Account>();
  /** Which account holds each session key, so a key alone finds its session. */
  readonly #owners = new Map<string, string>();
  readonly #maxSessions: number;
  /** The size of each session as JSON, and their sum, bounded by `#maxBytes` across accounts. */
  readonly #sizes = new Map<string, number>();
  #bytes = 0;
  readonly #maxBytes: number;

  /**
   * `maxBytes` bounds what all accounts' sessions take together, measured as JSON (as the state
   * file holds them): a session may carry a free-form `reference` of up to the body limit, so a
   * count alone does not bound memory.
   */
  constructor(maxSessionsPerAccount: number, maxBytes = Number.POSITIVE_INFINITY) {
    this.#maxSessions = maxSessionsPerAccount;
    this.#maxBytes = maxBytes;
  }

  /** The size of the sessions kept, as JSON. */
  get bytes(): number {
    return this.#bytes;
  }

  /** The account, made on the spot: for writes. A read uses `find`, which makes nothing. */
  account(apiKey: string): Account {
    let account = this.#accounts.get(apiKey);
    if (!account) {
      account = { sessions: new Map(), callbacks: new Map() };
      this.#accounts.set(apiKey, account);
    }
    return account;
  }

  /**
   * The account if it holds anything. Reads go through here, so a client sending a new API key
   * with every read cannot grow the store (or the state file) with empty accounts.
   */
  find(apiKey: string): Account | undefined {
    return this.#accounts.get(apiKey);
  }

  /** Forgets an account left with neither sessions nor callbacks. */
  forgetIfEmpty(apiKey: string): void {
    const account = this.#accounts.get(apiKey);
    if (account && account.sessions.size === 0 && account.callbacks.size === 0) {
      this.#accounts.delete(apiKey);
    }
  }

  /** How many accounts hold sessions or callbacks. */
  get size(): number {
    return this.#accounts.size;
  }

  newKey(): string {
    return newSessionKey((key) => this.#owners.has(key));
  }

  addSession(apiKey: string, session: StoredSession): void {
    const { sessions } = this.account(apiKey);
    sessions.set(session.session_key, session);
    this.#owners.set(session.session_key, apiKey);
    // A Map keeps insertion order, so the first key is the oldest session.
    while (sessions.size > this.#maxSessions) {
      const oldest = sessions.keys().next().value as string;
      this.removeSession(apiKey, oldest);
    }
    this.resized(session);
  }

  /**
   * Counts a session's size again after it changed, then evicts the oldest sessions of any
   * account, never this one, until all fit within the byte bound.
   */
  resized(session: StoredSession): void {
    const key = session.session_key;
    if (!this.#owners.has(key)) return;
    const size = JSON.stringify(session).length;
    this.#bytes += size - (this.#sizes.get(key) ?? 0);
    this.#sizes.set(key, size);
    // `#owners` keeps insertion order across accounts: its first keys are the oldest sessions.
    for (const [oldest, owner] of this.#owners) {
      if (this.#bytes <= this.#maxBytes) break;
      if (oldest !== key) this.removeSession(owner, oldest);
    }
  }

  removeSession(apiKey: string, key: string): void {
    this.#accounts.get(apiKey)?.sessions.delete(key);
    this.#owners.delete(key);
    this.#bytes -= this.#sizes.get(key) ?? 0;
    this.#sizes.delete(key);
    this.forgetIfEmpty(apiKey);
  }

  /** The session and the API key it belongs to, whichever account that is. */
  findSession(key: string): { apiKey: string; session: StoredSession } | undefined {
    const apiKey = this.#owners.get(key);
    const session =
      apiKey === undefined ? undefined : this.#accounts.get(apiKey)?.sessions.get(key);
    return apiKey !== undefined && session ? { apiKey, session } : undefined;
  }

  snapshot(): StateSnapshot {
    // fromEntries defines each key as an own property, so an API key such as `__proto__` is kept
    // like any other instead of setting the object's prototype (and vanishing from the file).
    const accounts: StateSnapshot['accounts'] = Object.fromEntries(
      [...this.#accounts].map(([apiKey, account]) => [
        apiKey,
        { sessions: [...account.sessions.values()], callbacks: [...account.callbacks.values()] },
      ]),
    );
    return { format: snapshotFormat, version: 1, accounts };
  }

  restore(snapshot: StateSnapshot): void {
    for (const [apiKey, saved] of Object.entries(snapshot.accounts)) {
      const account = this.account(apiKey);
      for (const callback of saved.callbacks) account.callbacks.set(callback.event, callback);
      for (const session of saved.sessions) this.addSession(apiKey, session);
      this.forgetIfEmpty(apiKey);
    }
  }
}
