import { describe, expect, it } from 'vitest';
import { constantTimeEqual } from './constant-time.js';

describe('constantTimeEqual', () => {
  it('is true for equal strings and false for different ones of the same length', () => {
    expect(constantTimeEqual('abc123', 'abc123')).toBe(true);
    expect(constantTimeEqual('abc124', 'abc123')).toBe(false);
  });

  it('answers false for different lengths instead of throwing', () => {
    expect(constantTimeEqual('abc', 'abc123')).toBe(false);
    expect(constantTimeEqual('abc1234', 'abc123')).toBe(false);
    expect(constantTimeEqual('', 'abc123')).toBe(false);
  });

  it('compares UTF-8 bytes, so equal character counts of different byte lengths are unequal', () => {
    expect(constantTimeEqual('é', 'e')).toBe(false);
    expect(constantTimeEqual('é', 'é')).toBe(true);
  });
});
