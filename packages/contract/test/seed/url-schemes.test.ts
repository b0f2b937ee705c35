/**
 * The seed's 400 sample refuses a redirect URL (`session.redirect_url: ["Invalid redirect url"]`),
 * so PAVE checks it. The spec refuses, in every URL a request carries, the schemes a browser runs
 * or reads locally, matched the way a browser reads a URL: any case, after leading spaces and
 * control characters, with tabs and newlines inside the scheme ignored.
 */
import { describe, expect, test } from 'vitest';
import { formatIssue, validateRequestBody } from '../../src/index.js';

const refused: [string, string][] = [
  ['javascript:', 'javascript:alert(1)'],
  ['mixed case', 'JaVaScRiPt:alert(1)'],
  ['a leading space', ' javascript:alert(1)'],
  ['a leading control character', '\x01javascript:alert(1)'],
  ['a leading NUL and newline', '\x00\njavascript:alert(1)'],
  ['a tab inside the scheme', 'java\tscript:alert(1)'],
  ['a newline inside the scheme', 'java\nscript:alert(1)'],
  ['a carriage return before the colon', 'javascript\r:alert(1)'],
  ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['file:', 'file:///etc/passwd'],
  ['blob:', 'blob:https://dealer.example.com/4f0c1a2e-6f1b-4a57-9d0e-2b7f6a1c9e3d'],
  ['vbscript:', 'vbscript:msgbox(1)'],
];

const allowed = [
  'https://www.url-to-redirect-user-to.com',
  'http://dealer.example.com/done?l=en',
  'myapp://done',
  'com.dealer.app:/inspection/finished',
  // A scheme that only starts like a refused one is another scheme.
  'datatrack://done',
  'files.example://x',
];

/** Every URL a request carries, as the body that carries it. */
const carriers: [string, string, (url: string) => unknown][] = [
  ['createSession', 'session.redirect_url', (url) => ({ session: { redirect_url: url } })],
  ['updateSession', 'session.redirect_url', (url) => ({ session: { redirect_url: url } })],
  ['createCallback', 'url', (url) => ({ event: 'SESSION:COMPLETE', url })],
  ['updateCallback', 'url', (url) => ({ url })],
];

describe.each(carriers)('%s %s', (operationId, field, bodyWith) => {
  test.each(refused)('refuses %s', (_title, url) => {
    const result = validateRequestBody(operationId, bodyWith(url));
    if (result.ok) throw new Error(`${JSON.stringify(url)} was accepted`);
    expect([...new Set(result.issues.map((issue) => issue.field))]).toEqual([field]);
    const scheme = result.issues.find((issue) => issue.rule === 'pattern');
    if (!scheme) throw new Error(`no scheme rule among ${JSON.stringify(result.issues)}`);
    // The rule in words, not the regular expression behind it.
    expect(formatIssue(scheme)).toMatch(
      new RegExp(
        `^${field.replace('.', '\\.')}: must not use .*javascript:, vbscript:, data:, file: or blob:`,
      ),
    );
    expect(scheme.message).not.toContain('(?!');
  });

  test.each(allowed)('allows %s', (url) => {
    expect(validateRequestBody(operationId, bodyWith(url))).toEqual({ ok: true });
  });
});
