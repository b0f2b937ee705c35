import { describe, expect, it } from 'vitest';
import { createAuthHeaders } from './headers.js';
import { computeToken } from './token.js';
import { verifyToken } from './verify.js';

const demo = { username: 'demo', apiKey: 'key_123', apiSecret: 'secret_456' };
const signedAt = new Date('2021-05-30T12:49:19Z');
const signed = createAuthHeaders(demo, signedAt);
const seconds = (n: number) => new Date(signedAt.getTime() + n * 1000);

/** Headers as Node's http module hands them over: lower-case keys. */
function nodeStyle(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

describe('verifyToken: accepting', () => {
  it('accepts a fresh, correct signature in a fetch Headers object', () => {
    expect(verifyToken(new Headers(signed), { credentials: demo, now: signedAt })).toEqual({
      ok: true,
      credentials: demo,
    });
  });

  it('accepts the same headers as a Node-style record', () => {
    const result = verifyToken(nodeStyle(signed), { credentials: demo, now: signedAt });
    expect(result.ok).toBe(true);
  });

  it('picks the account by API-Key from a list and returns that very entry', () => {
    const other = { username: 'other', apiKey: 'key_999', apiSecret: 'secret_999', tenant: 7 };
    const mine = { ...demo, tenant: 3 };
    const result = verifyToken(signed, { credentials: [other, mine], now: signedAt });
    expect(result.ok && result.credentials).toBe(mine);
  });

  it('defaults now to the current time', () => {
    expect(verifyToken(createAuthHeaders(demo), { credentials: demo }).ok).toBe(true);
  });
});

describe('verifyToken: skew, inclusive at maxSkewSeconds on both sides', () => {
  it.each([
    [300, true, undefined],
    [301, false, 'stale-timestamp'],
    [-300, true, undefined],
    [-301, false, 'future-timestamp'],
  ])('now = signed %+d s: ok %s', (offset, ok, reason) => {
    const result = verifyToken(signed, { credentials: demo, now: seconds(offset) });
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.reason).toBe(reason);
  });

  it('rejects one millisecond past the limit', () => {
    const now = new Date(signedAt.getTime() + 300_001);
    const result = verifyToken(signed, { credentials: demo, now });
    expect(result).toMatchObject({
      reason: 'stale-timestamp',
      message: 'API-Timestamp is 301 s old; at most 300 s allowed',
    });
  });

  it('says how old a stale timestamp is', () => {
    expect(verifyToken(signed, { credentials: demo, now: seconds(412) })).toEqual({
      ok: false,
      reason: 'stale-timestamp',
      header: 'API-Timestamp',
      message: 'API-Timestamp is 412 s old; at most 300 s allowed',
    });
  });

  it('says how far ahead a future timestamp is', () => {
    expect(verifyToken(signed, { credentials: demo, now: seconds(-412) })).toMatchObject({
      reason: 'future-timestamp',
      message:
        "API-Timestamp is 412 s in the future; at most 300 s allowed (check the client's clock)",
    });
  });

  it('honours a custom maxSkewSeconds, including 0', () => {
    expect(
      verifyToken(signed, { credentials: demo, now: seconds(60), maxSkewSeconds: 60 }).ok,
    ).toBe(true);
    expect(
      verifyToken(signed, { credentials: demo, now: seconds(61), maxSkewSeconds: 60 }).ok,
    ).toBe(false);
    expect(verifyToken(signed, { credentials: demo, now: signedAt, maxSkewSeconds: 0 }).ok).toBe(
      true,
    );
  });
});

