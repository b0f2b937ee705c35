import { describe, expect, it } from 'vitest';
import { assertCredentials, assertCredentialsList, PaveCredentialsError } from './credentials.js';

const valid = { username: 'demo', apiKey: 'key_123', apiSecret: 'secret_456' };

describe('assertCredentials', () => {
  it('accepts three non-empty strings, including non-ASCII ones', () => {
    expect(() => assertCredentials(valid)).not.toThrow();
    expect(() => assertCredentials({ ...valid, username: 'Société Générale' })).not.toThrow();
  });

  // A whitespace-only value counts as empty; each message says which it was.
  it.each([
    ['an empty', { ...valid, apiSecret: '' }, 'apiSecret is required (got an empty string)'],
    [
      'a whitespace-only',
      { ...valid, apiKey: '  ' },
      'apiKey is required (got a string of only whitespace)',
    ],
    ['missing', { apiKey: 'k', apiSecret: 's' }, 'username is required (got undefined)'],
    ['null', { ...valid, username: null }, 'username is required (got null)'],
  ])('names a %s field', (_, credentials, message) => {
    expect(() => assertCredentials(credentials)).toThrow(`PAVE credentials: ${message}`);
  });

  it.each([
    [42, 'number'],
    [{}, 'object'],
    [['s'], 'an array'],
    [true, 'boolean'],
  ])('names a non-string field and its type (%j)', (value, kind) => {
    expect(() => assertCredentials({ ...valid, apiSecret: value })).toThrow(
      `PAVE credentials: apiSecret must be a string (got ${kind})`,
    );
  });

  it('rejects something that is not an object at all', () => {
    expect(() => assertCredentials(undefined)).toThrow(
      'PAVE credentials must be an object with username, apiKey and apiSecret (got undefined)',
    );
    expect(() => assertCredentials('secret_456')).toThrow('(got a string)');
  });

  it('throws a PaveCredentialsError, a TypeError carrying the field', () => {
    try {
      assertCredentials({ ...valid, apiKey: '' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PaveCredentialsError);
      expect(error).toBeInstanceOf(TypeError);
      expect((error as PaveCredentialsError).field).toBe('apiKey');
      expect((error as PaveCredentialsError).name).toBe('PaveCredentialsError');
    }
  });

  it('uses the label it is given', () => {
    expect(() => assertCredentials({ ...valid, apiKey: '' }, 'PAVE credentials[2]')).toThrow(
      'PAVE credentials[2]: apiKey is required',
    );
  });

  describe('characters a header cannot carry', () => {
    const fields = ['username', 'apiKey', 'apiSecret'] as const;
    const controls = [
      ['CR LF', 'key_123\r\nX-Injected: 1'],
      ['a trailing LF', 'key_123\n'],
      ['a lone CR', 'key\r123'],
      ['a tab', 'key\t123'],
      ['NUL', 'key\u0000123'],
      ['DEL', 'key\u007f123'],
      ['a C1 control', 'key\u0085123'],
    ] as const;

    it.each(
      fields.flatMap((field) => controls.map(([what, value]) => [field, what, value] as const)),
    )('refuses %s holding %s, naming the field and the rule, not the value', (field, _, value) => {
      // The exact message: the rule and the field's name, and nothing of the value.
      expect(() => assertCredentials({ ...valid, [field]: value })).toThrow(
        expect.objectContaining({
          name: 'PaveCredentialsError',
          field,
          message:
            `PAVE credentials: ${field} must not contain control characters (CR, LF, tab, ...); ` +
            'check for a pasted line break',
        }),
      );
    });

    it.each([
      ['a space at the start', ' key_123'],
      ['a space at the end', 'key_123 '],
      ['a character past U+00FF', 'key_€123'],
      ['an emoji', 'key_🔑'],
    ])('refuses an API key with %s: it is sent as a header', (_, apiKey) => {
      expect(() => assertCredentials({ ...valid, apiKey })).toThrow(
        'PAVE credentials: apiKey must be text an HTTP header carries as it is (no character ' +
          'past U+00FF, no space at either end): it is sent as the API-Key header',
      );
    });

    it('accepts inner spaces and Latin-1 in an API key, and any printable name and secret', () => {
      expect(() => assertCredentials({ ...valid, apiKey: 'clé 123 ~!' })).not.toThrow();
      expect(() =>
        assertCredentials({ ...valid, username: ' Société ', apiSecret: ' sk-Ωmega € 🔑 ' }),
      ).not.toThrow();
    });

    it('names the entry of a list that holds one', () => {
      expect(() =>
        assertCredentialsList([valid, { ...valid, apiSecret: 'secret\n' }], 'creds.json'),
      ).toThrow('creds.json[1]: apiSecret must not contain control characters');
    });
  });

  it('never prints the value of a field, even one in the wrong place', () => {
    const secret = 'sk_live_do_not_print';
    for (const credentials of [
      { username: secret, apiKey: 42, apiSecret: secret },
      { username: 7, apiKey: secret, apiSecret: secret },
    ]) {
      expect(() => assertCredentials(credentials)).toThrow(PaveCredentialsError);
      try {
        assertCredentials(credentials);
      } catch (error) {
        expect(String(error)).not.toContain(secret);
      }
    }
  });
});

describe('assertCredentialsList', () => {
  const account = { username: 'demo', apiKey: 'key_123', apiSecret: 'secret_456' };

  it('turns one account or a list into a list', () => {
    expect(assertCredentialsList(account)).toEqual([account]);
    expect(assertCredentialsList([account, { ...account, apiKey: 'key_2' }])).toHaveLength(2);
  });

  it('names the bad entry of a list by its index, with the given label', () => {
    expect(() =>
      assertCredentialsList([account, { ...account, apiSecret: '' }], 'creds.json'),
    ).toThrow('creds.json[1]: apiSecret is required (got an empty string)');
    expect(() => assertCredentialsList({ ...account, username: ' ' }, 'creds.json')).toThrow(
      'creds.json: username is required',
    );
  });

  it('refuses an empty list', () => {
    expect(() => assertCredentialsList([])).toThrow(
      'PAVE credentials must hold at least one account',
    );
  });
});
