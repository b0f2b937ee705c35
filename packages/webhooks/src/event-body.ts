/** Turns the bytes PAVE sent into an event name and its body, or says what is wrong with them. */

import { isWebhookEvent, type WebhookEvent } from './events.js';

export type EventBody =
  | { kind: 'event'; event: WebhookEvent; payload: Record<string, unknown> }
  | { kind: 'unknown-event' }
  | { kind: 'invalid'; message: string; errors: Record<string, string[]> };

function invalid(message: string, field: string, problem: string): EventBody {
  return { kind: 'invalid', message, errors: { [field]: [problem] } };
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * The event is read from the body's `event` field. `SESSION:COMPLETE` carries it already (its
 * body is the session results); PAVE merges the `payload` of a registration into every other
 * event's body, so registering `payload: { event: '<the event>' }` makes each body say which it
 * is (see `callbackRegistration`).
 */
export function parseEventBody(bytes: Uint8Array): EventBody {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return invalid('The body is not UTF-8.', 'body', 'must be UTF-8 text');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The parser's message quotes the body; an answer has no need to repeat what was sent.
    return invalid('The body is not valid JSON.', 'body', 'must be valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return invalid(
      'The body is not a JSON object.',
      'body',
      `must be an object, got ${describeKind(value)}`,
    );
  }
  const payload = value as Record<string, unknown>;
  const { event } = payload;
  if (event === undefined) {
    return invalid(
      'The body does not say which event it is.',
      'event',
      'is required: register the callback with payload {"event": "<its event>"}, which PAVE merges into the body',
    );
  }
  if (typeof event !== 'string') {
    return invalid(
      'The body does not say which event it is.',
      'event',
      `must be a string, got ${describeKind(event)}`,
    );
  }
  if (!isWebhookEvent(event)) return { kind: 'unknown-event' };
  return { kind: 'event', event, payload };
}
