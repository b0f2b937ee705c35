// Starts a PAVE mock: Prism serving the spec, behind a front door that checks what Prism cannot.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { assertCredentialsList, type PaveCredentials } from '@pave-kit/auth';
import { listOperations, type OperationInfo } from '@pave-kit/contract';
import { pushBounded } from './bounded-list.js';
import { createMockApp } from './create-mock-app.js';
import { createFrontDoor } from './front-door.js';
import { keptEntries, mockLimits } from './limits.js';
import { guardLogger, type RequestLogEntry } from './middleware/request-log/index.js';
import type { ContractViolation } from './middleware/response-check/index.js';
import { loadPrism } from './prism-engine.js';
import type { LifecycleStatus } from './state/lifecycle.js';
import { MockState } from './state/mock-state.js';
import {
  type DeliveryAttempt,
  type DeliveryPolicy,
  defaultDeliveryPolicy,
} from './state/webhook-delivery.js';

export interface MockOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Generate responses from the schemas instead of serving the spec's examples. */
  dynamic?: boolean;
  /**
   * When given, every request must carry a valid HMAC signature for one of these accounts,
   * else the mock answers 401. Without it, any values in the three auth headers are accepted.
   */
  credentials?: PaveCredentials | readonly PaveCredentials[];
  /** The mock's clock for signature freshness; defaults to the real time. */
  now?: () => Date;
  /**
   * Called after each request (admin routes included), e.g. to log it. Never receives headers or
   * bodies. If it throws, the error is printed on stderr and the mock carries on.
   */
  onRequest?: (entry: RequestLogEntry) => void;
  /**
   * Called after each webhook delivery try (and for each webhook dropped), in the same shape with
   * `webhook` set to the event, `path` the registered URL without its query, `status` the
   * receiver's (0 without an answer) and the outcome in `note`. Guarded like `onRequest`.
   */
  onWebhook?: (entry: RequestLogEntry) => void;
  /**
   * Keep sessions and callbacks per API key, drive their lifecycle and deliver webhooks (the
   * default). `false` answers every request with the spec's examples, as Prism alone does.
   */
  stateful?: boolean;
  /** Keep the state in this JSON file across restarts; a file that is not one is refused. */
  stateFile?: string;
  /** The most sessions kept per API key; the oldest go first. Default 10,000. */
  maxSessionsPerAccount?: number;
  /**
   * The most all accounts' sessions may take together, in bytes of JSON (as the state file holds
   * them); past it the oldest sessions, of any account, go first. Default 64 MiB.
   */
  maxStateBytes?: number;
  /** Move each new session one step every this many ms until it is COMPLETE. */
  autoAdvanceMs?: number;
  /**
   * Retries, deadlines and the bound on waiting webhooks (3 tries, 200 ms backoff doubling, 5 s
   * each, at most 1,000 sent or waiting at once).
   */
  webhookDelivery?: Partial<DeliveryPolicy>;
}

export interface RunningMock {
  /** The base URL to give a client, e.g. `http://127.0.0.1:4010`. */
  url: string;
  port: number;
  prismVersion: string;
  operations: readonly OperationInfo[];
  /** Whether signatures are verified. */
  checksSignatures: boolean;
  /**
   * Every answer so far whose status or body the spec does not allow (the newest 1,000).
   * Contract tests expect this to stay empty: a violation is a bug in the spec, whatever status
   * the client saw.
   */
  readonly violations: readonly ContractViolation[];
  /** Forgets the violations seen so far, e.g. after a test has reported them. */
  clearViolations(): void;
  /**
   * The operationId of every request that reached the mock, in order (the newest 100,000), so
   * a suite can prove it exercised each operation of the spec.
   */
  readonly served: readonly string[];
  /** Whether the mock keeps state (see `MockOptions.stateful`). */
  stateful: boolean;
  /**
   * Moves a session one step along its lifecycle (IDLE, STARTED, PROCESS, QC_PASSED, CONFIRM,
   * COMPLETE), or every step up to `toStatus`. Resolves once the webhooks the steps caused were
   * delivered or given up on; rejects for an unknown key or a step past the end.
   */
  advance(sessionKey: string, toStatus?: LifecycleStatus): Promise<void>;
  /** Every webhook delivery attempt so far, and every webhook dropped, oldest first (the newest 10,000). */
  readonly deliveries: readonly DeliveryAttempt[];
  /**
   * Stops the server, ends open connections, and frees the port; webhook tries under way end
   * (recorded as failed) and waiting ones are recorded as dropped, without waiting for receivers.
   */
  close(): Promise<void>;
}

