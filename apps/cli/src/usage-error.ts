/** A mistake in what the user typed or configured, found before anything was sent (exit 2). */

/**
 * `lines` are printed one per line, as they are: validation issues read best as
 * `vehicle.vin: must be 17 characters, got 16`, one field a line.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly lines: readonly string[];

  constructor(lines: string | readonly string[]) {
    const list = typeof lines === 'string' ? [lines] : [...lines];
    super(list.join('\n'));
    this.lines = list;
  }
}
