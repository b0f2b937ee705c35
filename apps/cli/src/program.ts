/** The `pave` command tree: global options, help text and the command modules, wired together. */

import { defaultBaseUrl, defaultTimeoutMs } from '@pave-kit/client';
import { Command, Option } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { addCallbackCommands } from './commands/callbacks.js';
import { addSessionCommands } from './commands/sessions.js';
import { baseUrlVariable, credentialVariables, parsePrefer, parseTimeout } from './config.js';
import { createContext, type GlobalOptions, type RunIo } from './context.js';
import { formatExitCodes } from './exit-codes.js';
import { terminalText } from './terminal-text.js';

const environmentHelp = [
  'Environment:',
  `  ${credentialVariables.username.padEnd(18)}your PAVE account name (required to call the API)`,
  `  ${credentialVariables.apiKey.padEnd(18)}your API key (required to call the API)`,
  `  ${credentialVariables.apiSecret.padEnd(18)}your API secret (required to call the API; never printed)`,
  `  ${baseUrlVariable.padEnd(18)}the base URL when --base-url is not given (default ${defaultBaseUrl})`,
].join('\n');

/**
 * Commander would call `process.exit` and write to the real stdout; both are redirected so `run`
 * can be called from tests and return an exit code instead.
 */
export function createProgram(io: RunIo): Command {
  const program = new Command('pave')
    .description('The PAVE vehicle-inspection sessions API from the command line.')
    .version(packageJson.version, '--version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(terminalText(text)),
      writeErr: (text) => io.stderr.write(terminalText(text)),
    })
    .showHelpAfterError('(add --help for usage)')
    .option(
      '--base-url <url>',
      `PAVE's base URL (default $${baseUrlVariable} or ${defaultBaseUrl})`,
    )
    .addOption(
      new Option(
        '--timeout <ms>',
        `longest a call may take, retries included (default ${defaultTimeoutMs})`,
      ).argParser(parseTimeout),
    )
    .option('--json', 'print the raw JSON response')
    .option('--verbose', 'log each request (method, URL, status, duration, attempt) on stderr')
    .addOption(
      new Option(
        '--prefer <value>',
        'mock only: sends a Prefer header; Prism mocks use it to choose a response (e.g. code=404)',
      ).argParser(parsePrefer),
    )
    .option(
      '--check-responses',
      "warn on stderr when PAVE's answer breaks the spec (status or body); the answer is still used",
    )
    .addHelpText('after', `\n${environmentHelp}\n\n${formatExitCodes()}`);

  const contextFor = (command: Command) =>
    createContext(io, command.optsWithGlobals<GlobalOptions>());
  addSessionCommands(program, contextFor);
  addCallbackCommands(program, contextFor);
  return program;
}
