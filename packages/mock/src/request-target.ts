// The rules for where a request is addressed: its request target and, with it, its Host header
// (together they make the URL a server sees). The mock serves paths of its own, nothing else.

/**
 * Why the mock will not serve this request target, or undefined when it will. Only origin-form
 * targets (`/v1/sessions?x=1`) pass: an absolute-form (`http://host/x`), scheme-relative
 * (`//host/x`) or backslashed (`/\host/x`) target resolves to another host under URL rules,
 * and a path that cannot be percent-decoded makes Prism's router throw.
 */
export function refuseRequestTarget(target: string): string | undefined {
  if (!target.startsWith('/') || target.startsWith('//') || target.includes('\\')) {
    return `The mock serves only paths such as /v1/sessions; the request target ${JSON.stringify(target)} is not one.`;
  }
  const queryStart = target.indexOf('?');
  const path = queryStart < 0 ? target : target.slice(0, queryStart);
  if (/%(?![0-9A-Fa-f]{2})/.test(path)) {
    return `The path ${JSON.stringify(path)} holds a malformed percent-escape: % must be followed by two hex digits.`;
  }
  // The decoded path is compared, not ignored: a bundler drops a pure call whose result is
  // unused, and with it the exception this check exists for.
  let decoded: string | undefined;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    decoded = undefined;
  }
  if (decoded === undefined) {
    return `The path ${JSON.stringify(path)} holds percent-escapes that do not spell UTF-8 text.`;
  }
  return undefined;
}

// A name, an IPv4 address or a bracketed IPv6 address, then an optional port.
const hostPattern = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)(?::(\d{1,5}))?$/;

/**
 * Why the mock will not serve a request with this Host header, or undefined when it will. The
 * mock never uses the host, but Hono builds the request's URL from it, so it must be one.
 */
export function refuseHost(host: string | undefined, httpVersion: string): string | undefined {
  if (host === undefined) {
    return httpVersion === '1.0' ? undefined : 'The Host header is missing: HTTP/1.1 requires it.';
  }
  const match = hostPattern.exec(host);
  if (match && (match[1] === undefined || Number(match[1]) <= 65535)) return undefined;
  return `The Host header ${JSON.stringify(host)} is not a host name with an optional port.`;
}
