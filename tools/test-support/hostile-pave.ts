// A fake PAVE on loopback whose next answer a hostile suite chooses: any status, any bytes, or
// none. It counts the requests that reach it, so a suite can tell what was never sent.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Behaviour =
  | { kind: 'answer'; status: number; headers: Record<string, string>; body: Buffer | string }
  /** Accepts the request and never answers. */
  | { kind: 'hang' }
  /** Cuts the connection as soon as the request arrives. */
  | { kind: 'reset' }
  /** Sends the status line and headers, then part of a body, then nothing more. */
  | { kind: 'stall'; status: number };

export interface HostileServer {
  url: string;
  /** What every request gets until changed. */
  behaviour: Behaviour;
  /** How many requests have reached it. */
  requests: number;
  close(): Promise<void>;
}

export async function startHostileServer(): Promise<HostileServer> {
  const sockets = new Set<Socket>();
  const state: HostileServer = {
    url: '',
    behaviour: { kind: 'hang' },
    requests: 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((request, response) => {
    state.requests += 1;
    request.resume();
    const behaviour = state.behaviour;
    switch (behaviour.kind) {
      case 'hang':
        return;
      case 'reset':
        request.socket.destroy();
        return;
      case 'stall':
        response.writeHead(behaviour.status, {
          'content-type': 'application/json',
          'content-length': '100',
        });
        response.write('{"session_key":');
        return;
      case 'answer':
        // Once the request is in, so the caller is not cut off while still sending.
        request.on('end', () => {
          response.writeHead(behaviour.status, behaviour.headers);
          // Node sends no body with a 204 or 304, whatever is written.
          response.end(behaviour.body);
        });
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
