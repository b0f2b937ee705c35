/** A real `node:http` server on 127.0.0.1 and a port the system picks, for tests. */
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import {
  type Answer,
  type LoopbackServer,
  listenOnLoopback as listenWith,
  readAnswer,
} from '../../../tools/test-support/loopback.js';

export type { Answer, LoopbackServer };

export function listenOnLoopback(
  listener: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<LoopbackServer> {
  return listenWith(createServer(listener));
}

export interface Sending {
  /** Resolves with the answer as soon as it has arrived, whatever is still being sent. */
  answer: Promise<Answer>;
  /** Writes more of the body; false once the server has closed the connection. */
  write(chunk: string | Buffer): boolean;
  end(): void;
  /** Drops the connection, as a client that goes away does. */
  destroy(): void;
  /** Resolves when the connection is closed, by either side. */
  closed: Promise<void>;
}

/**
 * Starts a request and leaves its body to the caller, so a test can send a body slowly, in part,
 * or never finish it. One connection per request (no agent).
 */
export function send(
  port: number,
  { method = 'POST', path = '/', headers = {} as Record<string, string | string[]> } = {},
): Sending {
  const outgoing = request({ host: '127.0.0.1', port, method, path, headers, agent: false });
  let closedSocket = false;
  const closed = new Promise<void>((resolve) =>
    outgoing.on('socket', (socket) =>
      socket.once('close', () => {
        closedSocket = true;
        resolve();
      }),
    ),
  );
  const answer = new Promise<Answer>((resolve, reject) => {
    outgoing.once('error', reject);
    outgoing.once('response', (response) => readAnswer(response).then(resolve, reject));
  });
  // A refusal may arrive while the body is still being written: the answer says what happened.
  outgoing.on('error', () => {});
  return {
    answer,
    write: (chunk) => {
      if (closedSocket || outgoing.destroyed) return false;
      outgoing.write(chunk);
      return true;
    },
    end: () => outgoing.end(),
    destroy: () => outgoing.destroy(),
    closed,
  };
}

/** Sends a whole request at once. */
export function exchange(
  port: number,
  options: {
    method?: string;
    path?: string;
    headers?: Record<string, string | string[]>;
    body?: string;
  } = {},
): Promise<Answer> {
  const sending = send(port, options);
  if (options.body !== undefined) sending.write(options.body);
  sending.end();
  return sending.answer;
}
