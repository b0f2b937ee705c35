import { describe, expect, test } from 'vitest';
import { parseEventBody } from './event-body.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseEventBody', () => {
  test('reads the event from the body and keeps the whole body as the payload', () => {
    const body = {
      event: 'SESSION:STATUS_CHANGE',
      session_key: 'XXX-ABCDE12345',
      status: 'STARTED',
    };
    expect(parseEventBody(utf8(JSON.stringify(body)))).toEqual({
      kind: 'event',
      event: 'SESSION:STATUS_CHANGE',
      payload: body,
    });
  });

  test('an event the spec does not define is told apart, not refused', () => {
    expect(parseEventBody(utf8('{"event": "SESSION:ARCHIVED"}'))).toEqual({
      kind: 'unknown-event',
    });
  });

  test.each([
    [
      'bytes that are not UTF-8',
      new Uint8Array([0x7b, 0xff, 0x7d]),
      'body',
      /^must be UTF-8 text$/,
    ],
    ['an empty body', utf8(''), 'body', /^must be valid JSON$/],
    ['malformed JSON', utf8('{"event": '), 'body', /^must be valid JSON$/],
    [
      'a JSON array',
      utf8('[{"event": "SESSION:COMPLETE"}]'),
      'body',
      /^must be an object, got an array$/,
    ],
    ['JSON null', utf8('null'), 'body', /^must be an object, got null$/],
    [
      'no event',
      utf8('{"session_key": "XXX-ABCDE12345"}'),
      'event',
      /^is required: register the callback with payload \{"event": "<its event>"\}/,
    ],
    [
      'an event that is a number',
      utf8('{"event": 4}'),
      'event',
      /^must be a string, got a number$/,
    ],
  ])('%s: invalid, naming the field', (_, bytes, field, problem) => {
    const parsed = parseEventBody(bytes);
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind !== 'invalid') return;
    expect(Object.keys(parsed.errors)).toEqual([field]);
    expect(parsed.errors[field]?.[0]).toMatch(problem);
  });
});
