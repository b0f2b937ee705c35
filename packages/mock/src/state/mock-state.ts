// The stateful side of the mock: sessions and callbacks per account, the lifecycle that moves them,
// the webhooks each change sends, and the state file that keeps them.
import { validateAgainst } from '@pave-kit/contract';
import { pushBounded } from '../bounded-list.js';
import { keptEntries } from '../limits.js';
import type { ContractViolation } from '../middleware/response-check/index.js';
import { AccountStore, type StoredCallback } from './account-store.js';
import { isLifecycleStatus, lifecycle, type SessionEvent, stepSession } from './lifecycle.js';
import {
  applySessionUpdate,
  createSessionRecord,
  type Json,
  type StoredSession,
} from './session-record.js';
import { readStateFile, writeStateFile } from './state-file.js';
import { type DeliveryAttempt, type DeliveryPolicy, deliverWebhook } from './webhook-delivery.js';

export interface MockStateOptions {
  maxSessionsPerAccount: number;
  /** The most the sessions of all accounts may take together, as JSON; the oldest go first. */
  maxStateBytes?: number;
  delivery: DeliveryPolicy;
  now: () => Date;
  /** The account name PAVE brands capture links with, for an API key. */
  accountName: (apiKey: string) => string;
  onViolation: (violation: ContractViolation) => void;
  /** Told of each delivery try as it ends, and of each webhook dropped (after 0 ms). */
  onDelivery?: (attempt: DeliveryAttempt, durationMs: number) => void;
  stateFile?: string;
  /** When set, each new session moves one step every this many ms until COMPLETE. */
  autoAdvanceMs?: number;
}

export type AdvanceFailure = 'unknown-session' | 'past-end' | 'not-a-status';

export class AdvanceError extends Error {
  readonly reason: AdvanceFailure;
  constructor(reason: AdvanceFailure, message: string) {
    super(message);
    this.name = 'AdvanceError';
    this.reason = reason;
  }
}

function webhookSchemaPointer(event: string): string {
  const escaped = event.replaceAll('~', '~0').replaceAll('/', '~1');
  return `/webhooks/${escaped}/post/requestBody/content/application~1json/schema`;
}

