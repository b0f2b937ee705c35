import { afterEach, describe, expect, it } from 'vitest';
import {
  createdSession,
  credentials,
  type PaveTestServer,
  sendJson,
  startPaveServer,
} from '../test/pave-server.js';
import { createPaveClient } from './create-pave-client.js';
import { PaveApiError } from './errors/pave-api-error.js';
import { PaveError } from './errors/pave-error.js';
import { unwrap } from './unwrap.js';

let server: PaveTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** What `run` throws, which must be a PaveApiError: every failure `unwrap` reports is one. */
function apiErrorFrom(run: () => unknown): PaveApiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PaveApiError);
    return error as PaveApiError;
  }
  return expect.unreachable('unwrap returned instead of throwing');
}

/** A server answering every request with `status`, `body` and `headers`; retries off. */
async function answering(status: number, body: unknown, headers: Record<string, string> = {}) {
  await server?.close();
  server = await startPaveServer((_, res) => {
    if (typeof body === 'string') {
      res.writeHead(status, headers);
      res.end(body);
    } else {
      sendJson(res, status, body, headers);
    }
  });
  return createPaveClient({ ...credentials, baseUrl: server.baseUrl, retry: { limit: 0 } });
}

describe('unwrap', () => {
  it('returns the data of a success', async () => {
    const client = await answering(201, createdSession());
    const session = unwrap(await client.POST('/v1/sessions', { body: {} }));
    expect(session.capture_url).toBe('https://demoadmin.vehiclecapture.com/TOA-QGMWRCHHGB');
  });

  it("turns PAVE's 400 into a PaveApiError with the field errors", async () => {
    const client = await answering(
      400,
      {
        message: 'Required fields are missing or invalid.',
        errors: {
          'vehicle.vin': ['VIN is too short, it must be 17 characters'],
          'sms.to': ['Invalid phone number'],
        },
      },
      { 'x-request-id': 'req-7f3a' },
    );
    const result = await client.POST('/v1/sessions', { body: { vehicle: { vin: 'JN1CV6' } } });

    const error = apiErrorFrom(() => unwrap(result));

    expect(error).toBeInstanceOf(PaveApiError);
    expect(error).toBeInstanceOf(PaveError);
    expect(error.message).toBe(
      'PAVE answered 400 to POST /v1/sessions: Required fields are missing or invalid. ' +
        '(vehicle.vin: VIN is too short, it must be 17 characters; sms.to: Invalid phone number)',
    );
    expect(error.fieldErrors['vehicle.vin']).toEqual([
      'VIN is too short, it must be 17 characters',
    ]);
    expect(error).toMatchObject({
      name: 'PaveApiError',
      status: 400,
      apiMessage: 'Required fields are missing or invalid.',
      requestId: 'req-7f3a',
      method: 'POST',
      url: `${server?.baseUrl}/v1/sessions`,
      body: result.error,
    });
    expect(error.response).toBe(result.response);
  });

  it.each([
    [404, 'Session TOA-QGMWRCHHGB cannot be found.'],
    [429, 'Too many requests'],
    [500, 'Internal error'],
  ])('turns a %i into a PaveApiError with the status and message', async (status, message) => {
    const client = await answering(status, { message }, { 'request-id': 'r-1' });
    const result = await client.GET('/v1/sessions/{session_key}', {
      params: { path: { session_key: 'TOA-QGMWRCHHGB' } },
    });

    const error = apiErrorFrom(() => unwrap(result));

    expect(error).toMatchObject({ status, apiMessage: message, fieldErrors: {}, requestId: 'r-1' });
    expect(error.message).toBe(
      `PAVE answered ${status} to GET /v1/sessions/TOA-QGMWRCHHGB: ${message}`,
    );
  });

  it('turns a 401 for a bad signature into a PaveApiError', async () => {
    server = await startPaveServer((_, res) => sendJson(res, 201, createdSession()));
    const client = createPaveClient({
      ...credentials,
      apiSecret: 'wrong',
      baseUrl: server.baseUrl,
    });

    const result = await client.POST('/v1/sessions', { body: {} });
    const apiError = apiErrorFrom(() => unwrap(result));

    expect(apiError.status).toBe(401);
    expect(apiError.message).toMatch(/^PAVE answered 401 to POST \/v1\/sessions: API-Token does/);
    expect(apiError.requestId).toBeUndefined();
  });

  it('keeps one line of a body that is not JSON', async () => {
    const client = await answering(502, '<html>\n  <h1>502 Bad Gateway</h1>\n</html>\n', {
      'content-type': 'text/html',
    });
    const result = await client.POST('/v1/sessions', { body: {} });

    const error = apiErrorFrom(() => unwrap(result));

    expect(error.body).toBe('<html>\n  <h1>502 Bad Gateway</h1>\n</html>\n');
    expect(error.message).toBe(
      'PAVE answered 502 to POST /v1/sessions: <html> <h1>502 Bad Gateway</h1> </html>',
    );
  });

  it('shortens a long text body', async () => {
    const client = await answering(500, 'x'.repeat(1000), { 'content-type': 'text/plain' });
    const result = await client.POST('/v1/sessions', { body: {} });
    const error = apiErrorFrom(() => unwrap(result));
    expect(error.message).toBe(`PAVE answered 500 to POST /v1/sessions: ${'x'.repeat(200)}...`);
    expect(error.body).toBe('x'.repeat(1000));
  });

  it('names the status text when the body is empty or carries no message', async () => {
    const client = await answering(503, '');
    const empty = await client.POST('/v1/sessions', { body: {} });
    expect(apiErrorFrom(() => unwrap(empty)).message).toBe(
      'PAVE answered 503 to POST /v1/sessions: Service Unavailable (no message in the body)',
    );
    const json = await answering(500, { detail: 'not a message' });
    const noMessage = await json.POST('/v1/sessions', { body: {} });
    expect(apiErrorFrom(() => unwrap(noMessage)).message).toBe(
      'PAVE answered 500 to POST /v1/sessions: Internal Server Error (no message in the body)',
    );
  });

  it('works on a result that did not come through createPaveClient', () => {
    const response = new Response(JSON.stringify({ message: 'Nope' }), { status: 404 });
    const error = apiErrorFrom(() => unwrap({ error: { message: 'Nope' }, response }));
    expect(error.message).toBe('PAVE answered 404 to a request: Nope');
    expect(error.method).toBeUndefined();
  });
});
