import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { mockLimits } from './limits.js';

// The README's table of limits is what users plan around: it must say what the code enforces.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

function row(what: string): string {
  const line = readme.split('\n').find((text) => text.startsWith(`| ${what}`));
  expect(line, `the README's limits table has a "${what}" row`).toBeDefined();
  return line ?? '';
}

test('the README states each limit the mock enforces', () => {
  expect(row('largest request body')).toContain(
    `${mockLimits.maxBodyBytes / 1024 / 1024} MiB (${mockLimits.maxBodyBytes.toLocaleString('en')} bytes)`,
  );
  expect(row('time to send the headers')).toContain(`${mockLimits.headersTimeoutMs / 1000} s`);
  expect(row('time to send the whole request')).toContain(
    `${mockLimits.requestTimeoutMs / 1000} s`,
  );
  expect(row('request line and headers')).toContain(`${mockLimits.maxHeaderBytes / 1024} KiB`);
  expect(row('idle keep-alive connection')).toContain(`${mockLimits.keepAliveTimeoutMs / 1000} s`);
});
