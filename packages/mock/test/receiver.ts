/** A webhook receiver on a free loopback port that records what arrives and answers as told. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from '../../../tools/test-support/loopback.js';

export interface Received {
  method: string;
  headers: IncomingMessage['headers'];
  body: any;
}

export interface Receiver {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/** `answer` gets the 1-based number of the call and picks the status; `hang` never answers. */
export async function startReceiver(answer: (call: number) => number | 'hang'): Promise<Receiver> {
  const received: Received[] = [];
  const server = createServer((request, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      received.push({
        method: request.method ?? '',
        headers: request.headers,
        body: text ? JSON.parse(text) : undefined,
      });
      const status = answer(received.length);
      if (status === 'hang') return;
      response.writeHead(status, { 'content-type': 'application/json' }).end('{}');
    });
  });
  const { url, close } = await listenOnLoopback(server);
  return { url, received, close };
}
