// The deadline must hold while garbage collection runs. undici stops honouring the signal of a
// Request that is garbage collected while fetch waits (`fetch(new Request(url, { signal }))` then
// never aborts, on Node 20, 22 and 24 alike), so a client that put its deadline only there would
// wait forever. Real calls to a real server, with gc() every 5 ms from start to end. Only the
// deadline's timer is fake, so it fires once the request is in flight (and has waited through
// some collections) however busy the machine is.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  afterRealTime as after,
  canCollectGarbage,
  collectGarbageEvery,
  sleepRealTime as sleep,
} from '../../../tools/test-support/gc-pressure.js';
import { PaveTimeoutError } from '../src/errors/pave-timeout-error.js';
import { type Answer, clientOf, startPaveServer } from './pave-server.js';

let stopCollecting = () => {};
afterEach(() => {
  stopCollecting();
  vi.useRealTimers();
});

// A call that ends on time ends at once here; one that lost its signal never ends.
const patienceMs = 10_000;

const cases: { when: string; answer: Answer; headersCome: boolean }[] = [
  { when: 'a POST is never answered', answer: () => {}, headersCome: false },
  {
    when: 'the headers come and the body stalls',
    answer: (_, res) => {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.write('{"session_key":');
    },
    headersCome: true,
  },
];

describe('with garbage collection while the call waits', () => {
  it('has gc() to call', () => {
    expect(canCollectGarbage()).toBe(true);
  });

  it.each(cases)(
    'ends in PaveTimeoutError and closes the connection when $when',
    async ({ answer, headersCome }) => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      // A real interval: garbage is collected every 5 ms from before the call to its end.
      stopCollecting = collectGarbageEvery(5);
      const server = await startPaveServer(answer);
      let headersArrived = () => {};
      const headers = new Promise<void>((resolve) => {
        headersArrived = resolve;
      });
      // Told when the headers are in. Only then: holding the Request while it waits would keep
      // it from being collected, and hide what this test is for.
      const fetchTellingHeaders = async (request: Request, init?: RequestInit) => {
        const response = await fetch(request, init);
        headersArrived();
        return response;
      };
      const client = clientOf(server, {
        timeoutMs: 400,
        ...(headersCome ? { fetch: fetchTellingHeaders } : {}),
      });

      const call = client.POST('/v1/sessions', { body: {} }).catch((error: unknown) => error);
      await server.waitForRequests(1);
      if (headersCome) await headers;
      await sleep(100);
      await vi.advanceTimersByTimeAsync(400);
      const outcome = await Promise.race([call, after(patienceMs, 'still waiting')]);

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
