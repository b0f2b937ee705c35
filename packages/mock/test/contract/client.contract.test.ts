// The mock against the real client, as a team would use the two: every operation of the spec
// once, every error class, signatures checked. The mock records any answer the spec does not
// allow, so this also proves the mock answers as the spec says.
import {
  createPaveClient,
  describeFailure,
  PaveApiError,
  type PaveClient,
  unwrap,
} from '@pave-kit/client';
import { listOperations } from '@pave-kit/contract';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { usePaveMock } from '../../src/vitest.js';

// Loading Prism and starting the mock takes a second on a quiet machine and past ten on a busy
// one; the hook that does it gets a minute.
vi.setConfig({ hookTimeout: 60_000 });

const credentials = { username: 'contract', apiKey: 'key_contract', apiSecret: 'secret_contract' };
const event = 'SESSION:COMPLETE';

const pave = usePaveMock({ credentials });
let client: PaveClient;

/** A client whose every request asks the mock for one response, as Prism's Prefer header does. */
function preferring(prefer: string): PaveClient {
  return createPaveClient({
    ...credentials,
    baseUrl: pave.url,
    retry: { limit: 0 },
    fetch: (request, init) => {
      request.headers.set('prefer', prefer);
      return fetch(request, init);
    },
  });
}

beforeAll(() => {
  client = createPaveClient({ ...credentials, baseUrl: pave.url });
});

afterAll(() => {
  // Each operation of the spec went through the client at least once.
  const served = new Set(pave.mock.served);
  expect([...served].sort()).toEqual(
    listOperations()
      .map((op) => op.operationId)
      .sort(),
  );
});

describe('sessions', () => {
  let session_key = '';

  test('createSession answers 201 with a new key and a capture URL', async () => {
    const result = await client.POST('/v1/sessions', {
      body: {
        vehicle: { vin: 'JN1CV6AR9BMXXXXXX', year: '2011', make: 'Infiniti', model: 'G37' },
        sms: { to: '647-455-XXXX', to_name: 'Jane Smith', send_results_to_phototaker: 'false' },
        session: { theme: 'PRO', redirect_url: 'https://dealer.example.com/thanks' },
      },
    });
    expect(result.response.status).toBe(201);
    const created = unwrap(result);
    expect(created.capture_url).toMatch(/^https:\/\//);
    expect(created.session_key).toMatch(/^[A-Z]{3}-[A-Z0-9]{10}$/);
    session_key = created.session_key;
  });

  test('listSessionPhotos, getSessionNotes and getSessionResults once complete', async () => {
    const params = { path: { session_key } };
    await pave.mock.advance(session_key, 'COMPLETE');
    const photos = unwrap(await client.GET('/v1/sessions/{session_key}/photos', { params }));
    expect(photos[0]?.photo_label).toBe('VIN');
    const notes = unwrap(await client.GET('/v1/sessions/{session_key}/notes', { params }));
    expect(notes).toBeTruthy();
    const results = unwrap(await client.GET('/v1/sessions/{session_key}/results', { params }));
    expect(results.event).toBe('SESSION:COMPLETE');
    expect(results.vehicle?.vin).toBe('JN1CV6AR9BMXXXXXX');
  });

  test('getSession, updateSession and deleteSession', async () => {
    const created = unwrap(await client.POST('/v1/sessions', { body: {} }));
    const params = { path: { session_key: created.session_key } };
    expect(unwrap(await client.GET('/v1/sessions/{session_key}', { params })).status).toBe('IDLE');
    const updated = unwrap(
      await client.PUT('/v1/sessions/{session_key}', {
        params,
        body: { session: { language: 'EN' } },
      }),
    );
    expect(updated.session_key).toBe(created.session_key);
    const removed = unwrap(await client.DELETE('/v1/sessions/{session_key}', { params }));
    expect(removed.message).toContain('removed');
  });
});

describe('callbacks', () => {
  test('list, create, get, update and delete', async () => {
    expect(unwrap(await client.GET('/v1/callbacks')).data).toEqual([]);
    const created = unwrap(
      await client.POST('/v1/callbacks', {
        body: {
          event,
          url: 'https://dealer.example.com/pave',
          headers: { Authorization: 'Bearer x' },
        },
      }),
    );
    expect(created.event).toBe(event);
    expect(unwrap(await client.GET('/v1/callbacks')).data).toHaveLength(1);
    const params = { path: { event } } as const;
    expect(unwrap(await client.GET('/v1/callbacks/{event}', { params })).data.event).toBe(event);
    const updated = unwrap(
      await client.PUT('/v1/callbacks/{event}', {
        params,
        body: { url: 'https://dealer.example.com/pave-v2' },
      }),
    );
    expect(updated.api_key).toBeTypeOf('string');
    const removed = unwrap(await client.DELETE('/v1/callbacks/{event}', { params }));
    expect(removed.message).toContain('removed');
  });
});

describe('errors come back typed', () => {
  test('a 400 keeps the field errors keyed like vehicle.vin', async () => {
    const result = await preferring('code=400').POST('/v1/sessions', {
      body: { vehicle: { vin: 'JN1CV6AR9BMXXXXXX' } },
    });
    const error = (() => {
      try {
        unwrap(result);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(PaveApiError);
    expect((error as PaveApiError).fieldErrors['vehicle.vin']).toEqual([
      'VIN is too short, it must be 17 characters',
    ]);
    expect(describeFailure(error).kind).toBe('invalid');
  });

  test('real bad input is refused by the mock with the field named', async () => {
    const result = await client.POST('/v1/sessions', {
      body: { vehicle: { vin: 'JN1CV6AR9BMXXXX' } },
    });
    expect(result.response.status).toBe(400);
    expect(result.error).toMatchObject({
      errors: { 'vehicle.vin': ['must be 17 characters, got 15'] },
    });
  });

  test.each([
    [401, 'unauthorized'],
    [404, 'not-found'],
    [429, 'rate-limited'],
    [500, 'server-error'],
    [503, 'server-error'],
  ] as const)('Prefer: code=%i is a PaveApiError of kind %s', async (status, kind) => {
    const result = await preferring(`code=${status}`).GET('/v1/sessions/{session_key}', {
      params: { path: { session_key: 'XXX-ABCDE12345' } },
    });
    expect(result.response.status).toBe(status);
    const error = (() => {
      try {
        unwrap(result);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toMatchObject({ name: 'PaveApiError', status });
    expect(describeFailure(error).kind).toBe(kind);
  });
});

describe('signatures', () => {
  test('a request signed with the wrong secret gets 401, a correct one passes', async () => {
    const impostor = createPaveClient({
      ...credentials,
      apiSecret: 'not-the-secret',
      baseUrl: pave.url,
    });
    const refused = await impostor.GET('/v1/callbacks');
    expect(refused.response.status).toBe(401);
    expect(refused.error).toMatchObject({ message: expect.stringContaining('API-Token') });

    const accepted = await client.GET('/v1/callbacks');
    expect(accepted.response.status).toBe(200);
  });
});
