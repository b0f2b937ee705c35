import { describe, expect, test } from 'vitest';
import { nestsDeeperThan } from './json-nesting.js';

// The depth the CLI and the portal allow: the limit a caller of this check really uses.
const maxJsonNesting = 32;

function nested(depth: number): unknown {
  let value: unknown = [];
  for (let level = 1; level < depth; level += 1) value = [value];
  return value;
}

describe('nestsDeeperThan', () => {
  test.each([
    ['a string', 'x', 0],
    ['null', null, 0],
    ['an empty object', {}, 1],
    ['an array in an object', { a: [] }, 2],
    ['a session body', { session: { reference: { lead: '4711' } } }, 3],
  ])('%s nests %i levels', (_name, value, depth) => {
    expect(nestsDeeperThan(value, depth)).toBe(false);
    if (depth > 0) expect(nestsDeeperThan(value, depth - 1)).toBe(true);
  });

  test('the limit itself is allowed, one more level is not', () => {
    expect(nestsDeeperThan(nested(maxJsonNesting), maxJsonNesting)).toBe(false);
    expect(nestsDeeperThan(nested(maxJsonNesting + 1), maxJsonNesting)).toBe(true);
  });

  test('depth is found in any branch, not only the first', () => {
    const value = { a: 'x', b: [1, 2, { c: nested(maxJsonNesting) }] };
    expect(nestsDeeperThan(value, maxJsonNesting)).toBe(true);
  });

  test('a million levels are measured without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`);
    expect(nestsDeeperThan(deep, maxJsonNesting)).toBe(true);
  });
});
