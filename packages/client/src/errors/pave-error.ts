/** The base of the errors a call through a `createPaveClient` client can end in. */

/**
 * `PaveApiError` (from `unwrap`), `PaveTimeoutError`, `PaveNetworkError` and `PaveContractError`
 * extend it, so one `instanceof PaveError` catches every way a call can fail. Two things are
 * deliberately outside it: a call the caller aborted rejects with the caller's own reason, and a
 * mistake in the options is thrown by `createPaveClient` itself, before any call, as a
 * `PaveOptionsError` or `@pave-kit/auth`'s `PaveCredentialsError`; both are `TypeError`s, like other
 * programming mistakes, so a handler for failed calls does not hide a misconfigured client.
 *
 * Subclasses carry what a caller needs to act on (status, method, URL, timeout) and never a
 * request header: the `API-Token` and the secret behind it stay out of logs.
 */
export class PaveError extends Error {
  override readonly name: string = 'PaveError';
}
