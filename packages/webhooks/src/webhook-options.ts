/** What `createWebhookHandler` takes, its limits, and the checks that run when it is created. */

import { isWebhookEvent, type WebhookEvent, type WebhookPayload, webhookEvents } from './events.js';
import { createHeaderCheck } from './header-check.js';
import { WebhookOptionsError } from './webhook-options-error.js';

/** A function per event you want; each receives that event's body, typed and validated. */
export type WebhookHandlers = {
  [Event in WebhookEvent]?: (payload: WebhookPayload<Event>) => void | Promise<void>;
};

export interface WebhookErrorContext {
  /** The event whose handler threw or rejected. */
  event: WebhookEvent;
}

export interface WebhookHandlerOptions {
  /**
   * The `headers` of your callback registrations with PAVE, name to value, e.g.
   * `{ Authorization: 'Bearer ...' }`. PAVE signs nothing: these values are what proves a call
   * is PAVE's, so at least one is required. Names are matched without regard to case.
   */
  headers: Readonly<Record<string, string>>;
  /** Your handlers, by event. An event without one is acknowledged with 200 and ignored. */
  on: WebhookHandlers;
  /** The largest body read, in bytes; past it, 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** How long the whole body may take to arrive, in milliseconds; past it, 408. Default 10 s. */
  bodyTimeoutMs?: number;
  /**
   * Told when a handler throws or rejects; PAVE gets a 500 without the error's text. Default:
   * `console.error`.
   */
  onError?: (error: unknown, context: WebhookErrorContext) => void;
}

/** The limits a handler applies unless its options say otherwise. */
export const defaultWebhookLimits = {
  /** PAVE's largest body, a completed session's results, is tens of kilobytes. */
  maxBodyBytes: 1024 * 1024,
  bodyTimeoutMs: 10_000,
} as const;

/** setTimeout fires at once for anything above 2^31 - 1 ms. */
const maxTimeoutMs = 2_147_483_647;

export type EventHandler = (payload: unknown) => void | Promise<void>;

export interface ResolvedWebhookOptions {
  checkHeaders: (headers: Headers) => boolean;
  handlers: ReadonlyMap<WebhookEvent, EventHandler>;
  maxBodyBytes: number;
  bodyTimeoutMs: number;
  onError: (error: unknown, context: WebhookErrorContext) => void;
}

/** RFC 9110's token: what a header name may be. */
const headerName = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Visible ASCII with inner spaces: what arrives unchanged through every HTTP stack. */
const headerValue = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/** The kind of a value, never the value: a misplaced secret must not reach a log. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (value === '') return 'an empty string';
  const type = typeof value;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolveHeaders(headers: unknown): (headers: Headers) => boolean {
  if (!isRecord(headers)) {
    throw new WebhookOptionsError(
      'headers',
      `must be an object of the header names and values registered with PAVE (got ${kindOf(headers)})`,
    );
  }
  const names = Object.keys(headers);
  if (names.length === 0) {
    throw new WebhookOptionsError(
      'headers',
      'must hold at least one header registered with PAVE: they are the only proof a call is from PAVE',
    );
  }
  const seen = new Map<string, string>();
  const checked: Record<string, string> = {};
  for (const name of names) {
    if (!headerName.test(name)) {
      throw new WebhookOptionsError(
        `headers[${JSON.stringify(name)}]`,
        "is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)",
      );
    }
    const same = seen.get(name.toLowerCase());
    if (same !== undefined) {
      throw new WebhookOptionsError(
        `headers.${name}`,
        `names the same header as headers.${same} (names are not case-sensitive)`,
      );
    }
    seen.set(name.toLowerCase(), name);
    const value = headers[name];
    if (typeof value !== 'string' || value === '') {
      throw new WebhookOptionsError(
        `headers.${name}`,
        `must be a non-empty string (got ${kindOf(value)})`,
      );
    }
    if (!headerValue.test(value)) {
      throw new WebhookOptionsError(
        `headers.${name}`,
        'must be printable ASCII without leading or trailing spaces, as PAVE sends it',
      );
    }
    checked[name] = value;
  }
  return createHeaderCheck(checked);
}

function resolveHandlers(on: unknown): ReadonlyMap<WebhookEvent, EventHandler> {
  if (!isRecord(on)) {
    throw new WebhookOptionsError(
      'on',
      `must be an object of handlers by event (got ${kindOf(on)})`,
    );
  }
  const handlers = new Map<WebhookEvent, EventHandler>();
  for (const [event, handler] of Object.entries(on)) {
    if (!isWebhookEvent(event)) {
      throw new WebhookOptionsError(
        `on[${JSON.stringify(event)}]`,
        `is not a PAVE webhook event (known: ${webhookEvents.join(', ')})`,
      );
    }
    if (handler === undefined) continue;
    if (typeof handler !== 'function') {
      throw new WebhookOptionsError(
        `on[${JSON.stringify(event)}]`,
        `must be a function (got ${kindOf(handler)})`,
      );
    }
    handlers.set(event, handler as EventHandler);
  }
  return handlers;
}

function resolveWholeNumber(option: string, value: unknown, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    throw new WebhookOptionsError(
      option,
      `must be a whole number from 1 to ${max} (got ${typeof value === 'number' ? value : kindOf(value)})`,
    );
  }
  return value;
}

function logHandlerError(error: unknown, { event }: WebhookErrorContext): void {
  console.error(`@pave-kit/webhooks: the ${event} handler failed:`, error);
}

export function resolveWebhookOptions(options: WebhookHandlerOptions): ResolvedWebhookOptions {
  if (!isRecord(options)) {
    throw new WebhookOptionsError('options', `must be an object (got ${kindOf(options)})`);
  }
  const { onError } = options;
  if (onError !== undefined && typeof onError !== 'function') {
    throw new WebhookOptionsError('onError', `must be a function (got ${kindOf(onError)})`);
  }
  return {
    checkHeaders: resolveHeaders(options.headers),
    handlers: resolveHandlers(options.on),
    maxBodyBytes: resolveWholeNumber(
      'maxBodyBytes',
      options.maxBodyBytes,
      defaultWebhookLimits.maxBodyBytes,
      Number.MAX_SAFE_INTEGER,
    ),
    bodyTimeoutMs: resolveWholeNumber(
      'bodyTimeoutMs',
      options.bodyTimeoutMs,
      defaultWebhookLimits.bodyTimeoutMs,
      maxTimeoutMs,
    ),
    onError: onError ?? logHandlerError,
  };
}
