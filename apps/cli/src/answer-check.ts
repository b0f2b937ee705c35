/** What pave uses from each answer of PAVE's, checked once, before any command touches it. */
import { nestsDeeperThan } from '@pave-kit/contract';
import { maxJsonNesting } from './json-nesting.js';
import type { OperationId } from './pave-call.js';
import { UnusableAnswerError } from './unusable-answer-error.js';

type JsonObject = Record<string, unknown>;

/** Why `value` is not what is expected, said of `subject` (`it`, `its data`); undefined if it is. */
type Flaw = (value: unknown, subject: string) => string | undefined;

/** What an answer must be for pave to print it: not a full validation, only what is used. */
interface Expectation {
  /** What the answer should be, e.g. `a session`. */
  noun: string;
  flaw: Flaw;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeKind(value: unknown): string {
  if (value === undefined) return 'empty';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** An object whose `fields` hold text, and whose `parts` pass their own checks. */
function objectWith(fields: readonly string[], parts: Record<string, Flaw> = {}): Flaw {
  return (value, subject) => {
    if (!isObject(value)) return `${subject} is ${describeKind(value)}`;
    for (const field of fields) {
      const text = value[field];
      if (text === undefined || text === null || text === '') return `${subject} has no ${field}`;
      if (typeof text !== 'string') return `${subject} has a ${field} that is not text`;
    }
    for (const [key, flaw] of Object.entries(parts)) {
      const found = flaw(value[key], `its ${key}`);
      if (found) return found;
    }
    return undefined;
  };
}

function listOf(item: Flaw): Flaw {
  return (value, subject) => {
    if (!Array.isArray(value)) return `${subject} is ${describeKind(value)}, not a list`;
    for (const [index, entry] of value.entries()) {
      const found = item(entry, `entry ${index + 1} of ${subject}`);
      if (found) return found;
    }
    return undefined;
  };
}

/** Text, empty included: the spec allows an empty confirmation message. */
const anyText: Flaw = (value, subject) => {
  if (value === undefined) return `${subject} is missing`;
  return typeof value === 'string' ? undefined : `${subject} is ${describeKind(value)}, not text`;
};

const session = { noun: 'a session', flaw: objectWith(['session_key']) };
const callback = objectWith(['event']);
const confirmation = { noun: 'a confirmation', flaw: objectWith([], { message: anyText }) };

/**
 * Every operation whose answer a command reads, with what it reads. Notes are printed as
 * whatever JSON they are, PAVE not documenting their shape, so they have no entry.
 */
const expectations: Partial<Record<OperationId, Expectation>> = {
  createSession: { noun: 'a session', flaw: objectWith(['session_key', 'capture_url']) },
  getSession: session,
  updateSession: session,
  deleteSession: confirmation,
  listSessionPhotos: { noun: 'a list of photos', flaw: listOf(objectWith([])) },
  getSessionResults: { noun: 'session results', flaw: objectWith([]) },
  listCallbacks: { noun: 'a list of callbacks', flaw: objectWith([], { data: listOf(callback) }) },
  getCallback: { noun: 'a callback', flaw: objectWith([], { data: callback }) },
  createCallback: { noun: 'a callback', flaw: callback },
  updateCallback: { noun: 'a callback', flaw: callback },
  deleteCallback: confirmation,
};

/**
 * Throws an `UnusableAnswerError` naming what is wrong with `answer`, the success body of
 * `operationId` sent as `target` (`GET /v1/sessions/XXX-ABCDE12345`). A good answer costs a
 * few type checks and one walk bounded by its size.
 */
export function checkAnswer(operationId: OperationId, target: string, answer: unknown): void {
  if (nestsDeeperThan(answer, maxJsonNesting)) {
    throw new UnusableAnswerError(
      `PAVE sent an answer to ${target} that nests arrays and objects more than ` +
        `${maxJsonNesting} levels deep; pave reads at most ${maxJsonNesting}.`,
    );
  }
  const expectation = expectations[operationId];
  const flaw = expectation?.flaw(answer, 'it');
  if (expectation && flaw) {
    throw new UnusableAnswerError(
      `PAVE sent an answer to ${target} that is not ${expectation.noun}: ${flaw}.`,
    );
  }
}
