/** PAVE answered, with a status outside 2xx. */

import { PaveError } from './pave-error.js';
import { requestLabel } from './request-label.js';

/** Messages per field, keyed `<object>.<field>` as PAVE writes them: `vehicle.vin`. */
export type PaveFieldErrors = Readonly<Record<string, readonly string[]>>;

export interface PaveApiErrorInit {
  status: number;
  /** The error body as openapi-fetch parsed it: JSON when it was JSON, else the text. */
  body: unknown;
  /** Undefined when the response did not come through a client from `createPaveClient`. */
  method: string | undefined;
  url: string;
  requestId?: string | undefined;
  statusText?: string;
  response?: Response;
}

/**
 * The fields a caller acts on are read out of PAVE's body: `message`, and for a 400 the `errors`
 * map. `body` keeps the rest. The `Response` is attached non-enumerably so logging the error does
 * not dump it.
 */
export class PaveApiError extends PaveError {
  override readonly name = 'PaveApiError';
  readonly status: number;
  /** PAVE's own `message`, or the status text when the body has none. */
  readonly apiMessage: string;
  readonly fieldErrors: PaveFieldErrors;
  /** From `x-request-id` or `request-id`; quote it to PAVE support. */
  readonly requestId: string | undefined;
  readonly body: unknown;
  readonly method: string | undefined;
  readonly url: string;
  declare readonly response: Response | undefined;

  constructor(init: PaveApiErrorInit) {
    const apiMessage = readMessage(init.body) ?? fallbackMessage(init.statusText);
    const fieldErrors = readFieldErrors(init.body);
    super(
      `PAVE answered ${init.status} to ${requestLabel(init.method, init.url)}: ${apiMessage}` +
        describeFieldErrors(fieldErrors),
    );
    this.status = init.status;
    this.apiMessage = apiMessage;
    this.fieldErrors = fieldErrors;
    this.requestId = init.requestId;
    this.body = init.body;
    this.method = init.method;
    this.url = init.url;
    Object.defineProperty(this, 'response', { value: init.response, enumerable: false });
  }
}

// Proxies in front of PAVE answer with HTML or plain text; a line of it beats "no message".
const maxTextLength = 200;

function readMessage(body: unknown): string | undefined {
  if (typeof body === 'string') return oneLine(body);
  if (typeof body !== 'object' || body === null) return undefined;
  const message = (body as { message?: unknown }).message;
  return typeof message === 'string' ? oneLine(message) : undefined;
}

function oneLine(text: string): string | undefined {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return undefined;
  return line.length > maxTextLength ? `${line.slice(0, maxTextLength)}...` : line;
}

function fallbackMessage(statusText: string | undefined): string {
  return statusText ? `${statusText} (no message in the body)` : 'no message in the body';
}

function readFieldErrors(body: unknown): PaveFieldErrors {
  const errors =
    typeof body === 'object' && body !== null ? (body as { errors?: unknown }).errors : undefined;
  if (typeof errors !== 'object' || errors === null || Array.isArray(errors)) return {};
  const fields: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(errors)) {
    // PAVE documents arrays of strings; a lone string is kept rather than dropped.
    const list = Array.isArray(messages) ? messages : [messages];
    const strings = list.filter((message): message is string => typeof message === 'string');
    if (strings.length > 0) fields[field] = strings;
  }
  return fields;
}

function describeFieldErrors(fieldErrors: PaveFieldErrors): string {
  const parts = Object.entries(fieldErrors).flatMap(([field, messages]) =>
    messages.map((message) => `${field}: ${oneLine(message) ?? ''}`),
  );
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}
