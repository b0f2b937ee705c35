/** How an error message names the request it is about: `POST /v1/sessions`. */

/**
 * The path and query only: the host is the same for every call and makes a log line longer
 * without making it clearer. The full URL stays on the error's `url`.
 */
export function requestLabel(method: string | undefined, url: string): string {
  let target = url;
  try {
    const parsed = new URL(url);
    target = `${parsed.pathname}${parsed.search}`;
  } catch {
    // A response built by hand has no URL; say so rather than print an empty string.
    target = url === '' ? 'a request' : url;
  }
  return method ? `${method} ${target}` : target;
}
