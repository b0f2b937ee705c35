import { describe, expect, test } from 'vitest';
import { escapePointerSegment, pointerSegments } from './json-pointer.js';

describe('JSON pointers', () => {
  test('each key is escaped, and the pointer reads back as the same keys', () => {
    const keys = ['paths', '/v1/sessions', 'application/json', 'a~b', '~1', ''];
    const pointer = `/${keys.map(escapePointerSegment).join('/')}`;
    expect(pointer).toBe('/paths/~1v1~1sessions/application~1json/a~0b/~01/');
    expect(pointerSegments(pointer)).toEqual(keys);
  });

  test('the empty pointer names no key; "/" names the empty key', () => {
    expect(pointerSegments('')).toEqual([]);
    expect(pointerSegments('/')).toEqual(['']);
  });
});
