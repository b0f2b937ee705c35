import { describe, expect, test } from 'vitest';
import { readSessionForm } from './session-form.js';

describe('readSessionForm', () => {
  test('keeps the known fields and ignores the rest', () => {
    expect(readSessionForm({ vin: 'JN1CV6AR9BMXXXXXX', theme: 'PRO', extra: 'x' })).toEqual({
      ok: true,
      form: { vin: 'JN1CV6AR9BMXXXXXX', theme: 'PRO' },
    });
  });

  test('takes a number as its text and skips null', () => {
    expect(readSessionForm({ year: 2011, make: null })).toEqual({
      ok: true,
      form: { year: '2011' },
    });
  });

  test.each([null, 'vin', ['vin'], 42])('refuses %j as a form', (input) => {
    expect(readSessionForm(input)).toEqual({
      ok: false,
      message: 'Send the form as a JSON object of field names and strings.',
    });
  });

  test('names a field that is not a string', () => {
    expect(readSessionForm({ vin: { nested: true } })).toEqual({
      ok: false,
      message: 'The form field "vin" must be a string.',
    });
  });
});
