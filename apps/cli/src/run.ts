/** `run(argv, io)`: the whole CLI as a function that returns its exit code. */
import { describeFailure } from '@pave-kit/client';
import { CommanderError } from 'commander';
import type { RunIo } from './context.js';
import { exitCodeForFailure, exitCodes } from './exit-codes.js';
import { createOutput } from './output.js';
import { createProgram } from './program.js';
import { UnusableAnswerError } from './unusable-answer-error.js';
import { UsageError } from './usage-error.js';

export type { RunIo } from './context.js';

/** `argv` is what follows `pave`, e.g. `['sessions', 'get', 'XXX-ABCDE12345']`. */
export async function run(argv: readonly string[], io: RunIo): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCodes.ok.code;
  } catch (error) {
    return report(error, io, program.opts<{ verbose?: boolean }>().verbose === true);
  }
}

function report(error: unknown, io: RunIo, verbose: boolean): number {
  const output = createOutput(io.stdout, io.stderr, false);
  const print = (lines: readonly string[]) => output.message(lines);
  // Commander has already printed its message (or the help, or the version).
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? exitCodes.ok.code : exitCodes.usage.code;
  }
  if (error instanceof UsageError) {
    print(error.lines);
    return exitCodes.usage.code;
  }
  if (error instanceof UnusableAnswerError) {
    print([error.message]);
    return exitCodes.unusableAnswer.code;
  }
  const failure = describeFailure(error);
  const fieldLines = Object.entries(failure.fieldErrors).flatMap(([field, messages]) =>
    messages.map((message) => `${field}: ${message}`),
  );
  print([failure.message, ...fieldLines]);
  // Only a bug earns a stack trace, and only when asked for.
  if (failure.kind === 'unexpected' && verbose && error instanceof Error && error.stack) {
    print(error.stack.split('\n'));
  }
  return exitCodeForFailure(failure.kind);
}
