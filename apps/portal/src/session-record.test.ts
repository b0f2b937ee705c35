import type { CreatedSession } from '@pave-kit/types';
import { describe, expect, test } from 'vitest';
import {
  recordCreatedSession,
  recordPhotos,
  recordRefreshedSession,
  recordStatusChange,
} from './session-record.js';

const created: CreatedSession = {
  session_key: 'TOA-QGMWRCHHGB',
  active: true,
  status: 'IDLE',
  theme: 'LITE',
  language: 'EN',
  created_at: '2021-05-25T11:50:49.000000Z',
  capture_url: 'https://dealer.vehiclecapture.com/TOA-QGMWRCHHGB',
};
const at = new Date('2026-01-02T03:04:05.000Z');

describe('recordCreatedSession', () => {
  test('names the customer and the vehicle as staff typed them', () => {
    expect(
      recordCreatedSession(
        created,
        {
          vin: 'jn1cv6ar9bmxxxxxx',
          year: '2011',
          make: 'Infiniti',
          model: 'G37',
          first_name: ' Jane ',
          last_name: 'Smith',
          mobile: '647-455-0000',
        },
        at,
      ),
    ).toEqual({
      session_key: 'TOA-QGMWRCHHGB',
      capture_url: 'https://dealer.vehiclecapture.com/TOA-QGMWRCHHGB',
      status: 'IDLE',
      theme: 'LITE',
      language: 'EN',
      customer: 'Jane Smith',
      vehicle: 'JN1CV6AR9BMXXXXXX · 2011 Infiniti G37',
      sms_to: '647-455-0000',
      created_at: '2021-05-25T11:50:49.000000Z',
      checked_at: '2026-01-02T03:04:05.000Z',
      photos: [],
    });
  });

  test('leaves out what was not typed, and takes IDLE when PAVE sends no status', () => {
    const { status: _status, theme: _theme, ...bare } = created;
    expect(recordCreatedSession(bare, { make: 'Nissan' }, at)).toMatchObject({
      status: 'IDLE',
      theme: null,
      customer: null,
      vehicle: 'Nissan',
      sms_to: null,
    });
    expect(recordCreatedSession(created, {}, at).vehicle).toBeNull();
  });
});

describe('recordRefreshedSession', () => {
  test("takes PAVE's status and settings, and keeps the link and what staff typed", () => {
    const record = recordCreatedSession(created, { first_name: 'Jane' }, at);
    const later = new Date('2026-01-02T04:00:00.000Z');
    const { capture_url: _link, ...withoutLink } = created;
    expect(
      recordRefreshedSession(record, { ...withoutLink, status: 'STARTED', theme: 'PRO' }, later),
    ).toEqual({
      ...record,
      status: 'STARTED',
      theme: 'PRO',
      checked_at: '2026-01-02T04:00:00.000Z',
    });
  });
});

describe('recordStatusChange and recordPhotos', () => {
  test('change only the status, or only the photos, and when the portal last heard', () => {
    const record = recordCreatedSession(created, { first_name: 'Jane' }, at);
    const later = new Date('2026-01-02T05:00:00.000Z');
    expect(recordStatusChange(record, 'PROCESS', later)).toEqual({
      ...record,
      status: 'PROCESS',
      checked_at: '2026-01-02T05:00:00.000Z',
    });
    const photos = [{ label: 'VIN', url: 'https://photos.example/1.jpg' }];
    expect(recordPhotos(record, photos, later)).toEqual({
      ...record,
      photos,
      checked_at: '2026-01-02T05:00:00.000Z',
    });
  });
});
