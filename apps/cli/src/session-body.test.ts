import { describe, expect, test } from 'vitest';
import {
  convertNumber,
  convertYear,
  mergeBodies,
  sessionBodyFromFlags,
  sessionFields,
} from './session-body.js';

describe('sessionBodyFromFlags', () => {
  test.each<[string, string | boolean, Record<string, unknown>]>([
    ['vin', 'JN1CV6AR9BMXXXXXX', { vehicle: { vin: 'JN1CV6AR9BMXXXXXX' } }],
    ['year', '2011', { vehicle: { year: 2011 } }],
    ['make', 'Infiniti', { vehicle: { make: 'Infiniti' } }],
    ['model', 'G37', { vehicle: { model: 'G37' } }],
    ['bodyType', 'Sedan', { vehicle: { body_type: 'Sedan' } }],
    ['trim', 'Luxury', { vehicle: { trim: 'Luxury' } }],
    ['transmission', 'Automatic', { vehicle: { transmission: 'Automatic' } }],
    ['extCol', 'Malbec Black', { vehicle: { ext_col: 'Malbec Black' } }],
    ['intCol', 'Wheat', { vehicle: { int_col: 'Wheat' } }],
    ['odomReading', '330477', { vehicle: { odom_reading: 330477 } }],
    ['odomUnit', 'KILOMETRES', { vehicle: { odom_unit: 'KILOMETRES' } }],
    ['smsTo', '647-455-0000', { sms: { to: '647-455-0000' } }],
    ['smsToName', 'Jane Smith', { sms: { to_name: 'Jane Smith' } }],
    ['smsFrom', '647-422-0000', { sms: { from: '647-422-0000' } }],
    ['smsBy', "Steve's Test Dealer", { sms: { by: "Steve's Test Dealer" } }],
    ['sendResultsToPhototaker', true, { sms: { send_results_to_phototaker: true } }],
    ['sendResultsToPhototaker', false, { sms: { send_results_to_phototaker: false } }],
    ['clientId', 'DLVNQC', { options: { client_id: 'DLVNQC' } }],
    ['contactFirstName', 'Luan', { options: { contact: { first_name: 'Luan' } } }],
    ['contactLastName', 'tran', { options: { contact: { last_name: 'tran' } } }],
    [
      'redirectUrl',
      'https://example.com/done',
      { session: { redirect_url: 'https://example.com/done' } },
    ],
    ['theme', 'PRO', { session: { theme: 'PRO' } }],
    ['language', 'EN', { session: { language: 'EN' } }],
  ])('%s=%s', (name, value, expected) => {
    expect(sessionBodyFromFlags({ [name]: value })).toEqual(expected);
  });

  test('the table above covers every field of the seed', () => {
    expect(sessionFields.map((field) => field.path.join('.'))).toEqual([
      'vehicle.vin',
      'vehicle.year',
      'vehicle.make',
      'vehicle.model',
      'vehicle.body_type',
      'vehicle.trim',
      'vehicle.transmission',
      'vehicle.ext_col',
      'vehicle.int_col',
      'vehicle.odom_reading',
      'vehicle.odom_unit',
      'sms.to',
      'sms.to_name',
      'sms.from',
      'sms.by',
      'sms.send_results_to_phototaker',
      'options.client_id',
      'options.contact.first_name',
      'options.contact.last_name',
      'session.redirect_url',
      'session.theme',
      'session.language',
    ]);
  });

  test('every flag together makes the seed-shaped body', () => {
    const body = sessionBodyFromFlags({
      vin: 'JN1CV6AR9BMXXXXXX',
      year: '2011',
      make: 'Infiniti',
      smsTo: '647-455-0000',
      sendResultsToPhototaker: true,
      clientId: 'DLVNQC',
      contactFirstName: 'Luan',
      contactLastName: 'tran',
      theme: 'LITE',
      reference: ['lead=4711', 'coupon=SPRING=2021'],
    });
    expect(body).toEqual({
      vehicle: { vin: 'JN1CV6AR9BMXXXXXX', year: 2011, make: 'Infiniti' },
      sms: { to: '647-455-0000', send_results_to_phototaker: true },
      options: { client_id: 'DLVNQC', contact: { first_name: 'Luan', last_name: 'tran' } },
      session: { theme: 'LITE', reference: { lead: '4711', coupon: 'SPRING=2021' } },
    });
  });

  test('no flags, no body', () => {
    expect(sessionBodyFromFlags({})).toEqual({});
  });

  test('a repeated --reference key keeps the last value', () => {
    expect(sessionBodyFromFlags({ reference: ['a=1', 'a=2'] })).toEqual({
      session: { reference: { a: '2' } },
    });
  });

  test('a --reference without = is a usage error naming the flag', () => {
    expect(() => sessionBodyFromFlags({ reference: ['lead'] })).toThrow(
      '--reference expects key=value, got "lead"',
    );
  });
});

describe('value conversion', () => {
  test('a four-digit year becomes a number; anything else stays as typed for the spec to judge', () => {
    expect(convertYear('2011')).toBe(2011);
    expect(convertYear('11')).toBe('11');
    expect(convertYear('2011a')).toBe('2011a');
  });

  test('a numeric odometer reading becomes a number; anything else stays a string', () => {
    expect(convertNumber('330477')).toBe(330477);
    expect(convertNumber('-5')).toBe(-5);
    expect(convertNumber('1.5')).toBe(1.5);
    expect(convertNumber('100,945')).toBe('100,945');
    expect(convertNumber('12k')).toBe('12k');
    expect(convertNumber('')).toBe('');
  });
});

describe('mergeBodies', () => {
  test('flags win field by field and objects merge', () => {
    const file = {
      vehicle: { vin: 'JN1CV6AR9BMXXXXXX', make: 'Nissan' },
      session: { theme: 'PRO', reference: { a: '1' } },
    };
    const flags = { vehicle: { make: 'Infiniti' }, session: { reference: { b: '2' } } };
    expect(mergeBodies(file, flags)).toEqual({
      vehicle: { vin: 'JN1CV6AR9BMXXXXXX', make: 'Infiniti' },
      session: { theme: 'PRO', reference: { a: '1', b: '2' } },
    });
    expect(file.vehicle.make).toBe('Nissan');
  });

  test('a flag replaces a non-object in the file', () => {
    expect(mergeBodies({ vehicle: 'oops' }, { vehicle: { vin: 'X' } })).toEqual({
      vehicle: { vin: 'X' },
    });
  });
});
