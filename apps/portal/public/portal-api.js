// @ts-check
/** The page's only way out: JSON calls to the portal's own API, never to PAVE. */

/**
 * @typedef {{ kind: string, message: string }} PortalError
 * @typedef {{ ok: true, status: number, data: any }
 *   | { ok: false, status: number, error?: PortalError, message?: string,
 *       fieldErrors?: Record<string, string[]> }} PortalAnswer
 */

/**
 * Resolves for every outcome, so callers branch on `ok` instead of catching: a portal that is
 * down becomes an error like any other, with words for the banner.
 *
 * @param {'GET' | 'POST' | 'DELETE'} method
 * @param {string} path
 * @param {unknown} [body]
 * @returns {Promise<PortalAnswer>}
 */
export async function callPortal(method, path, body) {
  /** @type {Record<string, string>} */
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return {
      ok: false,
      status: 0,
      error: {
        kind: 'portal-down',
        message: 'The portal did not answer. Check that it is still running, then try again.',
      },
    };
  }
  const data = await response.json().catch(() => null);
  if (response.ok) return { ok: true, status: response.status, data };
  if (data && typeof data === 'object' && (data.error || data.fieldErrors)) {
    return { ok: false, status: response.status, ...data };
  }
  return {
    ok: false,
    status: response.status,
    error: {
      kind: 'unexpected',
      message: `The portal answered ${response.status} without saying why. Try again.`,
    },
  };
}
