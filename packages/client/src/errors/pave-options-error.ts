/** An option given to `createPaveClient` is missing its rule; thrown before any request. */

/**
 * A TypeError, like other programming mistakes, carrying the option's name and the rule apart so
 * a CLI or a config loader can say it in its own words (`--base-url must be ...`). The message
 * reports only the kind of a bad value, never the value: a URL can carry a password.
 */
export class PaveOptionsError extends TypeError {
  override readonly name = 'PaveOptionsError';
  /** The option at fault, e.g. `baseUrl`, `timeoutMs`, `retry.limit`. */
  readonly option: string;
  /** What the option must be, e.g. `must be an http(s) URL such as ... (got a number)`. */
  readonly rule: string;

  constructor(option: string, rule: string) {
    super(`createPaveClient: ${option} ${rule}`);
    this.option = option;
    this.rule = rule;
  }
}
