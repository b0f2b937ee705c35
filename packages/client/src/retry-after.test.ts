import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './retry-after.js';

const now = Date.parse('2021-05-30T12:49:19Z');

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter(' 2 ', now)).toBe(2000);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(parseRetryAfter('Sun, 30 May 2021 12:49:49 GMT', now)).toBe(30_000);
  });

  it('reads a date in the past as now', () => {
    expect(parseRetryAfter('Sun, 30 May 2021 12:00:00 GMT', now)).toBe(0);
  });

  it.each([
    null,
    undefined,
    '',
    '  ',
    '-1',
    '1.5',
    'soon',
    '2021-05-30T12:49:49Z',
    'Sun, 99 Foo GMT',
  ])('treats %j as absent', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});
