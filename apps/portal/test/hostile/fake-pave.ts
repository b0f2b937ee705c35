// A fake PAVE on loopback whose answer the test chooses, counting the requests that reach it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type PaveBehaviour =
  | { kind: 'answer'; status: number; contentType: string | undefined; body: string }
  /** Accepts the request and never answers. */
  | { kind: 'hang' };

export interface FakePave {
  url: string;
  behaviour: PaveBehaviour;
  requests: number;
  close(): Promise<void>;
}

export async function startFakePave(): Promise<FakePave> {
  const sockets = new Set<Socket>();
  const state: FakePave = {
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
    if (behaviour.kind === 'hang') return;
    request.on('end', () => {
      response.writeHead(
        behaviour.status,
        behaviour.contentType ? { 'content-type': behaviour.contentType } : {},
      );
      response.end(behaviour.status === 204 ? undefined : behaviour.body);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
