import { describe, expect, test } from 'vitest';
import { collectPairs, parseHeader, parseKeyValue } from './key-value.js';
import { UsageError } from './usage-error.js';

describe('parseKeyValue', () => {
  test('splits at the first =', () => {
    expect(parseKeyValue('--payload', 'source=PAVE')).toEqual(['source', 'PAVE']);
    expect(parseKeyValue('--payload', 'q=a=b')).toEqual(['q', 'a=b']);
    expect(parseKeyValue('--payload', 'empty=')).toEqual(['empty', '']);
  });

  test.each(['novalue', '=value', ' =x'])('refuses %j, naming the option', (text) => {
    expect(() => parseKeyValue('--payload', text)).toThrow(UsageError);
    expect(() => parseKeyValue('--payload', text)).toThrow(/^--payload expects key=value/);
  });
});

describe('parseHeader', () => {
  test('reads curl-style headers', () => {
    expect(parseHeader('--header', 'Authorization: Bearer abc')).toEqual([
      'Authorization',
      'Bearer abc',
    ]);
    expect(parseHeader('--header', 'X-Id:42')).toEqual(['X-Id', '42']);
  });

  test('never repeats the value in its error: header values are often tokens', () => {
    const attempt = () => parseHeader('--header', 'Authorization Bearer s3cr3t');
    expect(attempt).toThrow("--header expects 'Name: value', got no colon");
    expect(() => parseHeader('--header', ': s3cr3t')).toThrow(/got "" as the name/);
  });
});

describe('collectPairs', () => {
  test('undefined for no entries, so the body has no empty object', () => {
    expect(collectPairs('--payload', undefined)).toBeUndefined();
    expect(collectPairs('--payload', [])).toBeUndefined();
  });

  test('later entries win', () => {
    expect(collectPairs('--payload', ['a=1', 'b=2', 'a=3'])).toEqual({ a: '3', b: '2' });
  });
});
