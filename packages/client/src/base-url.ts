/** Checking and normalising the `baseUrl` option. */

import { PaveOptionsError } from './errors/pave-options-error.js';

export const defaultBaseUrl = 'https://openapi.paveapi.com';

/**
 * Returns the URL without trailing slashes, ready for openapi-fetch to append `/v1/...`.
 * Only the kind of a bad value is reported, never the value: a URL can carry a password.
 */
export function normalizeBaseUrl(baseUrl: unknown): string {
  const expected = `must be an http(s) URL such as ${defaultBaseUrl}`;
  const fail = (rule: string) => new PaveOptionsError('baseUrl', rule);
  if (typeof baseUrl !== 'string') {
    throw fail(`${expected} (got ${baseUrl === null ? 'null' : typeof baseUrl})`);
  }
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    throw fail(`${expected} (got a string that is not an absolute URL)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw fail(`${expected} (got the protocol ${JSON.stringify(url.protocol)})`);
  }
  if (url.username !== '' || url.password !== '') {
    throw fail(`${expected} without a user or password in it; PAVE signs with headers`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw fail(`${expected} without a query or fragment; paths are appended to it`);
  }
  const path = url.pathname.replace(/\/+$/, '');
  // The spec's paths carry the version, so a base ending in /v1 would call /v1/v1/sessions.
  if (/\/v\d+$/.test(path)) {
    throw fail(
      `${expected} without the version: paths already start with /v1 (use the host alone, ` +
        `e.g. ${defaultBaseUrl})`,
    );
  }
  return `${url.origin}${path}`;
}
