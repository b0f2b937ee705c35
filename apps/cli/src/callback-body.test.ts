import { describe, expect, test } from 'vitest';
import { callbackBodyFromFlags } from './callback-body.js';

describe('callbackBodyFromFlags', () => {
  test('maps every flag', () => {
    expect(
      callbackBodyFromFlags({
        event: 'SESSION:COMPLETE',
        url: 'https://example.com/pave',
        method: 'PUT',
        header: ['Authorization: Bearer abc', 'X-Source: pave'],
        payload: ['source=PAVE'],
      }),
    ).toEqual({
      event: 'SESSION:COMPLETE',
      url: 'https://example.com/pave',
      method: 'PUT',
      headers: { Authorization: 'Bearer abc', 'X-Source': 'pave' },
      payload: { source: 'PAVE' },
    });
  });

  test('leaves out what was not given, so the spec check names missing fields', () => {
    expect(callbackBodyFromFlags({ url: 'https://example.com/pave' })).toEqual({
      url: 'https://example.com/pave',
    });
    expect(callbackBodyFromFlags({})).toEqual({});
  });
});
