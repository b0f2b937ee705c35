/** The base of every error @pave-kit/client throws, so one `instanceof` catches them all. */

/**
 * Subclasses carry what a caller needs to act on (status, method, URL, timeout) and never a
 * request header: the `API-Token` and the secret behind it stay out of logs.
 */
export class PaveError extends Error {
  override readonly name: string = 'PaveError';
}
