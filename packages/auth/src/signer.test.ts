import { describe, expect, it } from 'vitest';
import { createSigner } from './signer.js';
import { computeToken } from './token.js';
import { verifyToken } from './verify.js';

const credentials = { username: 'demo', apiKey: 'key_123', apiSecret: 'secret_456' };

describe('createSigner', () => {
  it("gives PAVE's known answer", () => {
    const sign = createSigner(credentials);
    expect(sign(new Date('2021-05-30T12:49:19.400Z'))).toEqual({
      'API-Key': 'key_123',
      'API-Token': '229ed1bf5d987ec61704eca140e4d8884eba0465f1510892dd1a8c5cf1678f7a',
      'API-Timestamp': '2021-05-30T12:49:19Z',
    });
  });

  it('signs each second for itself, whatever order the moments come in', () => {
    const sign = createSigner(credentials);
    const moments = [
      '2021-05-30T12:49:19.999Z',
      '2021-05-30T12:49:20.000Z',
      '2021-05-30T12:49:19.000Z',
      '2021-05-30T12:49:20.500Z',
      '1969-12-31T23:59:59.999Z',
    ];
    for (const moment of moments) {
      const headers = sign(new Date(moment));
      expect(headers['API-Timestamp']).toBe(`${moment.slice(0, 19)}Z`);
      expect(headers['API-Token']).toBe(
        computeToken({ ...credentials, timestamp: headers['API-Timestamp'] }),
      );
    }
  });

  it('gives a new object each time, so a caller changing one changes no other', () => {
    const sign = createSigner(credentials);
    const at = new Date('2021-05-30T12:49:19Z');
    const first = sign(at);
    first['API-Token'] = 'changed';
    expect(sign(at)['API-Token']).toBe(
      '229ed1bf5d987ec61704eca140e4d8884eba0465f1510892dd1a8c5cf1678f7a',
    );
  });

  it('signs now by default, in a form verifyToken accepts', () => {
    const headers = createSigner(credentials)();
    expect(verifyToken(headers, { credentials })).toEqual({ ok: true, credentials });
  });

  it('checks the credentials once, when it is created, and keeps its own copy', () => {
    expect(() => createSigner({ ...credentials, apiKey: 'key\r\n' })).toThrow(
      'PAVE credentials: apiKey must not contain control characters',
    );
    const mutable = { ...credentials };
    const sign = createSigner(mutable);
    mutable.apiSecret = 'other';
    mutable.apiKey = '';
    expect(sign(new Date('2021-05-30T12:49:19Z'))['API-Key']).toBe('key_123');
    expect(sign(new Date('2021-05-30T12:49:19Z'))['API-Token']).toMatch(/^229ed1bf/);
  });

  it('keeps two signers for two accounts apart', () => {
    const at = new Date('2021-05-30T12:49:19Z');
    const other = { ...credentials, apiKey: 'key_999', apiSecret: 'secret_999' };
    const first = createSigner(credentials);
    const second = createSigner(other);
    expect(first(at)['API-Token']).toBe(
      computeToken({ ...credentials, timestamp: '2021-05-30T12:49:19Z' }),
    );
    expect(second(at)['API-Token']).toBe(
      computeToken({ ...other, timestamp: '2021-05-30T12:49:19Z' }),
    );
  });

  it('refuses a date it cannot format', () => {
    expect(() => createSigner(credentials)(new Date('nope'))).toThrow(TypeError);
  });
});
