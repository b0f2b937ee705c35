/** JSON pointers (RFC 6901), the way every schema and issue of the contract is addressed. */

/** `~` becomes `~0` and `/` becomes `~1`, so any key can be one segment of a pointer. */
export function escapePointerSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The keys a pointer names, unescaped: `/paths/~1v1~1sessions` is `['paths', '/v1/sessions']`. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  // `~1` first: `~01` is the key `~1`, not `/`.
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'));
}
