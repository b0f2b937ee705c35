import { describe, expect, test } from 'vitest';
import {
  describeVehicle,
  formatCreatedSession,
  formatPhotos,
  formatResults,
  formatSession,
} from './sessions.js';

const created = {
  session_key: 'XXX-ABCDE12345',
  active: true,
  created_at: '2021-05-25T11:50:49.000000Z',
  capture_url: 'https://demoadmin.vehiclecapture.com/XXX-ABCDE12345',
};

describe('session formats', () => {
  test('a created session is its capture URL and key, labelled', () => {
    expect(formatCreatedSession(created)).toEqual([
      'Capture URL: https://demoadmin.vehiclecapture.com/XXX-ABCDE12345',
      'Session key: XXX-ABCDE12345',
    ]);
  });

  test('a session shows what is known and skips what is not', () => {
    const lines = formatSession({
      ...created,
      status: 'IDLE',
      inspect_started_at: null,
      vehicle: { vin: 'JN1CV6AR9BMXXXXXX', year: 2011, make: 'Infiniti', model: 'G37' },
    });
    expect(lines).toContain('Status:      IDLE');
    expect(lines).toContain('Vehicle:     2011 Infiniti G37 (VIN JN1CV6AR9BMXXXXXX)');
    expect(lines.some((line) => line.startsWith('Started'))).toBe(false);
  });

  test('a vehicle reads as year, make, model and VIN, whichever are known', () => {
    expect(describeVehicle(undefined)).toBeUndefined();
    expect(describeVehicle({ vin: 'JN1CV6AR9BMXXXXXX' })).toBe('VIN JN1CV6AR9BMXXXXXX');
    expect(describeVehicle({ make: 'Infiniti' })).toBe('Infiniti');
    // What PAVE sends before the VIN is decoded: nulls leave no gaps.
    expect(describeVehicle({ year: null, make: null, model: null, vin: 'JN1CV6AR9BMXXXXXX' })).toBe(
      'VIN JN1CV6AR9BMXXXXXX',
    );
    expect(describeVehicle({ year: 2011, make: null, model: 'G37', vin: null })).toBe('2011 G37');
  });

  test('photos are one line each with the verdict; none says so', () => {
    expect(formatPhotos([])).toEqual(['No photos yet.']);
    expect(
      formatPhotos([
        { photo_code: 1, photo_label: 'VIN', url: 'https://x/1.jpg', approved_message: 'ACCEPTED' },
        { photo_code: 12, photo_label: 'Windshield', url: 'https://x/12.jpg' },
      ]),
    ).toEqual([
      ' 1  VIN         ACCEPTED  https://x/1.jpg',
      '12  Windshield  not checked yet  https://x/12.jpg',
    ]);
  });

  test('results point to --json for the undocumented parts', () => {
    const lines = formatResults({
      event: 'SESSION:COMPLETE',
      session: { ...created, status: 'COMPLETE' },
      photos: [{}, {}],
    });
    expect(lines).toContain('Photos:      2');
    expect(lines.at(-1)).toBe(
      'The photo, location and inspection details are in: pave sessions results XXX-ABCDE12345 --json',
    );
  });
});
