import { describe, expect, it } from 'vitest';
import { readHeader } from './incoming-headers.js';

describe('readHeader', () => {
  it('reads a fetch Headers object case-insensitively', () => {
    const headers = new Headers({ 'api-key': 'key_123' });
    expect(readHeader(headers, 'API-Key')).toBe('key_123');
  });

  it('reads a Node-style record whatever the case of its keys', () => {
    expect(readHeader({ 'api-key': 'a' }, 'API-Key')).toBe('a');
    expect(readHeader({ 'API-KEY': 'b' }, 'API-Key')).toBe('b');
  });

  it('joins repeated values as Headers.get does', () => {
    expect(readHeader({ 'api-key': ['a', 'b'] }, 'API-Key')).toBe('a, b');
    expect(readHeader({ 'api-key': 'a', 'API-Key': 'b' }, 'API-Key')).toBe('a, b');
    const headers = new Headers([
      ['api-key', 'a'],
      ['api-key', 'b'],
    ]);
    expect(readHeader(headers, 'API-Key')).toBe('a, b');
  });

  it('reads a one-element array as its element', () => {
    expect(readHeader({ 'api-key': ['a'] }, 'API-Key')).toBe('a');
  });

  it('treats absent, undefined, empty and blank values alike', () => {
    expect(readHeader({}, 'API-Key')).toBeUndefined();
    expect(readHeader({ 'api-key': undefined }, 'API-Key')).toBeUndefined();
    expect(readHeader({ 'api-key': '' }, 'API-Key')).toBeUndefined();
    expect(readHeader({ 'api-key': '  ' }, 'API-Key')).toBeUndefined();
    expect(readHeader({ 'api-key': [] }, 'API-Key')).toBeUndefined();
    expect(readHeader(new Headers({ 'api-key': '' }), 'API-Key')).toBeUndefined();
  });

  it('trims surrounding whitespace from a record as Headers does', () => {
    expect(readHeader({ 'api-key': ' a ' }, 'API-Key')).toBe('a');
    expect(readHeader(new Headers({ 'api-key': ' a ' }), 'API-Key')).toBe('a');
  });

  it('reads any object with a get method as Headers', () => {
    const foreign = { get: (name: string) => (name === 'API-Key' ? 'a' : null) };
    expect(readHeader(foreign as unknown as Headers, 'API-Key')).toBe('a');
  });
});
