// The rule for request targets: the mock serves paths of its own, nothing that names a host.

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
  try {
    decodeURIComponent(path);
  } catch {
    return `The path ${JSON.stringify(path)} holds percent-escapes that do not spell UTF-8 text.`;
  }
  return undefined;
}
