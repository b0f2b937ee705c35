import * as crypto from 'node:crypto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createHeaderCheck } from './header-check.js';

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

afterEach(() => vi.mocked(crypto.timingSafeEqual).mockClear());

const check = createHeaderCheck({ Authorization: 'Bearer s3cret', 'X-Pave-Source': 'pave' });

describe('createHeaderCheck', () => {
  test('passes when every registered header has its value, names matched in any case', () => {
    expect(
      check(new Headers({ authorization: 'Bearer s3cret', 'x-pave-source': 'pave', other: '1' })),
    ).toBe(true);
  });

  test.each([
    ['a value one character short', { Authorization: 'Bearer s3cre', 'X-Pave-Source': 'pave' }],
    ['a value one character long', { Authorization: 'Bearer s3crett', 'X-Pave-Source': 'pave' }],
    ['a value of another case', { Authorization: 'bearer s3cret', 'X-Pave-Source': 'pave' }],
    ['one header missing', { Authorization: 'Bearer s3cret' }],
    ['the other header wrong', { Authorization: 'Bearer s3cret', 'X-Pave-Source': 'PAVE' }],
    ['no headers at all', {}],
    ['the value sent twice', { Authorization: 'Bearer s3cret', 'X-Pave-Source': ['pave', 'pave'] }],
  ])('fails with %s', (_, sent) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(sent)) {
      for (const one of [value].flat()) headers.append(name, one);
    }
    expect(check(headers)).toBe(false);
  });

  test('compares every header, each as two 32-byte digests, even after the first has failed', () => {
    expect(check(new Headers({ 'X-Pave-Source': 'pave' }))).toBe(false);
    const calls = vi.mocked(crypto.timingSafeEqual).mock.calls;
    expect(calls).toHaveLength(2);
    for (const [a, b] of calls) {
      expect([a.byteLength, b.byteLength]).toEqual([32, 32]);
    }
  });

  test('the same work whatever the length of the value sent', () => {
    for (const sent of ['', 'B', 'Bearer s3cret', 'x'.repeat(10_000)]) {
      check(new Headers({ Authorization: sent, 'X-Pave-Source': 'pave' }));
    }
    const lengths = vi.mocked(crypto.timingSafeEqual).mock.calls.map(([a]) => a.byteLength);
    expect(lengths).toEqual(Array(8).fill(32));
  });
});
