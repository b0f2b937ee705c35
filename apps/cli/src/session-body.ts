/** The `pave sessions create|update` flags, and the request body they stand for. */
import { collectPairs } from './key-value.js';

export interface SessionField {
  /** Commander's flag syntax, e.g. `--body-type <type>`. */
  flags: string;
  /** The option's name in Commander's parsed options, e.g. `bodyType`. */
  name: string;
  /** Where the value goes in the request body. */
  path: readonly string[];
  description: string;
  /** How the typed text becomes a JSON value; the text itself when absent. */
  convert?: (text: string) => unknown;
  /** A boolean flag that also has a `--no-` form, so an update can turn it off. */
  negatable?: boolean;
}

/** A four-digit year is sent as the number PAVE's table asks for; anything else as typed. */
export function convertYear(text: string): number | string {
  return /^\d{4}$/.test(text) ? Number(text) : text;
}

/**
 * Anything that is not a number stays a string, so the spec check names the field and the value
 * instead of the reading silently vanishing.
 */
export function convertNumber(text: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** Every request field of PAVE's "Create Session" page, one flag each. */
export const sessionFields: readonly SessionField[] = [
  { flags: '--vin <vin>', name: 'vin', path: ['vehicle', 'vin'], description: '17-character VIN' },
  {
    flags: '--year <year>',
    name: 'year',
    path: ['vehicle', 'year'],
    description: 'model year, e.g. 2011',
    convert: convertYear,
  },
  { flags: '--make <make>', name: 'make', path: ['vehicle', 'make'], description: 'manufacturer' },
  { flags: '--model <model>', name: 'model', path: ['vehicle', 'model'], description: 'model' },
  {
    flags: '--body-type <type>',
    name: 'bodyType',
    path: ['vehicle', 'body_type'],
    description: 'body style, e.g. Sedan',
  },
  { flags: '--trim <trim>', name: 'trim', path: ['vehicle', 'trim'], description: 'trim level' },
  {
    flags: '--transmission <type>',
    name: 'transmission',
    path: ['vehicle', 'transmission'],
    description: 'transmission, e.g. Automatic',
  },
  {
    flags: '--ext-col <colour>',
    name: 'extCol',
    path: ['vehicle', 'ext_col'],
    description: 'exterior colour',
  },
  {
    flags: '--int-col <colour>',
    name: 'intCol',
    path: ['vehicle', 'int_col'],
    description: 'interior colour',
  },
  {
    flags: '--odom-reading <number>',
    name: 'odomReading',
    path: ['vehicle', 'odom_reading'],
    description: 'odometer reading',
    convert: convertNumber,
  },
  {
    flags: '--odom-unit <unit>',
    name: 'odomUnit',
    path: ['vehicle', 'odom_unit'],
    description: 'odometer unit: KILOMETRES or MILES',
  },
  {
    flags: '--sms-to <phone>',
    name: 'smsTo',
    path: ['sms', 'to'],
    description: "customer's mobile number; PAVE texts them the capture link",
  },
  {
    flags: '--sms-to-name <name>',
    name: 'smsToName',
    path: ['sms', 'to_name'],
    description: "customer's name in the text",
  },
  {
    flags: '--sms-from <phone>',
    name: 'smsFrom',
    path: ['sms', 'from'],
    description: 'your mobile number; receives the results link',
  },
  {
    flags: '--sms-by <name>',
    name: 'smsBy',
    path: ['sms', 'by'],
    description: 'who the link comes from (your business)',
  },
  {
    flags: '--send-results-to-phototaker',
    name: 'sendResultsToPhototaker',
    path: ['sms', 'send_results_to_phototaker'],
    description: 'also text the results link to whoever took the photos',
    negatable: true,
  },
  {
    flags: '--client-id <id>',
    name: 'clientId',
    path: ['options', 'client_id'],
    description: 'your own id for the customer or deal',
  },
  {
    flags: '--contact-first-name <name>',
    name: 'contactFirstName',
    path: ['options', 'contact', 'first_name'],
    description: "customer's first name",
  },
  {
    flags: '--contact-last-name <name>',
    name: 'contactLastName',
    path: ['options', 'contact', 'last_name'],
    description: "customer's last name",
  },
  {
    flags: '--redirect-url <url>',
    name: 'redirectUrl',
    path: ['session', 'redirect_url'],
    description: 'where the customer lands after capture',
  },
  {
    flags: '--theme <theme>',
    name: 'theme',
    path: ['session', 'theme'],
    description: 'LITE, PRO or CAPT',
  },
  {
    flags: '--language <code>',
    name: 'language',
    path: ['session', 'language'],
    description: 'language code, e.g. EN',
  },
];

/** `--reference key=value`, repeatable: free-form data PAVE passes through to the results. */
export const referenceField = {
  flags: '--reference <key=value>',
  name: 'reference',
  path: ['session', 'reference'],
  description: 'pass-through data for the results (repeatable)',
} as const;

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function setAt(target: JsonObject, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node[key] = isJsonObject(next) ? next : {};
    node = node[key] as JsonObject;
  }
  node[path[path.length - 1] as string] = value;
}

/** The body the flags describe; only flags that were given appear in it. */
export function sessionBodyFromFlags(flags: Readonly<Record<string, unknown>>): JsonObject {
  const body: JsonObject = {};
  for (const field of sessionFields) {
    const value = flags[field.name];
    if (value === undefined) continue;
    const json = typeof value === 'string' && field.convert ? field.convert(value) : value;
    setAt(body, field.path, json);
  }
  const reference = collectPairs('--reference', flags[referenceField.name] as string[] | undefined);
  if (reference) setAt(body, referenceField.path, reference);
  return body;
}

/** Objects are merged key by key; anything else in `overrides` replaces what `base` has. */
export function mergeBodies(base: JsonObject, overrides: JsonObject): JsonObject {
  const merged: JsonObject = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] =
      isJsonObject(current) && isJsonObject(value) ? mergeBodies(current, value) : value;
  }
  return merged;
}
