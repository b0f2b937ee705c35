import { describe, expect, test } from 'vitest';
import { apiReferenceUrl, isLoopbackUrl, paveDocsUrl } from './pave-links.js';

describe('isLoopbackUrl', () => {
  test.each([
    ['http://127.0.0.1:4010', true],
    ['http://127.1.2.3', true],
    ['http://localhost:4010/', true],
    ['http://LOCALHOST', true],
    ['http://[::1]:4010', true],
    ['https://openapi.paveapi.com', false],
    ['http://127.0.0.1.example.com', false],
    ['http://10.0.0.1', false],
    ['not a url', false],
  ])('%s: %s', (url, loopback) => {
    expect(isLoopbackUrl(url)).toBe(loopback);
  });
});

describe('apiReferenceUrl', () => {
  test("a mock on this machine: its own reference at /docs, whatever the base URL's path", () => {
    expect(apiReferenceUrl('http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010/docs');
    expect(apiReferenceUrl('http://localhost:4010/v1/')).toBe('http://localhost:4010/docs');
  });

  test("PAVE itself: PAVE's developer documentation", () => {
    expect(apiReferenceUrl('https://openapi.paveapi.com')).toBe(paveDocsUrl);
    expect(paveDocsUrl).toMatch(/^https:\/\/docs\.paveapi\.com\//);
  });
});
