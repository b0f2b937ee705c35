/** The seed page's sample payloads, repaired into JSON, are valid against the spec. */
import { describe, expect, test } from 'vitest';
import { getOperation, validateRequestBody, validateResponseBody } from '../../src/index.js';
import { loadSample, readSample } from './load-sample.js';

interface Sample {
  name: string;
  /** The page shows `"vehicle": {...}`, not a whole body; the repaired copy wraps it in braces. */
  fragment: boolean;
  /** Whether the page's own text fails to parse as JSON. */
  brokenAsPublished: boolean;
}

const samples: Sample[] = [
  { name: 'create-request', fragment: false, brokenAsPublished: false },
  { name: 'vehicle', fragment: true, brokenAsPublished: false },
  // Missing comma after "by".
  { name: 'sms', fragment: true, brokenAsPublished: true },
  { name: 'options', fragment: true, brokenAsPublished: false },
  // Trailing comma after options.sms.by.
  { name: 'response-201', fragment: false, brokenAsPublished: true },
  { name: 'response-400', fragment: false, brokenAsPublished: false },
];

function asPublished({ name, fragment }: Sample): string {
  const text = readSample(`as-published/${name}.txt`);
  return fragment ? `{${text}}` : text;
}

/** Drops whitespace and commas: what is left are the keys and values, which a repair must keep. */
const keysAndValues = (text: string) => text.replace(/[\s,]/g, '');

const rows = samples.map((sample) => [sample.name, sample] as const);

describe('repairing the samples', () => {
  test.each(rows)('%s.json parses', (name) => {
    expect(() => JSON.parse(readSample(`${name}.json`))).not.toThrow();
  });

  test.each(rows.filter(([, sample]) => sample.brokenAsPublished))(
    '%s as published is not JSON',
    (_name, sample) => {
      expect(() => JSON.parse(asPublished(sample))).toThrow(SyntaxError);
    },
  );

  test.each(rows.filter(([, sample]) => !sample.brokenAsPublished))(
    '%s as published parses to the repaired copy',
    (name, sample) => {
      expect(JSON.parse(readSample(`${name}.json`))).toEqual(JSON.parse(asPublished(sample)));
    },
  );

  test.each(rows)('%s keeps every key and value of the page', (name, sample) => {
    expect(keysAndValues(readSample(`${name}.json`))).toBe(keysAndValues(asPublished(sample)));
  });
});

describe('the request samples are valid createSession bodies', () => {
  test.each(['create-request', 'vehicle', 'sms', 'options'])('%s', (name) => {
    expect(validateRequestBody('createSession', loadSample(name))).toEqual({ ok: true });
  });

  test('all of them in one body', () => {
    const body = { ...loadSample('vehicle'), ...loadSample('sms') };
    expect(validateRequestBody('createSession', { ...body, ...loadSample('options') })).toEqual({
      ok: true,
    });
  });

  test('sms.json keeps send_results_to_phototaker as the string "false"', () => {
    expect(loadSample('sms')).toMatchObject({ sms: { send_results_to_phototaker: 'false' } });
  });

  test('vehicle.json keeps year as the string "2011"', () => {
    expect(loadSample('vehicle')).toMatchObject({ vehicle: { year: '2011' } });
  });
});

describe('the response samples are valid createSession responses', () => {
  const operation = getOperation('createSession');

  test.each([
    ['the 201 sample', 'response-201', 201],
    ['the 201 sample also as a 200, the status another PAVE page shows', 'response-201', 200],
    ['the 400 sample', 'response-400', 400],
  ])('%s', (_title, name, status) => {
    expect(validateResponseBody({ operation, status, body: loadSample(name) })).toEqual({
      ok: true,
    });
  });

  test('the 400 sample is not a session, nor the 201 sample an error list', () => {
    expect(
      validateResponseBody({ operation, status: 201, body: loadSample('response-400') }).ok,
    ).toBe(false);
    expect(
      validateResponseBody({ operation, status: 400, body: loadSample('response-201') }).ok,
    ).toBe(false);
  });
});
