import { describe, expect, test } from 'vitest';
import { pushBounded } from './bounded-list.js';

describe('pushBounded', () => {
  test('keeps every entry up to the bound, in order', () => {
    const list: number[] = [];
    for (let i = 0; i < 10; i += 1) pushBounded(list, i, 10);
    expect(list).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test('past the bound, drops the oldest tenth and keeps the newest', () => {
    const list: number[] = [];
    for (let i = 0; i < 11; i += 1) pushBounded(list, i, 10);
    expect(list).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test('never holds more than the bound, however many are pushed', () => {
    const list: number[] = [];
    let longest = 0;
    for (let i = 0; i < 5_000; i += 1) {
      pushBounded(list, i, 100);
      longest = Math.max(longest, list.length);
    }
    expect(longest).toBe(100);
    expect(list.at(-1)).toBe(4_999);
  });
});
