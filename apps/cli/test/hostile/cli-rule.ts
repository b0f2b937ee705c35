// The rule every hostile run of `pave` is held to: a documented exit code that is not "unexpected",
// the outcome of a call told in one line (plus one per field PAVE named), no stack trace, no
// secret, and no control character reaching the terminal raw.
import { exitCodes } from '../../src/exit-codes.js';

export interface CliOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

const documented = new Set<number>(Object.values(exitCodes).map(({ code }) => code));
// The C0 and C1 controls and DEL (CSI is U+009B), the line separators, and the bidirectional
// controls that reorder what a line appears to say; line feeds are taken out before looking.
const rawControl = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const stackLine = /^\s+at .+(?:\(|:\d+:\d+)/m;
// What --verbose logs for each attempt, before the outcome's own line.
const verboseLine = /^(?:(?:GET|POST|PUT|DELETE|PATCH) \S+ |Base URL )/;
// Field lines (`vehicle.vin: must be ...`) and commander's usage hint may follow the message.
const followUp = /^(?:.*: |\(add --help for usage\)$|Nothing was sent: )/;

/** What is wrong with this outcome; empty when it keeps the rule. */
export function judgeCli(outcome: CliOutcome, secret: string, verbose: boolean): string[] {
  const problems: string[] = [];
  const both = `${outcome.stdout}\n${outcome.stderr}`;
  if (outcome.code === null || !documented.has(outcome.code)) {
    problems.push(`exit code ${outcome.code} is not a documented one`);
  } else if (outcome.code === exitCodes.unexpected.code) {
    problems.push('exit 1, "unexpected": a hostile input or answer is not a bug of pave');
  }
  if (both.includes(secret)) problems.push('the output holds the API secret');
  if (stackLine.test(both)) problems.push('the output holds a stack trace');
  const control = rawControl.exec(both.replaceAll('\n', ''));
  if (control) {
    problems.push(
      `a raw control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')} reached the terminal`,
    );
  }
  // A usage error may add how to fix it (which variables to set); an outcome of a call may not.
  if (outcome.code !== 0 && outcome.code !== exitCodes.usage.code) {
    const lines = outcome.stderr
      .split('\n')
      .filter((line) => line !== '' && !(verbose && verboseLine.test(line)));
    if (lines.length === 0) problems.push('a failure with no message');
    const [, ...rest] = lines;
    const strays = rest.filter((line) => !followUp.test(line));
    if (strays.length > 0) {
      problems.push(`a failure told in more than one line: ${JSON.stringify(strays.slice(0, 3))}`);
    }
  }
  return problems;
}
