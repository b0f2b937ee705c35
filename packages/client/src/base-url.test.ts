import { describe, expect, it } from 'vitest';
import { normalizeBaseUrl } from './base-url.js';
import { PaveOptionsError } from './errors/pave-options-error.js';

describe('normalizeBaseUrl', () => {
  it.each([
    ['https://openapi.paveapi.com', 'https://openapi.paveapi.com'],
    ['https://openapi.paveapi.com/', 'https://openapi.paveapi.com'],
    ['https://openapi.paveapi.com///', 'https://openapi.paveapi.com'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['  https://OpenAPI.PaveAPI.com  ', 'https://openapi.paveapi.com'],
    ['https://gateway.example.com/pave/', 'https://gateway.example.com/pave'],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizeBaseUrl(input)).toBe(expected);
  });

  it.each([
    [undefined, '(got undefined)'],
    [null, '(got null)'],
    [42, '(got number)'],
    ['openapi.paveapi.com', '(got a string that is not an absolute URL)'],
    ['', '(got a string that is not an absolute URL)'],
    ['ftp://openapi.paveapi.com', '(got the protocol "ftp:")'],
    ['https://openapi.paveapi.com/v1', 'without the version: paths already start with /v1'],
    ['https://openapi.paveapi.com/v1/', 'without the version'],
    ['https://openapi.paveapi.com?x=1', 'without a query or fragment'],
    ['https://openapi.paveapi.com/#top', 'without a query or fragment'],
  ])('refuses %j, naming baseUrl', (input, reason) => {
    expect(() => normalizeBaseUrl(input)).toThrow(
      'createPaveClient: baseUrl must be an http(s) URL such as https://openapi.paveapi.com',
    );
    expect(() => normalizeBaseUrl(input)).toThrow(reason);
  });

  it('refuses a URL with a password, without printing it', () => {
    const call = () => normalizeBaseUrl('https://demo:sk-live-secret@openapi.paveapi.com');
    expect(call).toThrow('without a user or password in it');
    try {
      call();
    } catch (error) {
      expect(String(error)).not.toContain('sk-live-secret');
    }
  });
});

describe('errors name the option apart from the rule', () => {
  it('is a PaveOptionsError with option and rule', () => {
    const error = (() => {
      try {
        normalizeBaseUrl('ftp://example.com');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(PaveOptionsError);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({
      option: 'baseUrl',
      rule: expect.stringMatching(/^must be an http\(s\) URL/),
      message: expect.stringMatching(/^createPaveClient: baseUrl must be an http\(s\) URL/),
    });
  });
});
