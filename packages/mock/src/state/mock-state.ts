// The stateful side of the mock: sessions and callbacks per account, the lifecycle that moves them,
// the webhooks each change sends, and the state file that keeps them.
import { validateAgainst } from '@pave-kit/contract';
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
  delivery: DeliveryPolicy;
  now: () => Date;
  /** The account name PAVE brands capture links with, for an API key. */
  accountName: (apiKey: string) => string;
  onViolation: (violation: ContractViolation) => void;
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

/** The newest attempts kept, so a long soak cannot grow the list without end. */
const maxDeliveriesKept = 10_000;

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
  #writing: Promise<void> | undefined;
  #dirty = false;
  #closed = false;

  private constructor(options: MockStateOptions) {
    this.#options = options;
    this.store = new AccountStore(options.maxSessionsPerAccount);
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
      this.#track(
        this.#deliver(apiKey, session.session_key, [
          { event: 'SESSION:SMS_PROCESS', body: { phone: sms.to, status: 'success' } },
        ]),
      );
    }
    if (this.#options.autoAdvanceMs !== undefined) this.#autoAdvance(session.session_key);
    return session;
  }

  session(apiKey: string, key: string): StoredSession | undefined {
    return this.store.account(apiKey).sessions.get(key);
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

  callbacks(apiKey: string): Map<string, StoredCallback> {
    return this.store.account(apiKey).callbacks;
  }

  saveCallback(apiKey: string, callback: StoredCallback): void {
    this.callbacks(apiKey).set(callback.event, callback);
    this.#changed();
  }

  removeCallback(apiKey: string, event: string): boolean {
    const removed = this.callbacks(apiKey).delete(event);
    if (removed) this.#changed();
    return removed;
  }

  /**
   * One step, or every step up to `to`, each followed by its webhooks, delivered or given up on.
   * `apiKey` limits the search to one account, as an HTTP call signed by that account is.
   */
  async advance(key: string, to?: string, apiKey?: string): Promise<StoredSession> {
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
    while (lifecycle.indexOf(session.status as (typeof lifecycle)[number]) < target) {
      const events = stepSession(session, this.#options.now());
      this.#changed();
      await this.#deliver(found.apiKey, key, events);
    }
    return session;
  }

  /** The delivery attempts of one account's callbacks, oldest first. */
  deliveriesOf(apiKey: string): DeliveryAttempt[] {
    return this.deliveries.filter((attempt) => this.#accountOf.get(attempt) === apiKey);
  }

  /** Stops auto-advancing, waits for webhooks under way, and writes the state one last time. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    await Promise.allSettled([...this.#pending]);
    await this.#writing;
    if (this.#dirty) await this.#write();
  }

  async #deliver(apiKey: string, sessionKey: string, events: SessionEvent[]): Promise<void> {
    const registered = this.callbacks(apiKey);
    for (const { event, body } of events) {
      const callback = registered.get(event);
      if (!callback) continue;
      const merged = { ...body, ...callback.payload };
      const check = validateAgainst(webhookSchemaPointer(event), merged);
      if (!check.ok) {
        this.#options.onViolation({
          method: callback.method,
          path: callback.url,
          status: 0,
          webhook: event,
          issues: check.issues,
        });
      }
      await deliverWebhook(
        { callback, sessionKey, body: merged },
        this.#options.delivery,
        (attempt) => {
          this.#accountOf.set(attempt, apiKey);
          this.deliveries.push(attempt);
          if (this.deliveries.length > maxDeliveriesKept) this.deliveries.shift();
        },
      );
    }
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

  #track(work: Promise<unknown>): void {
    this.#pending.add(work);
    work.finally(() => this.#pending.delete(work));
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
