import { describe, expect, it } from 'vitest';
import { networkErrorCode } from './network-error-code.js';

const systemError = (code: string) => Object.assign(new Error(`connect ${code}`), { code });

describe('networkErrorCode', () => {
  it("reads the code from undici's TypeError('fetch failed') cause", () => {
    const error = new TypeError('fetch failed', { cause: systemError('ECONNREFUSED') });
    expect(networkErrorCode(error)).toBe('ECONNREFUSED');
  });

  it('reads a code set on the error itself', () => {
    expect(networkErrorCode(systemError('ECONNRESET'))).toBe('ECONNRESET');
  });

  it('reads an AggregateError only when every address gave the same code', () => {
    const allRefused = new AggregateError([
      systemError('ECONNREFUSED'),
      systemError('ECONNREFUSED'),
    ]);
    const mixed = new AggregateError([systemError('ECONNREFUSED'), systemError('ETIMEDOUT')]);
    expect(networkErrorCode(new TypeError('fetch failed', { cause: allRefused }))).toBe(
      'ECONNREFUSED',
    );
    expect(networkErrorCode(new TypeError('fetch failed', { cause: mixed }))).toBeUndefined();
  });

  it('answers undefined when there is no code', () => {
    expect(networkErrorCode(new TypeError('fetch failed'))).toBeUndefined();
    expect(networkErrorCode('boom')).toBeUndefined();
    expect(networkErrorCode(new DOMException('aborted', 'AbortError'))).toBeUndefined();
  });
});
