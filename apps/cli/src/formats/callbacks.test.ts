import { describe, expect, test } from 'vitest';
import { formatCallbackEntry, formatCallbackList, formatCallbackSaved } from './callbacks.js';

describe('callback formats', () => {
  test('a list is one aligned line per event', () => {
    expect(
      formatCallbackList({
        api_key: 'key',
        data: [
          { event: 'SESSION:COMPLETE', url: 'https://example.com/a', method: 'POST' },
          { event: 'SESSION:STATUS_CHANGE', url: 'https://example.com/b' },
        ],
      }),
    ).toEqual([
      'SESSION:COMPLETE       POST https://example.com/a',
      'SESSION:STATUS_CHANGE  POST https://example.com/b',
    ]);
    expect(formatCallbackList({ api_key: 'key', data: [] })).toEqual([
      'No callbacks are registered for this API key.',
    ]);
  });

  test('shows header names but not their values, and not the API key', () => {
    const lines = formatCallbackSaved({
      api_key: 'key_123',
      event: 'SESSION:COMPLETE',
      url: 'https://example.com/a',
      headers: { Authorization: 'Bearer secret-token' },
      payload: { source: 'PAVE' },
    });
    const text = lines.join('\n');
    expect(text).toContain('Headers: Authorization (values hidden; --json shows them)');
    expect(text).toContain('Payload: {"source":"PAVE"}');
    expect(text).not.toContain('secret-token');
    expect(text).not.toContain('key_123');
  });

  test('an entry without headers or payload leaves those lines out', () => {
    expect(
      formatCallbackEntry({ event: 'SESSION:COMPLETE', url: 'https://example.com/a' }),
    ).toEqual(['Event:  SESSION:COMPLETE', 'URL:    https://example.com/a', 'Method: POST']);
  });
});
