import { describe, expect, test } from 'vitest';
import { createOutput, labelled } from './output.js';

function sinks() {
  const printed = { stdout: '', stderr: '' };
  return {
    printed,
    stdout: { write: (chunk: string) => (printed.stdout += chunk) },
    stderr: { write: (chunk: string) => (printed.stderr += chunk) },
  };
}

describe('createOutput', () => {
  test('prints the human lines by default', () => {
    const { printed, stdout, stderr } = sinks();
    createOutput(stdout, stderr, false).result({ a: 1 }, (data) => [`a is ${data.a}`]);
    expect(printed).toEqual({ stdout: 'a is 1\n', stderr: '' });
  });

  test('prints the whole response as JSON with --json', () => {
    const { printed, stdout, stderr } = sinks();
    createOutput(stdout, stderr, true).result({ a: 1, b: [2] }, () => ['ignored']);
    expect(JSON.parse(printed.stdout)).toEqual({ a: 1, b: [2] });
  });

  test('messages go to stderr', () => {
    const { printed, stdout, stderr } = sinks();
    createOutput(stdout, stderr, true).message(['one', 'two']);
    expect(printed).toEqual({ stdout: '', stderr: 'one\ntwo\n' });
  });

  test('a line break inside a line is escaped, so one line stays one line', () => {
    const { printed, stdout, stderr } = sinks();
    const output = createOutput(stdout, stderr, false);
    output.message('PAVE says: ok\nCapture URL: https://evil.example/');
    output.result({ url: '\u001b[2Jx' }, (data) => [`URL: ${data.url}`]);
    expect(printed).toEqual({
      stdout: 'URL: \\u001b[2Jx\n',
      stderr: 'PAVE says: ok\\u000aCapture URL: https://evil.example/\n',
    });
  });
});

describe('labelled', () => {
  test('aligns values and skips missing ones', () => {
    expect(
      labelled([
        ['Session key', 'XXX-1'],
        ['Status', undefined],
        ['Theme', 'PRO'],
        ['Ended', null],
        ['Count', 3],
      ]),
    ).toEqual(['Session key: XXX-1', 'Theme:       PRO', 'Count:       3']);
  });
});
