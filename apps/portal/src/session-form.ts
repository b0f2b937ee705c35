/** The fields of the page's form, as the browser posts them to `POST /api/sessions`. */

/** Every field is optional: PAVE accepts a session with nothing in it. */
export interface SessionForm {
  vin?: string;
  year?: string;
  make?: string;
  model?: string;
  first_name?: string;
  last_name?: string;
  mobile?: string;
  redirect_url?: string;
  theme?: string;
  language?: string;
}

export const sessionFormFields = [
  'vin',
  'year',
  'make',
  'model',
  'first_name',
  'last_name',
  'mobile',
  'redirect_url',
  'theme',
  'language',
] as const satisfies readonly (keyof SessionForm)[];

export type ReadFormResult = { ok: true; form: SessionForm } | { ok: false; message: string };

/**
 * Accepts a JSON object of strings (numbers too, for a year typed by a script). Keys the form
 * does not have are ignored, so a newer page talking to an older portal still works.
 */
export function readSessionForm(input: unknown): ReadFormResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, message: 'Send the form as a JSON object of field names and strings.' };
  }
  const record = input as Record<string, unknown>;
  const form: SessionForm = {};
  for (const field of sessionFormFields) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string') form[field] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) form[field] = String(value);
    else return { ok: false, message: `The form field "${field}" must be a string.` };
  }
  return { ok: true, form };
}
