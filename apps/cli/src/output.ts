/** Where results and messages go: stdout for results (human or `--json`), stderr for the rest. */
import { terminalLine } from './terminal-text.js';

export interface TextSink {
  write(chunk: string): unknown;
}

export interface Output {
  readonly json: boolean;
  /** Prints a response: as JSON with `--json`, else the lines `human` makes of it. */
  result<T>(data: T, human: (data: T) => readonly string[]): void;
  /** Lines for a person about a failure or progress, on stderr. */
  message(lines: string | readonly string[]): void;
}

/**
 * The one way pave prints: every line, PAVE's text included, goes through `terminalLine`, so no
 * command has to think about what a server might have put in a field.
 */
export function createOutput(stdout: TextSink, stderr: TextSink, json: boolean): Output {
  const writeLines = (sink: TextSink, lines: readonly string[]) => {
    if (lines.length > 0) sink.write(`${lines.map(terminalLine).join('\n')}\n`);
  };
  return {
    json,
    result(data, human) {
      // Pretty but complete: `--json` output is the response itself, ready for jq. Its line
      // breaks are pave's own: JSON.stringify escapes those inside strings.
      if (json) writeLines(stdout, JSON.stringify(data ?? null, null, 2).split('\n'));
      else writeLines(stdout, human(data));
    },
    message(lines) {
      writeLines(stderr, typeof lines === 'string' ? [lines] : lines);
    },
  };
}

/** `Label: value` lines with the values aligned; pairs without a value are left out. */
export function labelled(pairs: ReadonlyArray<readonly [string, unknown]>): string[] {
  const present = pairs.filter(
    ([, value]) => value !== undefined && value !== null && value !== '',
  );
  const width = Math.max(0, ...present.map(([label]) => label.length)) + 2;
  return present.map(([label, value]) => `${`${label}:`.padEnd(width)}${describe(value)}`);
}

function describe(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
