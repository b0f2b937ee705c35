/** The three values PAVE issues to an account, and the check that they are usable for signing. */

/** What PAVE gives an account: the primary (or Enterprise) account name, an API key and its secret. */
export interface PaveCredentials {
  /** The primary account name from your PAVE representative, not a dashboard user name. */
  username: string;
  apiKey: string;
  apiSecret: string;
}

const fields = ['username', 'apiKey', 'apiSecret'] as const;

/** The field that failed is carried so a caller can point at the right setting; the value never is. */
export class PaveCredentialsError extends TypeError {
  override readonly name = 'PaveCredentialsError';
  readonly field: keyof PaveCredentials | undefined;

  constructor(message: string, field?: keyof PaveCredentials) {
    super(message);
    this.field = field;
  }
}

/**
 * Throws a `PaveCredentialsError` naming the first field that is missing, empty, not a string, or
 * holding characters it cannot be signed or sent with.
 * Only the kind of a bad value is reported (its type, or "an empty string"), so a misplaced secret
 * in another field cannot end up in a log. `label` names the object in the message, e.g. when it
 * is one entry of a list.
 */
export function assertCredentials(
  credentials: unknown,
  label = 'PAVE credentials',
): asserts credentials is PaveCredentials {
  if (typeof credentials !== 'object' || credentials === null || Array.isArray(credentials)) {
    throw new PaveCredentialsError(
      `${label} must be an object with username, apiKey and apiSecret (got ${kindOf(credentials)})`,
    );
  }
  for (const field of fields) {
    const value: unknown = (credentials as Record<string, unknown>)[field];
    if (value === undefined || value === null) {
      throw new PaveCredentialsError(
        `${label}: ${field} is required (got ${kindOf(value)})`,
        field,
      );
    }
    if (typeof value !== 'string') {
      throw new PaveCredentialsError(
        `${label}: ${field} must be a string (got ${kindOf(value)})`,
        field,
      );
    }
    if (value.trim() === '') {
      throw new PaveCredentialsError(
        `${label}: ${field} is required (got ${kindOf(value)})`,
        field,
      );
    }
    const broken = brokenRule(field, value);
    if (broken !== undefined) throw new PaveCredentialsError(`${label}: ${field} ${broken}`, field);
  }
}

// C0 controls, DEL and C1 controls: a pasted line break or tab in a credential is never meant.
const controlCharacter = /\p{Cc}/u;
// Past U+00FF: a header value is bytes, and fetch refuses to send such a character.
const beyondLatin1 = /[^\x20-\xff]/;

/**
 * The rule a value breaks, if any. A control character (CR, LF, tab) in any of the three comes
 * from a paste or an environment file, never from PAVE, and a header cannot carry it. The API key
 * is sent as a header as it is: HTTP trims spaces at its ends, and fetch refuses characters past
 * U+00FF, so either would be signed one way and sent another, or not sent at all.
 */
function brokenRule(field: keyof PaveCredentials, value: string): string | undefined {
  if (controlCharacter.test(value)) {
    return 'must not contain control characters (CR, LF, tab, ...); check for a pasted line break';
  }
  if (field === 'apiKey' && (beyondLatin1.test(value) || value.trim() !== value)) {
    return (
      'must be text an HTTP header carries as it is (no character past U+00FF, no space at ' +
      'either end): it is sent as the API-Key header'
    );
  }
  return undefined;
}

/**
 * Accepts one account or a list of them and checks every entry, naming a bad one `label[i]`
 * when a list was given. Returns the accounts as a list. An empty list is refused.
 */
export function assertCredentialsList<C extends PaveCredentials>(
  credentials: C | readonly C[],
  label = 'PAVE credentials',
): C[] {
  if (!Array.isArray(credentials)) {
    assertCredentials(credentials, label);
    return [credentials as C];
  }
  if (credentials.length === 0) {
    throw new PaveCredentialsError(`${label} must hold at least one account`);
  }
  for (const [index, entry] of credentials.entries()) {
    assertCredentials(entry, `${label}[${index}]`);
  }
  return [...credentials];
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') {
    if (value === '') return 'an empty string';
    return value.trim() === '' ? 'a string of only whitespace' : 'a string';
  }
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
