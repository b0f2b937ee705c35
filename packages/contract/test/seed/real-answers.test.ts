/**
 * The spec accepts what PAVE really sends, where its own pages show more than one shape:
 * nulls before a value is known, a 400 with only a message, extra photos, loose callback
 * settings, both forms of Retry-After, fractional odometer readings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  getOperation,
  validateAgainst,
  validateRequestBody,
  validateResponseBody,
} from '../../src/index.js';
import { loadSample } from './load-sample.js';
import { schemaAt } from './schema-lookup.js';

const created = loadSample('response-201');

function answer(operationId: string, status: number, body: unknown) {
  return validateResponseBody({ operation: getOperation(operationId), status, body });
}

describe('nulls in answers, before PAVE knows a value', () => {
  // The seed's sample echoes only the VIN: every other vehicle field is filled in by the VIN
  // decode, and until then PAVE's records hold null.
  const decodedLater = [
    'vehicle_id',
    'year',
    'make',
    'model',
    'body_type',
    'trim',
    'transmission',
    'drivetrain',
    'engine_type',
    'fuel_type',
    'ext_col',
    'int_col',
    'odom_reading',
    'odom_unit',
  ];

  test('a created session with vehicle.trim null', () => {
    const body = { ...created, vehicle: { vin: 'JN1CV6AR9BMXXXXXX', trim: null } };
    expect(answer('createSession', 201, body)).toEqual({ ok: true });
  });

  test.each(decodedLater)('a fetched session with vehicle.%s null', (field) => {
    const body = { ...created, vehicle: { vin: 'JN1CV6AR9BMXXXXXX', [field]: null } };
    expect(answer('getSession', 200, body)).toEqual({ ok: true });
  });

  test('results with the decoded vehicle fields null', () => {
    const vehicle = { id: 19880, session_key: 'XXX-ABCDE12345', vin: null, year: null, trim: null };
    expect(answer('getSessionResults', 200, { event: 'SESSION:COMPLETE', vehicle })).toEqual({
      ok: true,
    });
  });

  // The seed's response table marks language optional with a default, options as "null", and
  // shows send_results_to_phototaker only as an input: each may come back empty.
  test.each([
    ['language', { language: null }],
    ['options.client_id', { options: { client_id: null } }],
    [
      'options.sms.send_results_to_phototaker',
      { options: { sms: { send_results_to_phototaker: null } } },
    ],
  ])('a created session with %s null', (_field, change) => {
    expect(answer('createSession', 201, { ...created, ...change })).toEqual({ ok: true });
  });

  test('a vehicle field of the wrong type is still refused', () => {
    const body = { ...created, vehicle: { vin: 'JN1CV6AR9BMXXXXXX', trim: 42 } };
    const result = answer('createSession', 201, body);
    expect(result.ok ? [] : result.issues.map((issue) => issue.field)).toEqual(['vehicle.trim']);
  });
});

describe('photos', () => {
  const photo = {
    photo_code: 1,
    photo_label: 'VIN',
    url: 'https://your_capture_photo_url.jpg',
    approved: true,
    approved_message: 'ACCEPTED',
  };

  test('a photo not yet checked: approved and approved_message null', () => {
    const body = [{ ...photo, approved: null, approved_message: null }];
    expect(answer('listSessionPhotos', 200, body)).toEqual({ ok: true });
  });

  // PRO captures up to 16 extra images beyond the 13 guided views.
  test('an extra image past the 13 guided views', () => {
    expect(answer('listSessionPhotos', 200, [{ ...photo, photo_code: 20 }])).toEqual({ ok: true });
  });

  // A view may be skipped (a typed-in VIN, a side the others cover): its url is null.
  test('a skipped view with url null', () => {
    expect(answer('listSessionPhotos', 200, [{ ...photo, url: null }])).toEqual({ ok: true });
  });

  test('a photo code of 0, or a url that is not one, is still refused', () => {
    expect(answer('listSessionPhotos', 200, [{ ...photo, photo_code: 0 }]).ok).toBe(false);
    expect(answer('listSessionPhotos', 200, [{ ...photo, url: 'not a url' }]).ok).toBe(false);
  });
});

describe('a 400 from create', () => {
  // Every other v1 error is {message}; the seed's richer body is one form, not the only one.
  test('with only a message', () => {
    expect(
      answer('createSession', 400, { message: 'Required fields are missing or invalid.' }),
    ).toEqual({ ok: true });
  });

  test('with errors but no message is still refused', () => {
    const result = answer('createSession', 400, { errors: { 'vehicle.vin': ['Invalid'] } });
    expect(result.ok ? [] : result.issues.map((issue) => issue.field)).toEqual(['message']);
  });
});

describe('callback settings in answers', () => {
  // PAVE's callback table types headers and payload as strings; its samples show objects.
  const entry = { event: 'SESSION:COMPLETE', url: 'https://example.com/pave/complete' };
  const apiKey = '09bc91b9-76e5-4256-8e4g-7a41c1408014';

  test.each([
    ['objects', { Authorization: 'Bearer x' }, { source: 'PAVE' }],
    ['strings', '{"Authorization":"Bearer x"}', '{"source":"PAVE"}'],
    ['null', null, null],
  ])('headers and payload as %s', (_form, headers, payload) => {
    const data = { ...entry, headers, payload };
    expect(answer('listCallbacks', 200, { api_key: apiKey, data: [data] })).toEqual({ ok: true });
    expect(answer('getCallback', 200, { api_key: apiKey, data })).toEqual({ ok: true });
    expect(answer('createCallback', 200, { ...data, api_key: apiKey })).toEqual({ ok: true });
  });

  test('a request still sends them as objects', () => {
    const result = validateRequestBody('createCallback', { ...entry, headers: 'Authorization' });
    expect(result.ok ? [] : result.issues.map((issue) => issue.field)).toEqual(['headers']);
  });
});

describe('Retry-After', () => {
  const pointer = '/components/headers/Retry-After/schema';

  // RFC 9110 allows delay-seconds or an HTTP-date; PAVE documents neither.
  test.each(['30', '0', 'Wed, 21 Oct 2015 07:28:00 GMT'])('accepts %j', (value) => {
    expect(validateAgainst(pointer, value)).toEqual({ ok: true });
  });

  test.each(['soon', '-1', '1.5', '2015-10-21T07:28:00Z'])('refuses %j', (value) => {
    expect(validateAgainst(pointer, value).ok).toBe(false);
  });
});

describe('the request vehicle, as the seed tables it', () => {
  // The Vehicle Object table types odom_reading "numeric", not integer.
  test('odom_reading 12345.6', () => {
    expect(validateRequestBody('createSession', { vehicle: { odom_reading: 12345.6 } })).toEqual({
      ok: true,
    });
  });

  test('a negative odom_reading is still refused', () => {
    expect(validateRequestBody('createSession', { vehicle: { odom_reading: -0.5 } }).ok).toBe(
      false,
    );
  });

  // The table marks vin, year, make, model and body_type "Primary if skipping VIN decode".
  test('the description names every primary field', () => {
    const attributes: { object: string; field: string; primary?: string }[] = JSON.parse(
      readFileSync(new URL('./seed-attributes.json', import.meta.url), 'utf8'),
    );
    const primary = attributes.filter((a) => a.object === 'vehicle' && a.primary);
    expect(primary.map((a) => a.field)).toContain('body_type');
    const description = String(schemaAt('/components/schemas/Vehicle').schema.description);
    for (const { field } of primary) expect(description).toContain(`\`${field}\``);
  });
});

describe('defaults', () => {
  // The seed's table says a missing theme means LITE, yet its own 201 answers PRO to a request
  // that sent none: the API key's theme wins. A default in the request schema would make a
  // generator that fills defaults send LITE and override the key.
  test('the request theme has no default, and says why', () => {
    expect(loadSample('create-request')).not.toHaveProperty('session');
    expect(created.theme).toBe('PRO');
    const theme = schemaAt('/components/schemas/Theme').schema;
    expect(theme).not.toHaveProperty('default');
    expect(String(theme.description)).toMatch(/LITE/);
    expect(String(theme.description)).toMatch(/PRO/);
  });

  // The seed's table: language "defaults to en"; its sample answers "EN".
  test('the response language defaults to EN', () => {
    const language = schemaAt('/components/schemas/Session/properties/language').schema;
    expect(language.default).toBe('EN');
  });
});
