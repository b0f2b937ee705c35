/** Repeatable `key=value` and `Name: value` options, read into objects. */
import { UsageError } from './usage-error.js';

/** `coupon=SPRING=2021` is `{ coupon: 'SPRING=2021' }`: only the first `=` separates. */
export function parseKeyValue(option: string, text: string): [string, string] {
  const at = text.indexOf('=');
  const key = at === -1 ? '' : text.slice(0, at).trim();
  if (key === '') {
    throw new UsageError(`${option} expects key=value, got ${JSON.stringify(text)}`);
  }
  return [key, text.slice(at + 1)];
}

/** `'Authorization: Bearer x'` is `['Authorization', 'Bearer x']`, as curl writes headers. */
export function parseHeader(option: string, text: string): [string, string] {
  const at = text.indexOf(':');
  const name = at === -1 ? '' : text.slice(0, at).trim();
  // The value is left out of the message: header values are often tokens.
  if (at === -1) throw new UsageError(`${option} expects 'Name: value', got no colon`);
  if (name === '' || /\s/.test(name)) {
    throw new UsageError(
      `${option} expects 'Name: value', got ${JSON.stringify(name)} as the name`,
    );
  }
  return [name, text.slice(at + 1).trim()];
}

/** Later entries win over earlier ones with the same key, as a repeated flag usually does. */
export function collectPairs(
  option: string,
  entries: readonly string[] | undefined,
  parse: (option: string, text: string) => [string, string] = parseKeyValue,
): Record<string, string> | undefined {
  if (entries === undefined || entries.length === 0) return undefined;
  return Object.fromEntries(entries.map((entry) => parse(option, entry)));
}
