/** How session responses read in a terminal: a few labelled lines, the facts a person acts on. */
import type {
  CreatedSession,
  Photo,
  Schema,
  Session,
  SessionNotes,
  SessionResults,
  SessionVehicle,
} from '@pave-kit/types';
import { labelled } from '../output.js';

/** Two labelled lines: the link to send the customer, and the key to look the session up by. */
export function formatCreatedSession(session: CreatedSession): string[] {
  return labelled([
    ['Capture URL', session.capture_url],
    ['Session key', session.session_key],
  ]);
}

export function describeVehicle(
  vehicle: Pick<SessionVehicle, 'year' | 'make' | 'model' | 'vin'> | undefined,
): string | undefined {
  if (!vehicle) return undefined;
  // Before PAVE decodes the VIN these are null (or absent): they are left out, not printed blank.
  const name = [vehicle.year, vehicle.make, vehicle.model].filter(
    (part) => part !== undefined && part !== null && String(part).trim() !== '',
  );
  const vin = vehicle.vin ? `VIN ${vehicle.vin}` : undefined;
  if (name.length === 0) return vin;
  return vin ? `${name.join(' ')} (${vin})` : name.join(' ');
}

export function formatSession(session: Session): string[] {
  return labelled([
    ['Session key', session.session_key],
    ['Status', session.status],
    ['Theme', session.theme],
    ['Language', session.language],
    ['Vehicle', describeVehicle(session.vehicle)],
    ['Capture URL', session.capture_url],
    ['Redirect URL', session.redirect_url],
    ['Client id', session.options?.client_id],
    ['SMS to', session.options?.sms?.to],
    ['Created', session.created_at],
    ['Updated', session.updated_at],
    ['Started', session.inspect_started_at],
    ['Ended', session.inspect_ended_at],
  ]);
}

export function formatPhotos(photos: readonly Photo[]): string[] {
  if (photos.length === 0) return ['No photos yet.'];
  const width = Math.max(...photos.map((photo) => String(photo.photo_label).length));
  return photos.map((photo) => {
    const verdict = photo.approved_message ?? (photo.approved ? 'ACCEPTED' : 'not checked yet');
    const code = String(photo.photo_code).padStart(2);
    return `${code}  ${String(photo.photo_label).padEnd(width)}  ${verdict}  ${photo.url}`;
  });
}

/** PAVE does not document the notes' shape, so they are shown as the JSON they are. */
export function formatNotes(notes: SessionNotes): string[] {
  return JSON.stringify(notes ?? null, null, 2).split('\n');
}

export function formatResults(results: SessionResults): string[] {
  const key = results.session?.session_key ?? results.vehicle?.session_key;
  return [
    ...labelled([
      ['Event', results.event],
      ['Session key', key],
      ['Status', results.session?.status],
      ['Vehicle', describeVehicle(results.vehicle)],
      ['Photos', Array.isArray(results.photos) ? results.photos.length : undefined],
    ]),
    `The photo, location and inspection details are in: pave sessions results ${key ?? 'KEY'} --json`,
  ];
}

export function formatMessage(body: Schema<'MessageBody'>): string[] {
  return [body.message];
}
