import { describe, expect, test } from 'vitest';
import { maskKey } from './banner.js';

describe('maskKey', () => {
  test('keeps the last four characters of a long key', () => {
    expect(maskKey('09bc91b9-76e5-4256-8e4g-7a41c1408014')).toBe('****8014');
  });

  test('hides a short key entirely', () => {
    expect(maskKey('key_123')).toBe('****');
  });
});