export class MockState {
  readonly store: AccountStore;
  readonly deliveries: DeliveryAttempt[] = [];
  // Whose callback each attempt was for: kept beside the attempts, which say nothing of accounts,
  // so an account's list survives the session being deleted or evicted.
  readonly #accountOf = new WeakMap<DeliveryAttempt, string>();
  readonly #options: MockStateOptions;
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #pending = new Set<Promise<unknown>>();
  /** Ended by `close`: the tries under way stop, the waiting webhooks are dropped. */
  readonly #closing = new AbortController();
  get #closed(): boolean {
    return this.#closing.signal.aborted;
  }
  /** The tail of each session's webhooks, so one session's arrive in the order they happened. */
  readonly #chains = new Map<string, Promise<void>>();
  /** Webhooks being sent or waiting, across accounts, bounded by the policy's `maxPending`. */
  #waiting = 0;
  #writing: Promise<void> | undefined;
  #dirty = false;

  private constructor(options: MockStateOptions) {
    this.#options = options;
    this.store = new AccountStore(options.maxSessionsPerAccount, options.maxStateBytes);
  }

  /** Reads the state file first, when there is one: a bad file stops the start, untouched. */
  static async open(options: MockStateOptions): Promise<MockState> {
    const state = new MockState(options);
    if (options.stateFile) {
      const saved = await readStateFile(options.stateFile);
      if (saved) state.store.restore(saved);
    }
    return state;
  }

  createSession(apiKey: string, body: Json): StoredSession {
    const session = createSessionRecord({
      key: this.store.newKey(),
      account: this.#options.accountName(apiKey),
      body,
      now: this.#options.now(),
    });
    this.store.addSession(apiKey, session);
    this.#changed();
    const sms = (session.options?.sms ?? undefined) as Json | undefined;
    if (typeof sms?.to === 'string') {
      void this.#deliver(apiKey, session.session_key, [
        { event: 'SESSION:SMS_PROCESS', body: { phone: sms.to, status: 'success' } },
      ]);
    }
    if (this.#options.autoAdvanceMs !== undefined) this.#autoAdvance(session.session_key);
    return session;
  }

  session(apiKey: string, key: string): StoredSession | undefined {
    return this.store.find(apiKey)?.sessions.get(key);
  }

  /** The updated session, or the rule the update broke. */
  updateSession(
    apiKey: string,
    key: string,
    body: Json,
  ): StoredSession | { refused: string } | undefined {
    const session = this.session(apiKey, key);
    if (!session) return undefined;
    const refused = applySessionUpdate(session, body, this.#options.now());
    if (refused) return { refused };
    this.store.resized(session);
    this.#changed();
    return session;
  }

  deleteSession(apiKey: string, key: string): 'removed' | 'started' | 'unknown' {
    const session = this.session(apiKey, key);
    if (!session) return 'unknown';
    if (session.status !== 'IDLE') return 'started';
    this.store.removeSession(apiKey, key);
    this.#changed();
    return 'removed';
  }

  /** The account's registrations, to read: an account that has none gets an empty map of its own. */
  callbacks(apiKey: string): ReadonlyMap<string, StoredCallback> {
    return this.store.find(apiKey)?.callbacks ?? new Map();
  }

  saveCallback(apiKey: string, callback: StoredCallback): void {
    this.store.account(apiKey).callbacks.set(callback.event, callback);
    this.#changed();
  }

  removeCallback(apiKey: string, event: string): boolean {
    const removed = this.store.find(apiKey)?.callbacks.delete(event) ?? false;
    if (removed) {
      this.store.forgetIfEmpty(apiKey);
      this.#changed();
    }
    return removed;
  }

  /**
   * One step, or every step up to `to`, each followed by its webhooks, delivered or given up on.
   * `apiKey` limits the search to one account, as an HTTP call signed by that account is.
   */
  async advance(key: string, to?: string, apiKey?: string): Promise<StoredSession> {
    const { session, delivered } = this.move(key, to, apiKey);
    await delivered;
    return session;
  }

  /**
   * Makes every step at once and starts their webhooks, in order, behind those of the session's
   * earlier steps: `delivered` settles when they were delivered, given up on or dropped (it never
   * rejects). Steps made together cannot interleave with another caller's.
   */
  move(
    key: string,
    to?: string,
    apiKey?: string,
  ): { session: StoredSession; delivered: Promise<void> } {
    const found = this.store.findSession(key);
    if (!found || (apiKey !== undefined && found.apiKey !== apiKey)) {
      throw new AdvanceError('unknown-session', `No session has the key ${key}.`);
    }
    const { session } = found;
    const from = lifecycle.indexOf(session.status as (typeof lifecycle)[number]);
    if (to !== undefined && !isLifecycleStatus(to)) {
      throw new AdvanceError(
        'not-a-status',
        `"to" must be one of ${lifecycle.join(', ')}; got ${JSON.stringify(to)}.`,
      );
    }
    const target = to === undefined ? from + 1 : lifecycle.indexOf(to);
    if (from < 0 || from >= lifecycle.length - 1 || target <= from) {
      throw new AdvanceError(
        'past-end',
        `Session ${key} is ${session.status}: it cannot move ${to === undefined ? 'further' : `to ${to}`} (the lifecycle is ${lifecycle.join(' → ')}).`,
      );
    }
    const events: SessionEvent[] = [];
    while (lifecycle.indexOf(session.status as (typeof lifecycle)[number]) < target) {
      events.push(...stepSession(session, this.#options.now()));
    }
    this.store.resized(session);
    this.#changed();
    return { session, delivered: this.#deliver(found.apiKey, key, events) };
  }

  /** The delivery attempts of one account's callbacks, oldest first. */
  deliveriesOf(apiKey: string): DeliveryAttempt[] {
    return this.deliveries.filter((attempt) => this.#accountOf.get(attempt) === apiKey);
  }

  /**
   * Stops auto-advancing, ends the delivery tries under way (recorded as failed), drops the
   * webhooks still waiting (recorded as dropped), and writes the state one last time.
   */
  async close(): Promise<void> {
    this.#closing.abort();
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    await Promise.allSettled([...this.#pending]);
    await this.#writing;
    if (this.#dirty) await this.#write();
  }

  #record(apiKey: string, attempt: DeliveryAttempt, durationMs = 0): void {
    this.#options.onDelivery?.(attempt, durationMs);
    this.#accountOf.set(attempt, apiKey);
    pushBounded(this.deliveries, attempt, keptEntries.deliveries);
  }

  #dropped(apiKey: string, sessionKey: string, callback: StoredCallback, reason: string): void {
    this.#record(apiKey, {
      event: callback.event,
      sessionKey,
      url: callback.url,
      method: String(callback.method).toUpperCase(),
      attempt: 0,
      outcome: 'dropped',
      error: reason,
      at: new Date().toISOString(),
    });
  }

  /**
   * Queues the events' webhooks behind the session's earlier ones. Each takes a place among the
   * `maxPending` from now until it settles; one that finds none is recorded as dropped at once.
   */
  #deliver(apiKey: string, sessionKey: string, events: SessionEvent[]): Promise<void> {
    const { maxPending } = this.#options.delivery;
    const registered = this.callbacks(apiKey);
    const jobs: Array<{ callback: StoredCallback; body: Json }> = [];
    for (const { event, body } of events) {
      const callback = registered.get(event);
      if (!callback) continue;
      if (this.#closed) {
        this.#dropped(apiKey, sessionKey, callback, 'the mock was closing');
      } else if (this.#waiting >= maxPending) {
        this.#dropped(
          apiKey,
          sessionKey,
          callback,
          `more than ${maxPending} webhooks were already being sent or waiting`,
        );
      } else {
        this.#waiting += 1;
        jobs.push({ callback, body: { ...body, ...callback.payload } });
      }
    }
    if (jobs.length === 0) return Promise.resolve();
    const before = this.#chains.get(sessionKey) ?? Promise.resolve();
    const chain = before.then(async () => {
      for (const job of jobs) {
        try {
          await this.#deliverOne(apiKey, sessionKey, job.callback, job.body);
        } catch (error) {
          // Nothing here should throw; if it does, the record says so and the next one goes on.
          this.#dropped(apiKey, sessionKey, job.callback, `the mock failed: ${String(error)}`);
        } finally {
          this.#waiting -= 1;
        }
      }
    });
    this.#chains.set(sessionKey, chain);
    this.#track(chain);
    const forget = () => {
      if (this.#chains.get(sessionKey) === chain) this.#chains.delete(sessionKey);
    };
    chain.then(forget, forget);
    return chain;
  }

  async #deliverOne(
    apiKey: string,
    sessionKey: string,
    callback: StoredCallback,
    body: Json,
  ): Promise<void> {
    if (this.#closed) {
      this.#dropped(apiKey, sessionKey, callback, 'the mock was closing');
      return;
    }
    const check = validateAgainst(webhookSchemaPointer(callback.event), body);
    if (!check.ok) {
      this.#options.onViolation({
        method: callback.method,
        path: callback.url,
        status: 0,
        webhook: callback.event,
        issues: check.issues,
      });
    }
    await deliverWebhook(
      { callback, sessionKey, body },
      this.#options.delivery,
      (attempt, durationMs) => this.#record(apiKey, attempt, durationMs),
      this.#closing.signal,
    );
  }

  #autoAdvance(key: string): void {
    const step = () => {
      this.#timers.delete(timer);
      if (this.#closed) return;
      const run = this.advance(key).then(
        (session) => {
          if (session.status !== 'COMPLETE' && !this.#closed) this.#autoAdvance(key);
        },
        // Deleted meanwhile, or moved to the end by someone else: nothing left to do.
        () => undefined,
      );
      this.#track(run);
    };
    const timer = setTimeout(step, this.#options.autoAdvanceMs);
    timer.unref();
    this.#timers.add(timer);
  }

  /** Kept until settled, so `close` can wait for it; its failure is never left unhandled. */
  #track(work: Promise<unknown>): void {
    this.#pending.add(work);
    work.then(
      () => this.#pending.delete(work),
      () => this.#pending.delete(work),
    );
  }

  /** Writes coalesce: while one is under way, later changes wait for one more write after it. */
  #changed(): void {
    if (!this.#options.stateFile) return;
    this.#dirty = true;
    if (!this.#writing) this.#writing = this.#write();
  }

  async #write(): Promise<void> {
    const path = this.#options.stateFile;
    if (!path) return;
    try {
      while (this.#dirty) {
        this.#dirty = false;
        await writeStateFile(path, this.store.snapshot()).catch((error: unknown) => {
          console.error(`pave-mock: could not write the state file ${path}: ${String(error)}`);
        });
      }
    } finally {
      this.#writing = undefined;
    }
  }
}