describe('verifyToken: wrong token', () => {
  const verify = (token: string, credentials = demo) =>
    verifyToken({ ...signed, 'API-Token': token }, { credentials, now: signedAt });

  it('rejects a token with one hex character flipped', () => {
    const token = signed['API-Token'];
    const flipped = `${token.slice(0, 10)}${token[10] === '0' ? '1' : '0'}${token.slice(11)}`;
    expect(verify(flipped)).toEqual({
      ok: false,
      reason: 'wrong-token',
      header: 'API-Token',
      message:
        'API-Token does not match: it must be the HMAC-SHA256 of "username:apiKey@timestamp", ' +
        'keyed with the API secret, over the exact API-Timestamp string sent',
    });
  });

  it('rejects a token signed with another secret', () => {
    const forged = createAuthHeaders({ ...demo, apiSecret: 'not_the_secret' }, signedAt);
    expect(verify(forged['API-Token'])).toMatchObject({ reason: 'wrong-token' });
  });

  it('rejects a token signed for another username', () => {
    const forged = createAuthHeaders({ ...demo, username: 'branch-account' }, signedAt);
    expect(verify(forged['API-Token'])).toMatchObject({ reason: 'wrong-token' });
  });

  // PAVE specifies lowercase hex; a mock that accepted uppercase would pass clients PAVE may refuse.
  it('rejects the right token in uppercase hex, and says why', () => {
    expect(verify(signed['API-Token'].toUpperCase())).toMatchObject({
      reason: 'wrong-token',
      message: 'API-Token must be lowercase hex, as PAVE specifies; it contains uppercase letters',
    });
  });

  it.each(['', 'abc', `${'a'.repeat(64)}0`, 'é'.repeat(32), 'z'.repeat(64)])(
    'rejects a token of the wrong shape (%j) without throwing',
    (token) => {
      const result = verify(token);
      expect(result.ok).toBe(false);
    },
  );

  it('says when a token of the right length is not hex', () => {
    expect(verify('z'.repeat(64))).toMatchObject({
      reason: 'wrong-token',
      message:
        'API-Token must be 64 lowercase hex characters (HMAC-SHA256); it contains other characters',
    });
  });

  it('describes a token of the wrong length by its length only', () => {
    expect(verify('abc')).toMatchObject({
      reason: 'wrong-token',
      message: 'API-Token must be 64 lowercase hex characters (HMAC-SHA256); got 3 characters',
    });
  });

  it('checks the token after the timestamp, so a replayed old request reads as stale', () => {
    const result = verifyToken(
      { ...signed, 'API-Token': 'x' },
      { credentials: demo, now: seconds(3600) },
    );
    expect(result).toMatchObject({ reason: 'stale-timestamp' });
  });
});

describe('verifyToken: unknown key', () => {
  it('rejects an API-Key that matches no credentials, without echoing it', () => {
    const result = verifyToken(
      { ...signed, 'API-Key': 'key_000' },
      { credentials: [demo], now: signedAt },
    );
    expect(result).toEqual({
      ok: false,
      reason: 'unknown-key',
      header: 'API-Key',
      message: 'API-Key is not a key this server knows',
    });
  });

  it('rejects a token that is valid for another configured account', () => {
    const other = { username: 'other', apiKey: 'key_999', apiSecret: 'secret_999' };
    const theirs = createAuthHeaders(other, signedAt);
    const result = verifyToken(
      { ...theirs, 'API-Key': demo.apiKey },
      { credentials: [demo, other], now: signedAt },
    );
    expect(result).toMatchObject({ reason: 'wrong-token' });
  });
});

describe('verifyToken: missing headers', () => {
  it.each(['API-Key', 'API-Timestamp', 'API-Token'] as const)('reports a missing %s', (name) => {
    const { [name]: _, ...rest } = signed;
    expect(verifyToken(rest, { credentials: demo, now: signedAt })).toEqual({
      ok: false,
      reason: 'missing-header',
      header: name,
      message: `${name} header is missing or empty; PAVE requires API-Key, API-Token and API-Timestamp on every request`,
    });
  });

  it('treats an empty header as missing', () => {
    const result = verifyToken(
      { ...signed, 'API-Token': '' },
      { credentials: demo, now: signedAt },
    );
    expect(result).toMatchObject({ reason: 'missing-header', header: 'API-Token' });
  });

  it('lists every missing header when several are missing', () => {
    expect(verifyToken({}, { credentials: demo, now: signedAt })).toMatchObject({
      reason: 'missing-header',
      header: 'API-Key',
      message:
        'API-Key, API-Timestamp and API-Token headers are missing or empty; ' +
        'PAVE requires API-Key, API-Token and API-Timestamp on every request',
    });
    expect(verifyToken(new Headers(), { credentials: demo, now: signedAt })).toMatchObject({
      reason: 'missing-header',
    });
  });

  it('does not take "API Timestamp" (with a space, as one PAVE page spells it) for the header', () => {
    const { 'API-Timestamp': timestamp, ...rest } = signed;
    const result = verifyToken(
      { ...rest, 'API Timestamp': timestamp },
      { credentials: demo, now: signedAt },
    );
    expect(result).toMatchObject({ reason: 'missing-header', header: 'API-Timestamp' });
  });
});

