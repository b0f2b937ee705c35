import { describe, expect, test } from 'vitest';
import { terminalLine, terminalText } from './terminal-text.js';

describe('terminalLine', () => {
  test.each([
    ['\u001b[2J', '\\u001b[2J'],
    ['\u001b]0;title\u0007', '\\u001b]0;title\\u0007'],
    ['one\ntwo\r', 'one\\u000atwo\\u000d'],
    ['tab\there', 'tab\\u0009here'],
    ['\u009b2J \u007f', '\\u009b2J \\u007f'],
    ['abc\u202edef\u2066', 'abc\\u202edef\\u2066'],
    ['line\u2028sep', 'line\\u2028sep'],
  ])('%j is shown as %s', (raw, shown) => {
    expect(terminalLine(raw)).toBe(shown);
  });

  test('ordinary text, accents and emoji pass unchanged', () => {
    const text = 'Capture URL: https://x.example/ä?q=1 — Zoë 🚗 日本';
    expect(terminalLine(text)).toBe(text);
  });

  test('an escaped JSON string reads back as the original', () => {
    const value = { name: 'a\u009bb\u202ec\u2028d' };
    expect(JSON.parse(terminalLine(JSON.stringify(value)))).toEqual(value);
  });
});

describe('terminalText', () => {
  test('keeps its own line breaks and escapes the rest', () => {
    expect(terminalText('error: \u001b[31m\nhelp\n')).toBe('error: \\u001b[31m\nhelp\n');
  });
});
