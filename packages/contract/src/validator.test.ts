import { describe, expect, test } from 'vitest';
import { formatIssue } from './issues.js';
import { getOperation } from './operations.js';
import {
  type ValidationResult,
  validateRequestBody,
  validateResponseBody,
  validateSchema,
} from './validator.js';

function messages(result: ValidationResult): string[] {
  return result.ok ? [] : result.issues.map(formatIssue);
}

/** What every session answer must hold; each test adds the field it is about. */
const requiredOfSession = {
  session_key: 'XXX-ABCDE12345',
  active: true,
  created_at: '2021-05-25T11:50:49.000000Z',
};

describe('validateRequestBody', () => {
  test('accepts the smallest create request', () => {
    expect(validateRequestBody('createSession', { vehicle: { vin: 'JN1CV6AR9BMXXXXXX' } })).toEqual(
      {
        ok: true,
      },
    );
  });

  test('names the field and the rule of a short VIN', () => {
    expect(
      messages(validateRequestBody('createSession', { vehicle: { vin: 'JN1CV6AR9BMXXXXX' } })),
    ).toEqual(['vehicle.vin: must be 17 characters, got 16']);
  });

  test('reports every broken field at once', () => {
    const result = validateRequestBody('createSession', {
      vehicle: { year: {}, odom_reading: -1 },
      session: { theme: 'GOLD', redirect_url: 'not a url' },
    });
    expect(messages(result).sort()).toEqual([
      'session.redirect_url: must be an absolute URL (such as https://example.com/done), got "not a url"',
      'session.theme: must be one of LITE, PRO, CAPT, got "GOLD"',
      'vehicle.odom_reading: must be >= 0, got -1',
      'vehicle.year: must be a whole number or a string, got an object',
    ]);
  });

  test('names unknown and missing fields on the field itself', () => {
    expect(messages(validateRequestBody('createSession', { vehicel: {} }))).toEqual([
      'vehicel: is not a known field',
    ]);
    expect(messages(validateRequestBody('createCallback', { event: 'SESSION:COMPLETE' }))).toEqual([
      'url: is required',
    ]);
  });

  test('names the rule of the alternative whose type fits the value', () => {
    expect(
      messages(
        validateRequestBody('createSession', {
          vehicle: { year: '11' },
          sms: { send_results_to_phototaker: 'yes' },
        }),
      ),
    ).toEqual([
      'vehicle.year: must match the pattern ^\\d{4}$, got "11"',
      'sms.send_results_to_phototaker: must be one of true, false, got "yes"',
    ]);
  });

  test('merges the alternatives that fit into one sentence', () => {
    const session = {
      ...requiredOfSession,
      inspect_started_at: 'soon',
    };
    const getSession = getOperation('getSession');
    expect(
      messages(validateResponseBody({ operation: getSession, status: 200, body: session })),
    ).toEqual([
      'inspect_started_at: must be an RFC 3339 date-time (such as 2021-05-25T11:50:49Z), or at most 0 characters, got "soon"',
    ]);
  });

  test('reports inside an object that may be null, not that it could be null', () => {
    const getSession = getOperation('getSession');
    const session = {
      ...requiredOfSession,
      options: { client_id: 5 },
    };
    expect(
      messages(validateResponseBody({ operation: getSession, status: 200, body: session })),
    ).toEqual(['options.client_id: must be a string or null, got 5']);
  });

  test('refuses an operation without a JSON body', () => {
    expect(() => validateRequestBody('getSession', {})).toThrow('takes no JSON request body');
  });
});

describe('validateResponseBody', () => {
  const create = getOperation('createSession');

  test('accepts a created session and rejects one without a capture URL', () => {
    const session = {
      ...requiredOfSession,
      capture_url: 'https://demoadmin.vehiclecapture.com/XXX-ABCDE12345',
    };
    expect(validateResponseBody({ operation: create, status: 201, body: session }).ok).toBe(true);
    const { capture_url: _, ...withoutUrl } = session;
    expect(
      messages(validateResponseBody({ operation: create, status: 201, body: withoutUrl })),
    ).toEqual(['capture_url: is required']);
  });

  test('rejects a status the operation does not declare', () => {
    expect(messages(validateResponseBody({ operation: create, status: 418, body: {} }))).toEqual([
      'status: 418 is not a declared response of createSession (declared: 200, 201, 400, 401, 429, 500, 503, 5XX)',
    ]);
  });

  test('keys list items by index', () => {
    const photos = getOperation('listSessionPhotos');
    expect(
      messages(validateResponseBody({ operation: photos, status: 200, body: [{ photo_code: 1 }] })),
    ).toEqual(['body[0].photo_label: is required', 'body[0].url: is required']);
  });
});

test('validateSchema names an unknown schema', () => {
  expect(() => validateSchema('Spaceship', {})).toThrow('no schema "Spaceship"');
  expect(validateSchema('Theme', 'CAPT').ok).toBe(true);
});
