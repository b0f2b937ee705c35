// The deadline must hold while garbage collection runs. undici stops honouring the signal of a
// Request that is garbage collected while fetch waits (`fetch(new Request(url, { signal }))` then
// never aborts, on Node 20 and 24 alike), so a client that put its deadline only there would
// wait forever. This runs real calls against a real server, with gc() every few milliseconds.
import { afterEach, describe, expect, it } from 'vitest';
import { createPaveClient } from '../src/create-pave-client.js';
import { PaveTimeoutError } from '../src/errors/pave-timeout-error.js';
import { type Answer, credentials, type PaveTestServer, startPaveServer } from './pave-server.js';

declare const gc: (() => void) | undefined;

let server: PaveTestServer | undefined;
let collector: ReturnType<typeof setInterval> | undefined;
afterEach(async () => {
  clearInterval(collector);
  await server?.close();
  server = undefined;
});

/** Resolves to `what` after `ms`, to race a call that might never end. */
const after = <T>(ms: number, what: T) =>
  new Promise<T>((resolve) => setTimeout(resolve, ms, what).unref());

// Far beyond the 400 ms deadline even on a busy machine; a call that hangs never gets there.
const patienceMs = 10_000;

const answers: [string, Answer][] = [
  ['a POST is never answered', () => {}],
  [
    'the headers come and the body stalls',
    (_, res) => {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.write('{"session_key":');
    },
  ],
];

describe('with garbage collection every 5 ms', () => {
  it('has gc() to call', () => {
    expect(typeof gc).toBe('function');
  });

  it.each(answers)(
    'ends in PaveTimeoutError and closes the connection when %s',
    async (_, answer) => {
      server = await startPaveServer(answer);
      collector = setInterval(() => gc?.(), 5);
      const client = createPaveClient({ ...credentials, baseUrl: server.baseUrl, timeoutMs: 400 });

      const outcome = await Promise.race([
        client.POST('/v1/sessions', { body: {} }).catch((error: unknown) => error),
        after(patienceMs, 'still waiting'),
      ]);

      expect(outcome).toBeInstanceOf(PaveTimeoutError);
      // The deadline reached fetch too: the connection was abandoned, not left open.
      const closed = await Promise.race([
        server.received[0]?.connectionClosed.then(() => 'closed'),
        after(patienceMs, 'still open'),
      ]);
      expect(closed).toBe('closed');
    },
    3 * patienceMs,
  );
});
