/** PAVE answered with success, but not with something pave can use (exit 10). */

/**
 * Kept apart from PAVE's own errors: the request may well have taken effect (a session created),
 * so a script must not treat this like a refusal and simply send it again.
 */
export class UnusableAnswerError extends Error {
  override readonly name = 'UnusableAnswerError';
}
