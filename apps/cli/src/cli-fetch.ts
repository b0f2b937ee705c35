/** The fetch the CLI hands to the client: adds `--prefer` and, with `--verbose`, logs each attempt. */
import { type FetchFunction, networkErrorCode } from '@pave-kit/client';

export interface CliFetchOptions {
  fetch: FetchFunction;
  /** Sent as the `Prefer` header: Prism mocks use it to choose a response. */
  prefer?: string | undefined;
  /** Receives one line per attempt; undefined when not verbose. */
  log?: ((line: string) => void) | undefined;
}

/**
 * Wrapping fetch rather than the client sees every attempt, retries included, after signing.
 * Only the method, URL, status and timing are logged: never a header, so the `API-Token` (and
 * the secret it is made from) cannot reach a terminal or a CI log.
 */
export function createCliFetch({ fetch, prefer, log }: CliFetchOptions): FetchFunction {
  const attempts = new Map<string, number>();
  return async (request, init) => {
    if (prefer !== undefined) request.headers.set('Prefer', prefer);
    if (!log) return fetch(request, init);
    const target = `${request.method} ${request.url}`;
    const attempt = (attempts.get(target) ?? 0) + 1;
    attempts.set(target, attempt);
    const extra = prefer === undefined ? '' : `, Prefer: ${prefer}`;
    const started = performance.now();
    const elapsed = () => `${Math.round(performance.now() - started)} ms`;
    try {
      const response = await fetch(request, init);
      const statusText = response.statusText ? ` ${response.statusText}` : '';
      log(
        `${target} -> ${response.status}${statusText} in ${elapsed()} (attempt ${attempt}${extra})`,
      );
      return response;
    } catch (error) {
      const reason = request.signal.aborted ? 'aborted' : describeNetworkError(error);
      log(`${target} -> no answer (${reason}) after ${elapsed()} (attempt ${attempt}${extra})`);
      throw error;
    }
  };
}

// undici rejects with "fetch failed" and keeps the reason in `cause`: a code such as ECONNREFUSED,
// or only a message ("bad port").
function describeNetworkError(error: unknown): string {
  const code = networkErrorCode(error);
  if (code !== undefined) return code;
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && cause.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
