import { describe, expect, it } from 'vitest';
import { newSessionKey, sessionKeyPattern } from './session-key.js';

describe('newSessionKey', () => {
  it("has PAVE's form, like the spec's XXX-ABCDE12345", () => {
    expect(sessionKeyPattern.test('XXX-ABCDE12345')).toBe(true);
    for (let i = 0; i < 50; i += 1) expect(newSessionKey(() => false)).toMatch(sessionKeyPattern);
  });

  it('draws again when a key is taken', () => {
    const seen: string[] = [];
    const key = newSessionKey((candidate) => {
      seen.push(candidate);
      return seen.length < 3;
    });
    expect(seen).toHaveLength(3);
    expect(key).toBe(seen[2]);
  });
});
