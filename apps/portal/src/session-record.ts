/** What the portal remembers about a session it created, and shows in its list. */

import type { CreatedSession, Session } from '@pave-kit/types';
import type { SessionForm } from './session-form.js';

export interface PortalSession {
  session_key: string;
  /** The link for the customer. PAVE returns it on create; later answers may leave it out. */
  capture_url: string | null;
  /** The status PAVE last reported; refreshed on demand, never polled. */
  status: string;
  theme: string | null;
  language: string | null;
  /** As staff typed it, e.g. `Jane Smith`. */
  customer: string | null;
  /** As staff typed it, e.g. `JN1CV6AR9BMXXXXXX · 2011 Infiniti G37`. */
  vehicle: string | null;
  /** Whether PAVE was asked to text the link to the customer. */
  sms_to: string | null;
  /** PAVE's creation time. */
  created_at: string;
  /** When PAVE last told the portal about this session. */
  checked_at: string;
  /** The captured photos, filled in once PAVE reports the session `COMPLETE`; else empty. */
  photos: PortalPhoto[];
}

/** A photo as the list shows it: a thumbnail of `url`, captioned with its view. */
export interface PortalPhoto {
  /** PAVE's name for the view, e.g. `Front_Left`; null when it gave none. */
  label: string | null;
  /** An `https:` or `http:` address; PAVE's photos with any other, or none, are left out. */
  url: string;
}

function join(parts: (string | undefined)[]): string | null {
  const text = parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  return text === '' ? null : text;
}

/**
 * Customer and vehicle come from the form, not from PAVE's answer: they are what staff will
 * look for in the list, and PAVE fills the vehicle in later from the VIN it decodes.
 */
export function recordCreatedSession(
  created: CreatedSession,
  form: SessionForm,
  now: Date,
): PortalSession {
  const vin = form.vin?.trim().toUpperCase();
  return {
    session_key: created.session_key,
    capture_url: created.capture_url ?? null,
    // PAVE documents IDLE as the status of a new session, and the spec as its default.
    status: created.status ?? 'IDLE',
    theme: created.theme ?? null,
    language: created.language ?? null,
    customer: join([form.first_name, form.last_name]),
    vehicle: [vin, join([form.year, form.make, form.model])].filter(Boolean).join(' · ') || null,
    sms_to: form.mobile?.trim() || null,
    created_at: created.created_at,
    checked_at: now.toISOString(),
    photos: [],
  };
}

/** The record after PAVE answered a GET for it: status and settings change, the rest stays. */
export function recordRefreshedSession(
  record: PortalSession,
  session: Session,
  now: Date,
): PortalSession {
  return {
    ...record,
    capture_url: session.capture_url ?? record.capture_url,
    status: session.status ?? record.status,
    theme: session.theme ?? record.theme,
    language: session.language ?? record.language,
    checked_at: now.toISOString(),
  };
}

/** The record after a webhook said the session moved to `status`. */
export function recordStatusChange(
  record: PortalSession,
  status: string,
  now: Date,
): PortalSession {
  return { ...record, status, checked_at: now.toISOString() };
}

/** The record with the photos PAVE listed for it. */
export function recordPhotos(
  record: PortalSession,
  photos: PortalPhoto[],
  now: Date,
): PortalSession {
  return { ...record, photos, checked_at: now.toISOString() };
}
