// The documented lifecycle of a session, and what each step changes and announces.
import type { Json, Photo, StoredSession } from './session-record.js';

export const lifecycle = [
  'IDLE',
  'STARTED',
  'PROCESS',
  'QC_PASSED',
  'CONFIRM',
  'COMPLETE',
] as const;
export type LifecycleStatus = (typeof lifecycle)[number];

export function isLifecycleStatus(value: unknown): value is LifecycleStatus {
  return typeof value === 'string' && (lifecycle as readonly string[]).includes(value);
}

/** A webhook a step caused: the event and the body the spec defines for it. */
export interface SessionEvent {
  event: string;
  body: Json;
}

/** The guided views a PROCESS step captures, with their `photo_code` as PAVE numbers them. */
const capturedViews: ReadonlyArray<[number, string]> = [
  [1, 'VIN'],
  [6, 'Front'],
  [4, 'Left'],
  [8, 'Right'],
  [10, 'Rear'],
];

/** A VIN for a session created without one, as if the customer had captured it. */
function capturedVin(key: string): string {
  return `MOCK${key.replace(/[^A-Z0-9]/g, '')}`.padEnd(17, '0').slice(0, 17);
}

function secondsBetween(from: string | null, to: string | null): number {
  if (!from || !to) return 0;
  return Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
}

function statusChange(session: StoredSession): SessionEvent {
  return {
    event: 'SESSION:STATUS_CHANGE',
    body: { session_key: session.session_key, status: session.status },
  };
}

/** The results of a complete session: the `getSessionResults` answer and the COMPLETE webhook. */
export function sessionResults(session: StoredSession): Json {
  const { account, photos, ...view } = session;
  const vehicle = session.vehicle ?? {};
  return {
    event: 'SESSION:COMPLETE',
    session: {
      ...view,
      capture_duration: secondsBetween(session.inspect_started_at, session.inspect_ended_at),
      inspect_duration: secondsBetween(session.created_at, session.updated_at),
      user_account: {
        username: account,
        first_name: 'Mock',
        last_name: 'Account',
        email: `${account}@example.com`,
        phone: null,
      },
      source: { type: 'api', properties: { api_name: 'pave-kit mock' } },
    },
    vehicle: {
      id: typeof vehicle.vehicle_id === 'number' ? vehicle.vehicle_id : 1,
      session_key: session.session_key,
      vin: vehicle.vin ?? null,
      vrm: null,
      year: vehicle.year ?? null,
      make: vehicle.make ?? null,
      model: vehicle.model ?? null,
      body_type: vehicle.body_type ?? null,
      trim: vehicle.trim ?? null,
      transmission: vehicle.transmission ?? null,
      drivetrain: vehicle.drivetrain ?? null,
    },
    photos,
    location: null,
    inspection: { damages: [] },
  };
}

function capturePhotos(session: StoredSession, at: string): SessionEvent[] {
  const base = session.capture_url.replace(/\/[^/]*$/, '');
  session.photos = capturedViews.map(([code, label]) => ({
    photo_code: code,
    photo_label: label,
    url: `${base}/photos/${session.session_key}/${code}.jpg`,
    approved: true,
    approved_message: 'ACCEPTED',
    created_at: at,
    updated_at: at,
  })) satisfies Photo[];
  return session.photos.map((photo) => ({
    event: 'SESSION:STAGE_CHANGE',
    body: {
      session_key: session.session_key,
      photo_url: photo.url,
      photo_status: photo.approved_message,
    },
  }));
}

/**
 * Moves the session one step (it must not be COMPLETE) and returns the webhooks PAVE would send
 * for it, in order: photos as they are captured, then the status change, then the results.
 */
export function stepSession(session: StoredSession, now: Date): SessionEvent[] {
  const index = lifecycle.indexOf(session.status as LifecycleStatus);
  const next = lifecycle[index + 1];
  if (index < 0 || next === undefined) {
    throw new Error(`Session ${session.session_key} is ${session.status}: it has no next step.`);
  }
  const at = now.toISOString();
  const events: SessionEvent[] = [];
  session.status = next;
  session.updated_at = at;
  if (next === 'STARTED') session.inspect_started_at = at;
  if (next === 'PROCESS') {
    session.vehicle = {
      vehicle_id: 1,
      ...session.vehicle,
      vin: session.vehicle?.vin ?? capturedVin(session.session_key),
    };
    events.push(...capturePhotos(session, at));
  }
  if (next === 'CONFIRM') session.inspect_ended_at = at;
  events.push(statusChange(session));
  if (next === 'COMPLETE')
    events.push({ event: 'SESSION:COMPLETE', body: sessionResults(session) });
  return events;
}
