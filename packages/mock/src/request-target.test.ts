import { describe, expect, test } from 'vitest';
import { refuseHost, refuseRequestTarget } from './request-target.js';

describe('refuseRequestTarget', () => {
  test.each([
    '/v1/sessions',
    '/v1/sessions/XXX-ABCDE12345?x=1',
    '/v1/sessions/XXX%2DABCDE12345',
    '/v1/sessions/%C3%A9',
    '/v1/callbacks?url=http://elsewhere.example/%zz',
    '/',
  ])('serves %s', (target) => {
    expect(refuseRequestTarget(target)).toBeUndefined();
  });

  test.each([
    ['http://127.0.0.1:9/x', 'the request target "http://127.0.0.1:9/x"'],
    ['https://example.com/v1/sessions', 'the request target "https://example.com/v1/sessions"'],
    ['//127.0.0.1:9/x', 'the request target "//127.0.0.1:9/x"'],
    ['/\\127.0.0.1:9/x', 'the request target "/\\\\127.0.0.1:9/x"'],
    ['http://[', 'the request target "http://["'],
    ['*', 'the request target "*"'],
    ['', 'the request target ""'],
    ['/v1/sessions/%zz', 'The path "/v1/sessions/%zz" holds a malformed percent-escape'],
    ['/v1/sessions/%4', 'The path "/v1/sessions/%4" holds a malformed percent-escape'],
    [
      '/v1/sessions/%FF?a=b',
      'The path "/v1/sessions/%FF" holds percent-escapes that do not spell UTF-8',
    ],
  ])('refuses %s, naming it', (target, named) => {
    expect(refuseRequestTarget(target)).toContain(named);
  });
});

describe('refuseHost', () => {
  test.each(['127.0.0.1:4010', 'localhost', 'Mock.Example.com:80', '[::1]:4010', '[::1]'])(
    'accepts %s',
    (host) => {
      expect(refuseHost(host, '1.1')).toBeUndefined();
    },
  );

  test('accepts no Host from an HTTP/1.0 client, which need not send one', () => {
    expect(refuseHost(undefined, '1.0')).toBeUndefined();
  });

  test.each([
    ['evil.example/x', 'The Host header "evil.example/x" is not a host name'],
    ['a b', 'The Host header "a b" is not a host name'],
    ['127.0.0.1:99999', 'The Host header "127.0.0.1:99999" is not a host name'],
    ['', 'The Host header "" is not a host name'],
    ['user@host', 'The Host header "user@host" is not a host name'],
  ])('refuses %s, naming it', (host, named) => {
    expect(refuseHost(host, '1.1')).toContain(named);
  });

  test('refuses an HTTP/1.1 request without Host, naming the rule', () => {
    expect(refuseHost(undefined, '1.1')).toBe('The Host header is missing: HTTP/1.1 requires it.');
  });
});
