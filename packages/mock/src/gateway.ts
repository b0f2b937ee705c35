// The mock's front door: checks signatures and bodies the way PAVE would, then lets Prism answer.
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { PaveCredentials } from '@pave-kit/auth';
import { findOperation } from '@pave-kit/contract';
import { withDefaultStatus } from './prefer.js';
import { forward } from './proxy.js';
import { checkJsonBody, checkSignature, type Rejection } from './request-checks.js';
import { type ContractViolation, checkResponse } from './response-check.js';

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  /** The spec's operation the request was routed to, when the path and method match one. */
  operationId?: string;
  /** Why the mock answered itself instead of Prism, when it did. */
  note?: string;
}

export interface GatewayOptions {
  prismUrl: string;
  credentials: readonly PaveCredentials[];
  now: () => Date;
  onRequest?: (entry: RequestLogEntry) => void;
  onViolation: (violation: ContractViolation) => void;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(
  response: ServerResponse,
  status: number,
  headers: OutgoingHttpHeaders,
  body: Buffer,
) {
  response.writeHead(status, headers);
  response.end(body);
}

function rejectionAnswer(rejection: Rejection) {
  return {
    status: rejection.status,
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify(rejection.body)),
  };
}

export function createGateway(options: GatewayOptions): Server {
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    const pathname = new URL(path, 'http://mock').pathname;
    const body = await readBody(request);
    const operation = findOperation(method, pathname);
    const headers = { ...request.headers };

    // Preflight requests carry no credentials; Prism answers them with its CORS headers.
    const signatureRejection =
      method !== 'OPTIONS' && options.credentials.length > 0
        ? checkSignature(request.headers, options.credentials, options.now())
        : undefined;
    const rejection =
      signatureRejection ??
      (operation ? checkJsonBody(operation, request.headers['content-type'], body) : undefined);

    if (!rejection && operation) {
      const asked = request.headers.prefer;
      const prefer = withDefaultStatus(operation, Array.isArray(asked) ? asked.join(', ') : asked);
      if (prefer !== undefined) headers.prefer = prefer;
    }
    const answer = rejection
      ? rejectionAnswer(rejection)
      : await forward(method, path, headers, body, options.prismUrl);
    const { status } = answer;
    const contentType = answer.headers['content-type'];
    const violation = checkResponse(
      method,
      pathname,
      status,
      String(contentType ?? ''),
      answer.body,
    );
    if (violation) options.onViolation(violation);
    send(response, status, answer.headers, answer.body);
    options.onRequest?.({
      method,
      path: pathname,
      status,
      durationMs: performance.now() - started,
      ...(operation ? { operationId: operation.operationId } : {}),
      ...(rejection ? { note: rejection.body.message } : {}),
    });
  }

  return createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        response.writeHead(502, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({ message: `The mock could not reach Prism: ${String(error)}` }),
        );
      } else {
        response.destroy();
      }
    });
  });
}