/** A webhook try as a log line: the URL without its query, which may carry a receiver's token. */
function webhookLogEntry(attempt: DeliveryAttempt, durationMs: number): RequestLogEntry {
  let path = attempt.url;
  try {
    const url = new URL(attempt.url);
    path = `${url.origin}${url.pathname}`;
  } catch {
    // Not a URL: fetch refused it, and the log shows what was registered.
  }
  const outcome =
    attempt.outcome === 'dropped'
      ? `dropped (${attempt.error})`
      : `try ${attempt.attempt}: ${attempt.outcome}${attempt.error ? ` (${attempt.error})` : ''}`;
  return {
    method: attempt.method,
    path,
    status: attempt.status ?? 0,
    durationMs,
    note: `webhook ${attempt.event} for ${attempt.sessionKey}, ${outcome}`,
    webhook: attempt.event,
  };
}

function listen(server: Server, port: number, host: string) {
  return new Promise<AddressInfo>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const {
    port = 0,
    host = '127.0.0.1',
    dynamic = false,
    now = () => new Date(),
    stateful = true,
    maxSessionsPerAccount = 10_000,
    maxStateBytes = 64 * 1024 * 1024,
  } = options;
  if (!Number.isInteger(maxStateBytes) || maxStateBytes < 1) {
    throw new TypeError(
      `maxStateBytes must be a whole number of at least 1, got ${String(maxStateBytes)}`,
    );
  }
  if (!Number.isInteger(maxSessionsPerAccount) || maxSessionsPerAccount < 1) {
    throw new TypeError(
      `maxSessionsPerAccount must be a whole number of at least 1, got ${String(maxSessionsPerAccount)}`,
    );
  }
  const { autoAdvanceMs } = options;
  if (autoAdvanceMs !== undefined && !(Number.isFinite(autoAdvanceMs) && autoAdvanceMs >= 0)) {
    throw new TypeError(
      `autoAdvanceMs must be a number of milliseconds, got ${String(autoAdvanceMs)}`,
    );
  }
  const delivery = { ...defaultDeliveryPolicy, ...options.webhookDelivery };
  const deliveryRules: Array<[keyof DeliveryPolicy, number, boolean]> = [
    ['attempts', 1, true],
    ['backoffMs', 0, false],
    ['timeoutMs', 1, false],
    ['maxPending', 1, true],
  ];
  for (const [name, least, whole] of deliveryRules) {
    const value = delivery[name];
    if (!Number.isFinite(value) || value < least || (whole && !Number.isInteger(value))) {
      throw new TypeError(
        `webhookDelivery.${name} must be a ${whole ? 'whole number' : 'number'} of at least ${least}, got ${String(value)}`,
      );
    }
  }
  const credentials =
    options.credentials === undefined
      ? []
      : assertCredentialsList(options.credentials, 'mock credentials');
  const violations: ContractViolation[] = [];
  const onRequest = guardLogger(options.onRequest);
  const onWebhook = guardLogger(options.onWebhook, 'onWebhook');
  const accountNames = new Map(credentials.map((c) => [c.apiKey, c.username]));
  // Opened before Prism loads, so a bad state file fails the start at once.
  const state = stateful
    ? await MockState.open({
        maxSessionsPerAccount,
        maxStateBytes,
        delivery,
        now,
        // PAVE brands capture links with the account name, which must fit in a host name.
        accountName: (apiKey) =>
          (accountNames.get(apiKey) ?? 'demoadmin').toLowerCase().replace(/[^a-z0-9-]+/g, '-') ||
          'demoadmin',
        onViolation: (violation) => pushBounded(violations, violation, keptEntries.violations),
        onDelivery: (attempt, durationMs) => onWebhook(webhookLogEntry(attempt, durationMs)),
        ...(options.stateFile ? { stateFile: options.stateFile } : {}),
        ...(autoAdvanceMs !== undefined ? { autoAdvanceMs } : {}),
      })
    : undefined;
  const prism = await loadPrism({ dynamic });
  const served: string[] = [];
  const log = (entry: RequestLogEntry) => {
    if (entry.operationId) pushBounded(served, entry.operationId, keptEntries.served);
    onRequest(entry);
  };
  const app = createMockApp({
    prism,
    credentials,
    now,
    maxBodyBytes: mockLimits.maxBodyBytes,
    log,
    onViolation: (violation) => pushBounded(violations, violation, keptEntries.violations),
    ...(state ? { state } : {}),
  });
  const server = createFrontDoor({ fetch: app.fetch, limits: mockLimits, log });
  const address = await listen(server, port, host);

  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    prismVersion: prism.version,
    operations: listOperations(),
    checksSignatures: credentials.length > 0,
    violations,
    clearViolations: () => {
      violations.length = 0;
    },
    served,
    stateful,
    async advance(sessionKey, toStatus) {
      if (!state) throw new Error('mock.advance: this mock is stateless (stateful: false)');
      await state.advance(sessionKey, toStatus);
    },
    deliveries: state?.deliveries ?? [],
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets would hold the port open until they time out.
        server.closeAllConnections();
      });
      await state?.close();
    },
  };
}
