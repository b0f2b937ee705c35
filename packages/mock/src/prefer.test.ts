import { getOperation } from '@pave-kit/contract';
import { describe, expect, test } from 'vitest';
import { withDefaultStatus } from './prefer.js';

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