describe('verifyToken: timestamp form', () => {
  const verifyAt = (timestamp: string) =>
    verifyToken({ ...signed, 'API-Timestamp': timestamp }, { credentials: demo, now: signedAt });
  const form = 'API-Timestamp must look like 2021-05-30T12:49:19Z (UTC, second precision)';

  it.each([
    [
      'epoch seconds (hotspots samples)',
      '1622378959',
      `${form}; got "1622378959", which looks like Unix epoch time`,
    ],
    [
      'milliseconds (JS toJSON)',
      '2021-05-30T12:49:19.123Z',
      `${form}; got "2021-05-30T12:49:19.123Z"; drop the fractional seconds`,
    ],
    [
      'a +00:00 offset',
      '2021-05-30T12:49:19+00:00',
      `${form}; got "2021-05-30T12:49:19+00:00"; write UTC as Z, not as an offset`,
    ],
    [
      'microseconds and an offset (Python isoformat)',
      '2021-05-30T12:49:19.123456+00:00',
      `${form}; got "2021-05-30T12:49:19.123456+00:00"; drop the fractional seconds and write UTC as Z, not as an offset`,
    ],
    [
      'an HTTP date (toUTCString)',
      'Sun, 30 May 2021 12:49:19 GMT',
      `${form}; got "Sun, 30 May 2021 12:49:19 GMT"`,
    ],
    [
      'a day that does not exist',
      '2021-02-30T12:49:19Z',
      `${form}; got "2021-02-30T12:49:19Z", which is not a real date and time`,
    ],
  ])('rejects %s and names the accepted form', (_, timestamp, message) => {
    expect(verifyAt(timestamp)).toEqual({
      ok: false,
      reason: 'bad-timestamp',
      header: 'API-Timestamp',
      message,
    });
  });

  it('rejects a correctly signed epoch timestamp: the form is checked, not just the HMAC', () => {
    const timestamp = String(signedAt.getTime() / 1000);
    const headers = { ...signed, 'API-Timestamp': timestamp };
    headers['API-Token'] = computeToken({ ...demo, timestamp });
    expect(verifyToken(headers, { credentials: demo, now: signedAt })).toMatchObject({
      reason: 'bad-timestamp',
    });
  });

  it('shortens a very long timestamp in the message', () => {
    const result = verifyAt('9'.repeat(500));
    expect(result.ok === false && result.message.length).toBeLessThan(200);
  });
});

describe('verifyToken: server-side misconfiguration throws', () => {
  it('rejects bad credentials, naming the entry and field', () => {
    expect(() => verifyToken(signed, { credentials: { ...demo, apiSecret: '' } })).toThrow(
      'PAVE credentials: apiSecret is required (got an empty string)',
    );
    expect(() =>
      verifyToken(signed, { credentials: [demo, { ...demo, apiKey: 'k2', apiSecret: '' }] }),
    ).toThrow('PAVE credentials[1]: apiSecret is required (got an empty string)');
  });

  it('rejects an empty list and a repeated apiKey', () => {
    expect(() => verifyToken(signed, { credentials: [] })).toThrow(
      'PAVE credentials must hold at least one account',
    );
    expect(() =>
      verifyToken(signed, { credentials: [demo, { ...demo, apiSecret: 'other' }] }),
    ).toThrow('PAVE credentials[1]: apiKey repeats the apiKey of PAVE credentials[0]');
  });

  it('rejects a negative or non-finite maxSkewSeconds and an invalid now', () => {
    expect(() => verifyToken(signed, { credentials: demo, maxSkewSeconds: -1 })).toThrow(
      RangeError,
    );
    expect(() => verifyToken(signed, { credentials: demo, maxSkewSeconds: Number.NaN })).toThrow(
      RangeError,
    );
    expect(() => verifyToken(signed, { credentials: demo, now: new Date('x') })).toThrow(
      'verifyToken: now must be a valid Date',
    );
  });
});
