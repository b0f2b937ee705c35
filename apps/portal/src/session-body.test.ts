import { validateRequestBody } from '@pave-kit/contract';
import { describe, expect, test } from 'vitest';
import { filledForm } from '../test/filled-form.js';
import { toCreateSessionBody } from './session-body.js';

describe('toCreateSessionBody', () => {
  test('an empty form is an empty body', () => {
    expect(toCreateSessionBody({})).toEqual({});
    expect(toCreateSessionBody({ vin: '  ', first_name: '' })).toEqual({});
  });

  test('maps every field to where PAVE expects it', () => {
    // Typed as staff might: the VIN in lower case with spaces around it, the language in lower case.
    const body = toCreateSessionBody({ ...filledForm, vin: ' jn1cv6ar9bmxxxxxx ', language: 'en' });
    expect(body).toEqual({
      vehicle: { vin: 'JN1CV6AR9BMXXXXXX', year: 2011, make: 'Infiniti', model: 'G37' },
      options: { contact: { first_name: 'Jane', last_name: 'Smith' } },
      sms: { to: '647-455-0000' },
      session: { redirect_url: 'https://dealer.example/thanks', theme: 'PRO', language: 'EN' },
    });
    expect(validateRequestBody('createSession', body)).toEqual({ ok: true });
  });

  test('sends only the objects that have something in them', () => {
    expect(toCreateSessionBody({ make: 'Nissan', model: 'Rogue', theme: 'LITE' })).toEqual({
      vehicle: { make: 'Nissan', model: 'Rogue' },
      session: { theme: 'LITE' },
    });
    expect(toCreateSessionBody({ last_name: 'Smith' })).toEqual({
      options: { contact: { last_name: 'Smith' } },
    });
  });

  test('leaves a year that is not digits for the contract to name', () => {
    const body = toCreateSessionBody({ year: '20x1' });
    expect(body).toEqual({ vehicle: { year: '20x1' } });
    const result = validateRequestBody('createSession', body);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((issue) => issue.field)).toEqual(['vehicle.year']);
  });

  test('a 16-character VIN reaches the contract as typed, and the contract names the rule', () => {
    const body = toCreateSessionBody({ vin: 'JN1CV6AR9BMXXXXX' });
    expect(validateRequestBody('createSession', body)).toMatchObject({
      ok: false,
      issues: [{ field: 'vehicle.vin', message: 'must be 17 characters, got 16' }],
    });
  });
});
