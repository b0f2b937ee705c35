/** Reading a request header from a fetch `Headers` or a Node `IncomingHttpHeaders`-style record. */

/** What servers hand over: a fetch `Headers`, or Node's `req.headers` (lower-case keys). */
export type IncomingHeaders = Headers | Record<string, string | string[] | undefined>;

/**
 * Returns the header's value, or undefined when it is absent or blank. Names match
 * case-insensitively. Repeated values are joined with ", " as `Headers.get` does, so both inputs
 * give the same answer (and a doubled header fails verification instead of picking one).
 */
export function readHeader(headers: IncomingHeaders, name: string): string | undefined {
  const value = isFetchHeaders(headers) ? headers.get(name) : readRecord(headers, name);
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

// Duck-typed, not instanceof: a Headers from another realm or fetch polyfill must still be read.
function isFetchHeaders(headers: IncomingHeaders): headers is Headers {
  return typeof (headers as { get?: unknown }).get === 'function';
}

function readRecord(
  headers: Record<string, string | string[] | undefined>,
  name: string,
): string | undefined {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    values.push(...(Array.isArray(value) ? value : [value]));
  }
  return values.length > 0 ? values.join(', ') : undefined;
}
