// RFC 6901 JSON pointers, the way every change the diff reports is named.

/**
 * @param {ReadonlyArray<string | number>} path the keys from the document root
 * @returns {string} e.g. `/paths/~1v1~1sessions/post` for `['paths', '/v1/sessions', 'post']`
 */
export function toJsonPointer(path) {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
