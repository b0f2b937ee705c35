/** From what staff typed to the body of PAVE's create-session call. */

import type { CreateSessionRequest } from '@pave-kit/types';
import type { SessionForm } from './session-form.js';

type Strings = Record<string, string | number | undefined>;

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Drops empty fields; `undefined` when nothing is left, so the object is not sent at all. */
function compact<T extends Strings>(fields: T): Partial<T> | undefined {
  const entries = Object.entries(fields).filter(([, value]) => value !== undefined);
  return entries.length > 0 ? (Object.fromEntries(entries) as Partial<T>) : undefined;
}

/**
 * A year of digits is sent as a number, as PAVE's table types it. Anything else is sent as
 * typed, so the contract's validation names the field and the rule instead of this code.
 */
function year(value: string | undefined): number | string | undefined {
  const typed = text(value);
  return typed !== undefined && /^\d+$/.test(typed) ? Number(typed) : typed;
}

/**
 * The customer's name goes to `options.contact` as first and last name: PAVE's create page
 * documents it there, it keeps the two parts apart, and `sms.to_name` would tie the name to
 * text-message delivery, which staff may not use. VINs are upper-cased because they are
 * printed that way and staff often type them in lower case.
 */
export function toCreateSessionBody(form: SessionForm): CreateSessionRequest {
  const body: CreateSessionRequest = {};

  const vehicle = compact({
    vin: text(form.vin)?.toUpperCase(),
    year: year(form.year),
    make: text(form.make),
    model: text(form.model),
  });
  if (vehicle) body.vehicle = vehicle as CreateSessionRequest['vehicle'];

  const contact = compact({ first_name: text(form.first_name), last_name: text(form.last_name) });
  if (contact) body.options = { contact };

  const to = text(form.mobile);
  if (to !== undefined) body.sms = { to };

  const session = compact({
    redirect_url: text(form.redirect_url),
    theme: text(form.theme),
    language: text(form.language)?.toUpperCase(),
  });
  if (session) body.session = session as CreateSessionRequest['session'];

  return body;
}
