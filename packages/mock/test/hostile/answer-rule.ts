// The rule every hostile request is held to: an answer comes, it is a 4xx with a message that
// says what is wrong or a success the request could earn, it is a 5xx only when asked for, and
// it never carries the secret.
import type { RawAnswer } from '../raw-http.js';

export interface Expectation {
  /** Whether a 2xx is a fair answer: the request may be valid after all. */
  successAllowed: boolean;
  /** The caller asked for a 5xx (`Prefer: code=5..`), so one is no failure. */
  serverErrorAsked?: boolean;
  /** Strings of which the answer's body must hold at least one: the field or value at fault. */
  names?: readonly string[];
  /** A HEAD answer has no body to hold a message. */
  bodiless?: boolean;
}

function messageOf(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    for (const key of ['message', 'detail', 'title']) {
      const value = parsed?.[key];
      if (typeof value === 'string' && value.trim() !== '') return value;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** What is wrong with this answer; empty when it keeps the rule. */
export function judgeAnswer(answer: RawAnswer, expectation: Expectation, secret: string): string[] {
  const problems: string[] = [];
  const { status } = answer;
  const everything = `${JSON.stringify(answer.headers)}\n${answer.body}`;
  if (everything.includes(secret)) problems.push('the answer holds the API secret');
  if (status >= 500 && !expectation.serverErrorAsked) {
    problems.push(`a ${status} nobody asked for: ${answer.body.slice(0, 300)}`);
  } else if (status >= 200 && status < 300) {
    if (!expectation.successAllowed) problems.push(`a ${status} to a request that is not valid`);
  } else if (status >= 400 && status < 500) {
    const message = messageOf(answer.body);
    if (!expectation.bodiless && message === undefined) {
      problems.push(`a ${status} without a message: ${answer.body.slice(0, 300)}`);
    }
    const names = expectation.names ?? [];
    if (
      !expectation.bodiless &&
      names.length > 0 &&
      !names.some(
        (n) => answer.body.includes(n) || answer.body.includes(JSON.stringify(n).slice(1, -1)),
      )
    ) {
      problems.push(
        `a ${status} naming none of ${JSON.stringify(names)}: ${answer.body.slice(0, 300)}`,
      );
    }
  } else if (status < 500) {
    problems.push(`an unexpected status ${status}`);
  }
  return problems;
}
