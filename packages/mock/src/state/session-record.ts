// A stored session: built from a create request with the spec's defaults, shown as PAVE shows it,
// and changed by an update under PAVE's per-field rules.

export type Json = Record<string, unknown>;

export interface Photo {
  photo_code: number;
  photo_label: string;
  url: string;
  approved: boolean;
  approved_message: string;
  created_at: string;
  updated_at: string;
}

export interface StoredSession {
  session_key: string;
  theme: string;
  active: boolean;
  status: string;
  redirect_url: string | null;
  inspect_started_at: string | null;
  inspect_ended_at: string | null;
  created_at: string;
  updated_at: string;
  language: string;
  capture_url: string;
  options: Json | null;
  vehicle?: Json;
  /** The account's name, as PAVE brands the capture link and the results with it. */
  account: string;
  photos: Photo[];
}

function objectAt(body: Json, key: string): Json {
  const value = body[key];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

/** PAVE gathers `sms`, `options` and the session's client id, contact and reference in `options`. */
function optionsRecord(body: Json, previous: Json | null): Json | null {
  const sms = objectAt(body, 'sms');
  const options = objectAt(body, 'options');
  const session = objectAt(body, 'session');
  const record: Json = { ...(previous ?? {}) };
  const clientId = options.client_id ?? session.client_id;
  if (clientId !== undefined) record.client_id = clientId;
  const contact = options.contact ?? session.contact;
  if (contact !== undefined) record.contact = contact;
  if (session.reference !== undefined) record.reference = session.reference;
  if (Object.keys(sms).length > 0) {
    record.sms = {
      to: null,
      to_name: null,
      from: null,
      by: null,
      send_results_to_phototaker: null,
      ...((previous?.sms as Json | undefined) ?? {}),
      ...sms,
    };
  }
  return Object.keys(record).length > 0 ? record : null;
}

export interface NewSession {
  key: string;
  account: string;
  body: Json;
  now: Date;
}

/** What the create request sent, plus the spec's defaults: `IDLE`, active, no times yet. */
export function createSessionRecord({ key, account, body, now }: NewSession): StoredSession {
  const session = objectAt(body, 'session');
  const vehicle = objectAt(body, 'vehicle');
  const at = now.toISOString();
  return {
    session_key: key,
    theme: typeof session.theme === 'string' ? session.theme : 'PRO',
    active: true,
    status: 'IDLE',
    redirect_url: typeof session.redirect_url === 'string' ? session.redirect_url : null,
    inspect_started_at: null,
    inspect_ended_at: null,
    created_at: at,
    updated_at: at,
    language: typeof session.language === 'string' ? session.language : 'EN',
    capture_url: `https://${account}.vehiclecapture.com/${key}`,
    options: optionsRecord(body, null),
    ...(Object.keys(vehicle).length > 0 ? { vehicle: { ...vehicle } } : {}),
    account,
    photos: [],
  };
}

/** The session as the API answers it: everything but what the mock keeps for itself. */
export function sessionView(session: StoredSession): Json {
  const { account: _account, photos: _photos, ...view } = session;
  return view;
}

/**
 * Applies an update in place when every rule allows it, else returns why not (nothing changed).
 * The rules are the ones the spec's `updateSession` describes.
 */
export function applySessionUpdate(
  session: StoredSession,
  body: Json,
  now: Date,
): string | undefined {
  const settings = objectAt(body, 'session');
  const sms = objectAt(body, 'sms');
  const complete = session.status === 'COMPLETE';
  const idle = session.status === 'IDLE';
  if (settings.theme !== undefined && !idle) {
    return `The theme can only change while the session is IDLE; session ${session.session_key} is ${session.status}.`;
  }
  if (sms.to !== undefined && !idle) {
    return `sms.to can only change before the session starts; session ${session.session_key} is ${session.status}.`;
  }
  if (complete) {
    return `Session ${session.session_key} is COMPLETE and can no longer change.`;
  }
  if (typeof settings.theme === 'string') session.theme = settings.theme;
  if (typeof settings.redirect_url === 'string') session.redirect_url = settings.redirect_url;
  if (typeof settings.language === 'string') session.language = settings.language;
  if (body.vehicle !== undefined)
    session.vehicle = { ...session.vehicle, ...objectAt(body, 'vehicle') };
  session.options = optionsRecord(body, session.options);
  session.updated_at = now.toISOString();
  return undefined;
}
