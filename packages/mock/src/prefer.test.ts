import { getOperation } from '@pave-kit/contract';
import { describe, expect, test } from 'vitest';
import { refusePrefer, withDefaultStatus } from './prefer.js';

describe('withDefaultStatus', () => {
  const create = getOperation('createSession');

  test('asks Prism for 201 on create, the status PAVE documents', () => {
    expect(withDefaultStatus(create, undefined)).toBe('code=201');
    expect(withDefaultStatus(create, 'dynamic=true')).toBe('dynamic=true, code=201');
  });

  test("keeps the caller's own choice of status", () => {
    expect(withDefaultStatus(create, 'code=200')).toBe('code=200');
    expect(withDefaultStatus(create, 'example=pave-sample, code=200')).toBe(
      'example=pave-sample, code=200',
    );
  });

  test('answers a named example with 201 too', () => {
    expect(withDefaultStatus(create, 'example=pave-sample')).toBe('example=pave-sample, code=201');
  });

  test('leaves operations without a 201 alone', () => {
    expect(withDefaultStatus(getOperation('getSession'), undefined)).toBeUndefined();
  });
});

describe('refusePrefer', () => {
  const create = getOperation('createSession');
  const get = getOperation('getSession');

  test('accepts declared statuses, ranges and examples', () => {
    expect(refusePrefer(create, undefined)).toBeUndefined();
    expect(refusePrefer(create, 'example=pave-sample')).toBeUndefined();
    expect(refusePrefer(get, 'code=503')).toBeUndefined();
    expect(refusePrefer(get, 'code=502')).toBeUndefined();
    expect(refusePrefer(get, 'dynamic=true')).toBeUndefined();
    expect(refusePrefer(create, 'code=400, example=invalid-fields')).toBeUndefined();
  });

  test('names an undeclared status and lists the declared ones', () => {
    expect(refusePrefer(get, 'code=418')).toBe(
      'Prefer: code=418 is not a status getSession declares (declared: 200, 401, 404, 429, 500, 503, 5XX).',
    );
    expect(refusePrefer(get, 'code=abc')).toMatch(/^Prefer: code=abc is not a status/);
  });

  test('names an example the chosen status lacks', () => {
    expect(refusePrefer(create, 'example=no-such-example')).toBe(
      'Prefer: example=no-such-example is not an example of createSession (examples: created, pave-sample).',
    );
    expect(refusePrefer(create, 'code=400, example=pave-sample')).toMatch(
      /^Prefer: example=pave-sample is not an example of createSession 400 \(examples: /,
    );
  });
});
