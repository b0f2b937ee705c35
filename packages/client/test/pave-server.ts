/** A real HTTP server for the client's tests: checks PAVE's signature, then answers as told. */

import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyToken } from '@pave-kit/auth';
import type { CreatedSession } from '@pave-kit/types';
import { afterEach } from 'vitest';
import { createPaveClient, type PaveClientOptions } from '../src/index.js';

/** The account the server knows. The secret is distinctive so a leak is easy to search for. */
export const credentials = {
  username: 'demo',
  apiKey: 'key_123',
  apiSecret: 'sk-test-Omega-do-not-print-4711',
};

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** performance.now() when the body had been read. */
  at: number;
  /** 1 for the first request this server saw. */
  attempt: number;
  timestamp: string | undefined;
  token: string | undefined;
  /** Whether verifyToken accepted the three headers; a request that fails gets a 401. */
  verified: boolean;
  /** Resolves when the connection the request came on is closed, by either side. */
  connectionClosed: Promise<void>;
}

export type Answer = (request: ReceivedRequest, res: ServerResponse) => unknown;

export interface PaveTestServer {
  baseUrl: string;
  received: ReceivedRequest[];
  /** Resolves once the server has read `count` requests, however long the machine takes. */
  waitForRequests(count: number): Promise<void>;
  close(): Promise<void>;
}

const open = new Set<PaveTestServer>();

// Every server a test starts is closed when the test ends, so no test file keeps that list.
afterEach(async () => {
  await Promise.all([...open].map((server) => server.close()));
});

/** Starts a server on 127.0.0.1 and a free port; it is closed when the current test ends. */
export async function startPaveServer(answer: Answer): Promise<PaveTestServer> {
  const received: ReceivedRequest[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = createServer(async (req, res) => {
    const connectionClosed = new Promise<void>((resolve) => req.socket.once('close', resolve));
    const body = await readBody(req);
    const verification = verifyToken(req.headers, { credentials });
    const request: ReceivedRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      body,
      at: performance.now(),
      attempt: received.length + 1,
      timestamp: header(req, 'api-timestamp'),
      token: header(req, 'api-token'),
      verified: verification.ok,
      connectionClosed,
    };
    received.push(request);
    for (const waiter of waiters.filter(({ count }) => received.length >= count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    if (!verification.ok) {
      sendJson(res, 401, { message: verification.message });
      return;
    }
    await answer(request, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const started: PaveTestServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    waitForRequests: (count) =>
      received.length >= count
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.push({ count, resolve })),
    close: () => {
      open.delete(started);
      return new Promise<void>((resolve) => {
        // Requests left hanging on purpose (timeout tests) would keep close() waiting.
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
  open.add(started);
  return started;
}

/** A port nothing listens on: a server is started, its port noted, and the server closed. */
export async function refusedBaseUrl(): Promise<string> {
  const server = await startPaveServer(() => {});
  await server.close();
  return server.baseUrl;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** A session as PAVE's create call returns it. */
export function createdSession(sessionKey = 'TOA-QGMWRCHHGB'): CreatedSession {
  return {
    session_key: sessionKey,
    theme: 'LITE',
    active: true,
    status: 'IDLE',
    language: 'EN',
    redirect_url: null,
    inspect_started_at: null,
    inspect_ended_at: null,
    created_at: '2021-05-30T12:49:19Z',
    updated_at: '2021-05-30T12:49:19Z',
    capture_url: `https://demoadmin.vehiclecapture.com/${sessionKey}`,
    options: null,
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A client of `server` with the account it knows, plus the options a test is about. */
export function clientOf(server: PaveTestServer, options: Partial<PaveClientOptions> = {}) {
  return createPaveClient({ ...credentials, baseUrl: server.baseUrl, ...options });
}
