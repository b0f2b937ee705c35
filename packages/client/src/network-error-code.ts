/** The Node error code behind a failed `fetch`, e.g. `ECONNREFUSED`. */

/**
 * undici rejects with `TypeError('fetch failed')` and puts the socket error in `cause`. When it
 * tried several addresses the cause is an `AggregateError` whose `errors` carry the codes; it
 * counts as refused only when every address refused.
 */
export function networkErrorCode(error: unknown): string | undefined {
  for (const candidate of [error, causeOf(error)]) {
    const code = codeOf(candidate);
    if (code !== undefined) return code;
    if (candidate instanceof AggregateError) {
      const codes = new Set(candidate.errors.map(codeOf));
      const [only] = codes;
      if (codes.size === 1 && only !== undefined) return only;
    }
  }
  return undefined;
}

function causeOf(error: unknown): unknown {
  return error instanceof Error ? error.cause : undefined;
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}
