/** An option given to `createWebhookHandler` breaks its rule; thrown at creation, not per call. */

/**
 * A TypeError, like other programming mistakes, carrying the option and its rule apart so a
 * config loader can say it in its own words. The message never holds a header's value: those
 * are the secrets that authenticate PAVE's calls.
 */
export class WebhookOptionsError extends TypeError {
  override readonly name = 'WebhookOptionsError';
  /** The option at fault, e.g. `headers.Authorization`, `on["SESSION:COMPLETED"]`, `maxBodyBytes`. */
  readonly option: string;
  /** What it must be, e.g. `must be a non-empty string (got a number)`. */
  readonly rule: string;

  constructor(option: string, rule: string) {
    super(`createWebhookHandler: ${option} ${rule}`);
    this.option = option;
    this.rule = rule;
  }
}
