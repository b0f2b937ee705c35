/** The contract's validation issues, grouped the way PAVE groups its own 400 answer. */

import type { FieldIssue } from '@pave-kit/contract';

/**
 * `{ 'vehicle.vin': ['must be 17 characters, got 16'] }`: the same keys and the same words as
 * PAVE's `errors` and as the CLI's `vehicle.vin: must be 17 characters, got 16`, so the page
 * shows both kinds of error with one piece of code.
 */
export function issuesByField(issues: readonly FieldIssue[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const { field, message } of issues) {
    fields[field] ??= [];
    fields[field].push(message);
  }
  return fields;
}
