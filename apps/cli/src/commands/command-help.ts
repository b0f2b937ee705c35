/** Small pieces shared by the command modules: repeatable options and examples in help. */
import type { Command } from 'commander';

/** Commander's parser for a repeatable option: every occurrence, in order. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function withExamples(command: Command, lines: readonly string[]): Command {
  return command.addHelpText(
    'after',
    `\nExamples:\n${lines.map((line) => `  ${line}`).join('\n')}`,
  );
}
