// The mock's side facing the socket: Node's HTTP server with the mock's limits on slow and
// oversized requests, the request-target rule, and then the Hono app.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { MockLimits } from './limits.js';
import type { RequestLogger } from './middleware/request-log/index.js';
import { lingerAfterRefusal } from './refusal-linger.js';
import { refuseHost, refuseRequestTarget } from './request-target.js';

export interface FrontDoorOptions {
  fetch: Parameters<typeof getRequestListener>[0];
  limits: MockLimits;
  log: RequestLogger;
}

function sendJson(response: ServerResponse, status: number, message: string) {
  const body = JSON.stringify({ message });
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    // The body, if any, stays unread: closing the connection is how it is refused.
    connection: 'close',
  });
  response.end(body);
}

function clientErrorAnswer(error: NodeJS.ErrnoException, limits: MockLimits) {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return {
        status: '408 Request Timeout',
        message: `The request did not arrive in time: the mock waits ${limits.headersTimeoutMs / 1000} s for the headers and ${limits.requestTimeoutMs / 1000} s for the whole request.`,
      };
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: '431 Request Header Fields Too Large',
        message: `The request line and headers are larger than the mock accepts: at most ${limits.maxHeaderBytes} bytes.`,
      };
    default:
      return { status: '400 Bad Request', message: 'The request is not valid HTTP/1.1.' };
  }
}

export function createFrontDoor({ fetch, limits, log }: FrontDoorOptions): Server {
  // The mock often runs inside a test, beside a client whose openapi-fetch checks
  // `instanceof Response`: Hono's lighter globals would break that, so they stay out.
  const passToApp = getRequestListener(fetch, {
    overrideGlobalObjects: false,
    // Hono builds each request's URL from the Host header; an HTTP/1.0 client may send none.
    hostname: 'localhost',
    // Anything escaping the app still gets an answer that says what happened.
    errorHandler: (error) =>
      Response.json(
        { message: `The mock failed on this request: ${String(error)}` },
        { status: 500 },
      ),
  });
  // The latest response on each socket, to know whether an error answer can still be written.
  const current = new WeakMap<Socket, ServerResponse>();
  // Sockets draining a refused body before they close.
  const draining = new WeakSet<Socket>();
  const lingerLimits = {
    lingerMs: limits.refusalLingerMs,
    lingerBytes: limits.refusalLingerBytes,
  };

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      maxHeaderSize: limits.maxHeaderBytes,
      // Checked below, so that the answer says what is wrong.
      requireHostHeader: false,
      // Node checks both timeouts on this beat; its default of 30 s would stretch them.
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs / 4),
    },
    (request, response) => {
      // A request pipelined behind a refused body: the connection is closing, nothing more is served.
      if (draining.has(request.socket)) {
        request.socket.destroy();
        return;
      }
      current.set(request.socket, response);
      const { headers } = request;
      if (
        headers['transfer-encoding'] !== undefined ||
        Number(headers['content-length'] ?? 0) > 0
      ) {
        lingerAfterRefusal(request, response, lingerLimits, (socket) => draining.add(socket));
      }
      const started = performance.now();
      const target = request.url ?? '';
      const refusal =
        refuseRequestTarget(target) ?? refuseHost(request.headers.host, request.httpVersion);
      if (refusal === undefined) {
        passToApp(request, response);
        return;
      }
      sendJson(response, 400, refusal);
      log({
        method: request.method ?? '',
        path: target,
        status: 400,
        durationMs: performance.now() - started,
        note: refusal,
      });
    },
  );

  // Node hands CONNECT to this event alone and, with no listener, drops the connection unanswered.
  server.on('connect', (request, socket: Socket) => {
    const message = `The mock does not tunnel: CONNECT ${JSON.stringify(request.url ?? '')} is not a request it serves.`;
    const body = JSON.stringify({ message });
    socket.on('error', () => {});
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    log({ method: 'CONNECT', path: request.url ?? '', status: 405, durationMs: 0, note: message });
  });

  // Node's own answers to these carry no body; the mock's say which limit was hit.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    const inFlight = current.get(socket);
    const canAnswer = !inFlight || inFlight.writableFinished || !inFlight.headersSent;
    if (socket.writable && canAnswer && error.code !== 'ECONNRESET') {
      const { status, message } = clientErrorAnswer(error, limits);
      const body = JSON.stringify({ message });
      socket.write(
        `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    }
    socket.destroy(error);
  });
  return server;
}
