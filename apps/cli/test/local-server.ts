/** A plain HTTP server on a free loopback port that counts what reaches it. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from '../../../tools/test-support/loopback.js';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface LocalServer {
  url: string;
  readonly received: ReceivedRequest[];
  close(): Promise<void>;
}

export type Handler = (request: ReceivedRequest, response: ServerResponse) => void;

export async function startLocalServer(handler: Handler): Promise<LocalServer> {
  const received: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const entry = {
        method: request.method ?? 'GET',
        url: request.url ?? '/',
        headers: request.headers,
        body,
      };
      received.push(entry);
      handler(entry, response);
    });
  });
  const { url, close } = await listenOnLoopback(server);
  return { url, received, close };
}

/** Answers JSON with the status named by `Prefer: code=NNN`, 200 otherwise. */
export const answerByPrefer: Handler = (request, response) => {
  const prefer = String(request.headers.prefer ?? '');
  const status = Number(/code=(\d{3})/.exec(prefer)?.[1] ?? 200);
  const body =
    status === 400
      ? { message: 'Required fields are missing or invalid.', errors: { 'vehicle.vin': ['bad'] } }
      : status >= 300
        ? { message: `status ${status}` }
        : {
            session_key: 'XXX-ABCDE12345',
            active: true,
            created_at: '2021-05-25T11:50:49Z',
            capture_url: 'https://demo.vehiclecapture.com/XXX-ABCDE12345',
          };
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};
