/** PAVE's answers, checked where they arrive for what the portal is about to store and show. */

import { unwrap } from '@pave-kit/client';

/** PAVE answered with success, but not with what the portal needs; answered 502 `bad-answer`. */
export class UnusableAnswerError extends Error {
  override readonly name = 'UnusableAnswerError';
}

/** The fields of a session answer the portal reads: which must be there, which may be. */
export interface AnswerShape {
  /** What the answer should be, e.g. `a session`. */
  noun: string;
  /** Fields that must be non-empty text. */
  required: readonly string[];
  /** Fields that may be absent or null, and are text when present. */
  optional: readonly string[];
  /** Of those, the ones staff and customers open: `http:` or `https:` addresses when present. */
  links?: readonly string[];
}

export const createdSessionShape: AnswerShape = {
  noun: 'a session',
  required: ['session_key', 'capture_url'],
  optional: ['status', 'theme', 'language', 'created_at'],
  links: ['capture_url'],
};

export const sessionShape: AnswerShape = {
  noun: 'a session',
  required: ['session_key'],
  optional: ['capture_url', 'status', 'theme', 'language'],
  links: ['capture_url'],
};

export const confirmationShape: AnswerShape = {
  noun: 'a confirmation',
  required: [],
  optional: ['message'],
};

/**
 * The capture link goes into the page's link, the QR code a customer scans, and PAVE's text
 * message: a `javascript:`, `data:` or `file:` one from a broken or hostile upstream must not.
 */
function isWebAddress(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'empty';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Why `answer` does not have `shape`, e.g. `it has no session_key`; undefined when it does. */
function answerFlaw(answer: unknown, shape: AnswerShape): string | undefined {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
    return `it is ${describeKind(answer)}`;
  }
  const record = answer as Record<string, unknown>;
  for (const field of [...shape.required, ...shape.optional]) {
    const value = record[field];
    const absent = value === undefined || value === null || value === '';
    if (absent && shape.required.includes(field)) return `it has no ${field}`;
    if (!absent && typeof value !== 'string') {
      return `its ${field} is ${describeKind(value)}, not text`;
    }
    if (!absent && shape.links?.includes(field) && !isWebAddress(value as string)) {
      return `its ${field} is not an http or https address`;
    }
  }
  return undefined;
}

type Result = { data?: unknown; error?: unknown; response: Response };

/**
 * `unwrap` for the portal's calls: PAVE's errors are thrown as `unwrap` throws them, and a
 * success that is not JSON or lacks what `shape` names as an `UnusableAnswerError` whose message
 * ends with `consequence` (what the portal did, or did not do, because of it). A good answer
 * costs a few type checks.
 */
export async function paveAnswer<R extends Result>(
  call: Promise<R>,
  shape: AnswerShape,
  consequence: string,
): Promise<ReturnType<typeof unwrap<R>>> {
  let result: R;
  try {
    result = await call;
  } catch (error) {
    // openapi-fetch reads a success body with JSON.parse, whose only failure is this.
    if (error instanceof SyntaxError) {
      throw new UnusableAnswerError(`PAVE's answer was not JSON, ${consequence}`);
    }
    throw error;
  }
  const answer = unwrap(result);
  const flaw = answerFlaw(answer, shape);
  if (flaw) {
    throw new UnusableAnswerError(`PAVE's answer was not ${shape.noun} (${flaw}), ${consequence}`);
  }
  return answer;
}
