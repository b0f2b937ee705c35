/** The body of `POST /v1/callbacks` that points an event at your webhook handler. */

import type { components } from '@pave-kit/types';
import type { WebhookEvent } from './events.js';

export type CallbackRegistration = components['schemas']['CreateCallbackRequest'];

export interface CallbackRegistrationInput<Event extends WebhookEvent> {
  event: Event;
  /** Where your handler is mounted, e.g. `https://dealer.example.com/pave/webhooks`. */
  url: string;
  /** The headers your handler checks: the same record as its `headers` option. */
  headers: Readonly<Record<string, string>>;
  /** Extra fields PAVE merges into every body of this event. */
  payload?: Readonly<Record<string, unknown>>;
}

/**
 * PAVE's bodies do not all say which event they are; the registration's `payload` is merged
 * into each one, so it carries `event` and the handler can tell them apart. Send the result
 * with `client.POST('/v1/callbacks', { body })`.
 */
export function callbackRegistration<Event extends WebhookEvent>({
  event,
  url,
  headers,
  payload = {},
}: CallbackRegistrationInput<Event>): CallbackRegistration & { event: Event } {
  return {
    event,
    url,
    method: 'POST',
    headers: { ...headers },
    payload: { ...payload, event },
  };
}
