import type { CreatedSession, Session, ValidationErrorBody } from '@pave-kit/types';
import { describe, expectTypeOf, test } from 'vitest';
import { createPaveClient, type PaveClient } from './create-pave-client.js';
import { unwrap } from './unwrap.js';

const client = createPaveClient({ username: 'demo', apiKey: 'key_123', apiSecret: 'secret' });

describe('createPaveClient is typed by the PAVE spec', () => {
  test('it returns a PaveClient', () => {
    expectTypeOf(client).toEqualTypeOf<PaveClient>();
  });

  test('POST /v1/sessions answers a CreatedSession, whose capture_url is a string', async () => {
    const { data, error } = await client.POST('/v1/sessions', {
      body: { vehicle: { vin: 'JN1CV6AR9BM000001', year: 2011 }, session: { theme: 'LITE' } },
    });
    if (data) {
      // branded: openapi-fetch flattens Session & { capture_url } into one object type.
      expectTypeOf(data).branded.toEqualTypeOf<CreatedSession>();
      expectTypeOf(data.capture_url).toEqualTypeOf<string>();
    }
    if (error) expectTypeOf(error).toExtend<{ message: string }>();
    expectTypeOf<ValidationErrorBody>().toExtend<NonNullable<typeof error>>();
  });

  test('unwrap returns the success data type', async () => {
    const session = unwrap(await client.POST('/v1/sessions', { body: {} }));
    expectTypeOf(session).branded.toEqualTypeOf<CreatedSession>();
    expectTypeOf(session.capture_url).toEqualTypeOf<string>();

    const fetched = unwrap(
      await client.GET('/v1/sessions/{session_key}', { params: { path: { session_key: 'K' } } }),
    );
    expectTypeOf(fetched).toExtend<Session>();
    expectTypeOf(fetched.capture_url).toEqualTypeOf<string | undefined>();
  });

  test('a wrong body does not compile', () => {
    // @ts-expect-error GOLD is not a theme
    client.POST('/v1/sessions', { body: { session: { theme: 'GOLD' } } });
    // @ts-expect-error a VIN is a string, never a number
    client.POST('/v1/sessions', { body: { vehicle: { vin: 1234567 } } });
    // @ts-expect-error the body of a create is required
    client.POST('/v1/sessions', {});
  });

  test('a path the spec does not have does not compile', () => {
    // @ts-expect-error the path is /v1/sessions, plural (PAVE's own curl sample has the typo)
    client.POST('/v1/session', { body: {} });
    // @ts-expect-error there is no DELETE on the collection
    client.DELETE('/v1/sessions', {});
  });

  test('a missing path parameter does not compile', () => {
    // @ts-expect-error params.path.session_key is required
    client.GET('/v1/sessions/{session_key}');
    // @ts-expect-error params.path.session_key is required
    client.GET('/v1/sessions/{session_key}', { params: { path: {} } });
    // @ts-expect-error the parameter is session_key
    client.GET('/v1/sessions/{session_key}', { params: { path: { sessionKey: 'K' } } });
  });

  test('options are typed too', () => {
    createPaveClient({
      username: 'demo',
      apiKey: 'key_123',
      apiSecret: 'secret',
      baseUrl: 'http://127.0.0.1:4010',
      timeoutMs: 5000,
      retry: { limit: 0 },
      userAgent: 'dealer-portal/2.3',
      fetch: (request: Request) => fetch(request),
    });
    // @ts-expect-error apiSecret is required
    createPaveClient({ username: 'demo', apiKey: 'key_123' });
    // @ts-expect-error retry takes a policy, not a number
    createPaveClient({ username: 'demo', apiKey: 'key_123', apiSecret: 's', retry: 3 });
  });
});
