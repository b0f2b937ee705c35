import { describe, expectTypeOf, test } from 'vitest';
import type {
  CreatedSession,
  CreateSessionRequest,
  KnownSessionStatus,
  Photo,
  paths,
  Session,
  SessionStatus,
  SessionVehicle,
  ValidationErrorBody,
  Vehicle,
  webhooks,
} from './index.js';

describe('request types', () => {
  test('year takes a number or a string, as PAVE sends both', () => {
    expectTypeOf<Vehicle['year']>().toEqualTypeOf<number | string | undefined>();
  });

  test('an unknown theme does not compile', () => {
    const ok: CreateSessionRequest = { session: { theme: 'LITE' } };
    // @ts-expect-error GOLD is not a theme
    const bad: CreateSessionRequest = { session: { theme: 'GOLD' } };
    expectTypeOf(ok).toEqualTypeOf(bad);
  });

  test('odom_reading is a number in requests', () => {
    // @ts-expect-error an object is not an odometer reading
    const bad: Vehicle = { odom_reading: { km: 1 } };
    expectTypeOf(bad).toExtend<Vehicle>();
  });
});

describe('response types', () => {
  test('a created session always has a capture URL, a fetched one may not', () => {
    expectTypeOf<CreatedSession['capture_url']>().toEqualTypeOf<string>();
    expectTypeOf<Session['capture_url']>().toEqualTypeOf<string | undefined>();
  });

  test('status stays open, documented statuses are assignable to it', () => {
    expectTypeOf<KnownSessionStatus>().toExtend<SessionStatus>();
    expectTypeOf<'SOMETHING_NEW'>().toExtend<SessionStatus>();
  });

  test('field errors are keyed by object.field, and may be missing from a 400', () => {
    expectTypeOf<ValidationErrorBody['errors']>().toEqualTypeOf<
      Record<string, string[]> | undefined
    >();
  });

  test('fields PAVE fills in later may be null in answers', () => {
    expectTypeOf<SessionVehicle['trim']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Photo['url']>().toEqualTypeOf<string | null>();
    expectTypeOf<Session['language']>().toEqualTypeOf<string | null | undefined>();
  });

  test('create answers 201 and 200 with the same body', () => {
    type Responses = paths['/v1/sessions']['post']['responses'];
    expectTypeOf<Responses[201]['content']['application/json']>().toEqualTypeOf<
      Responses[200]['content']['application/json']
    >();
  });

  test('webhooks are typed by event name', () => {
    expectTypeOf<keyof webhooks>().toEqualTypeOf<
      | 'SESSION:SMS_PROCESS'
      | 'SESSION:STAGE_CHANGE'
      | 'SESSION:STATUS_CHANGE'
      | 'SESSION:COMPLETE'
      | 'SESSION:NOTE_INSERT'
    >();
  });
});
