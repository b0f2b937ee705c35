import { describe, expect, test } from 'vitest';
import { escapePointerSegment, pointerSegments } from './json-pointer.js';

describe('JSON pointers', () => {
  test.each([
    ['sessions', 'sessions'],
    ['/v1/sessions', '~1v1~1sessions'],
    ['application/json', 'application~1json'],
    ['a~b', 'a~0b'],
    ['~1', '~01'],
  ])('%j is escaped as %j and read back', (key, escaped) => {
    expect(escapePointerSegment(key)).toBe(escaped);
    expect(pointerSegments(`/${escaped}`)).toEqual([key]);
  });

  test('the empty pointer names no key; "/" names the empty key', () => {
    expect(pointerSegments('')).toEqual([]);
    expect(pointerSegments('/')).toEqual(['']);
  });

  test('a pointer into a spec reads as its keys', () => {
    expect(pointerSegments('/paths/~1v1~1sessions/post/requestBody')).toEqual([
      'paths',
      '/v1/sessions',
      'post',
      'requestBody',
    ]);
  });
});
