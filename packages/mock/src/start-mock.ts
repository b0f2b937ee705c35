// Starts a PAVE mock: Prism serving the spec, behind a front door that checks what Prism cannot.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { assertCredentialsList, type PaveCredentials } from '@pave-kit/auth';
import { listOperations, type OperationInfo } from '@pave-kit/contract';
import { createMockApp } from './create-mock-app.js';
import { createFrontDoor } from './front-door.js';
import { mockLimits } from './limits.js';
import { guardLogger, type RequestLogEntry } from './middleware/request-log/index.js';
import type { ContractViolation } from './middleware/response-check/index.js';
import { loadPrism } from './prism-engine.js';

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
   * Called after each request, e.g. to log it. Never receives headers or bodies. If it throws,
   * the error is printed on stderr and the mock carries on.
   */
  onRequest?: (entry: RequestLogEntry) => void;
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
   * Every answer so far whose status or body the spec does not allow. Contract tests expect
   * this to stay empty: a violation is a bug in the spec, whatever status the client saw.
   */
  readonly violations: readonly ContractViolation[];
  /** Forgets the violations seen so far, e.g. after a test has reported them. */
  clearViolations(): void;
  /**
   * The operationId of every request that reached the mock, in order, so a suite can prove it
   * exercised each operation of the spec.
   */
  readonly served: readonly string[];
  /** Stops the server, ends open connections, and frees the port. */
  close(): Promise<void>;
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
  const { port = 0, host = '127.0.0.1', dynamic = false, now = () => new Date() } = options;
  const credentials =
    options.credentials === undefined
      ? []
      : assertCredentialsList(options.credentials, 'mock credentials');
  const prism = await loadPrism({ dynamic });
  const violations: ContractViolation[] = [];
  const served: string[] = [];
  const onRequest = guardLogger(options.onRequest);
  const log = (entry: RequestLogEntry) => {
    if (entry.operationId) served.push(entry.operationId);
    onRequest(entry);
  };
  const app = createMockApp({
    prism,
    credentials,
    now,
    maxBodyBytes: mockLimits.maxBodyBytes,
    log,
    onViolation: (violation) => violations.push(violation),
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
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets would hold the port open until they time out.
        server.closeAllConnections();
      });
    },
  };
}
