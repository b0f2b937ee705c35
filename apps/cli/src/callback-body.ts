/** The `pave callbacks set|update` flags, and the request body they stand for. */
import { collectPairs, parseHeader } from './key-value.js';

export interface CallbackFlags {
  event?: string;
  url?: string;
  method?: string;
  header?: string[];
  payload?: string[];
}

/**
 * Only given flags appear, so a missing `--url` reaches the spec check and is named there
 * (`url: is required`) rather than by a second, hand-written rule.
 */
export function callbackBodyFromFlags(flags: CallbackFlags): Record<string, unknown> {
  const headers = collectPairs('--header', flags.header, parseHeader);
  const payload = collectPairs('--payload', flags.payload);
  return Object.fromEntries(
    Object.entries({
      event: flags.event,
      url: flags.url,
      method: flags.method,
      headers,
      payload,
    }).filter(([, value]) => value !== undefined),
  );
}
