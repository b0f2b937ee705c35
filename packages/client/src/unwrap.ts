/** For callers who prefer exceptions: an openapi-fetch result to its data, or a `PaveApiError`. */

import { PaveApiError } from './errors/pave-api-error.js';
import { exchangeOf } from './exchange.js';

/** The success branch of openapi-fetch's result union, whose `data` is the typed body. */
type SuccessData<Result> = Result extends { data: infer Data; error?: never } ? Data : never;

/**
 * Returns `result.data` when the status was 2xx, and throws a `PaveApiError` otherwise:
 * `unwrap(await client.POST('/v1/sessions', { body }))` is a `CreatedSession`.
 */
export function unwrap<Result extends { data?: unknown; error?: unknown; response: Response }>(
  result: Result,
): SuccessData<Result> {
  const { response } = result;
  if (response.ok) return result.data as SuccessData<Result>;
  const exchange = exchangeOf(response);
  throw new PaveApiError({
    status: response.status,
    statusText: response.statusText,
    body: result.error,
    method: exchange?.method,
    url: exchange?.url ?? response.url,
    requestId:
      response.headers.get('x-request-id') ?? response.headers.get('request-id') ?? undefined,
    response,
  });
}
