/** What a command gets from its run: the output, stdin, and calls to PAVE on a client made once. */
import {
  createPaveClient,
  type FetchFunction,
  type PaveClient,
  PaveOptionsError,
} from '@pave-kit/client';
import type { Command } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import type { InputStream } from './body-input.js';
import { createCliFetch } from './cli-fetch.js';
import { type Environment, resolveApiConfig } from './config.js';
import { createOutput, type Output, type TextSink } from './output.js';
import { type AnswerOf, type CallInit, callOperation, type OperationId } from './pave-call.js';
import { UsageError } from './usage-error.js';

/** Everything `run` touches outside itself, so tests can run the CLI in-process. */
export interface RunIo {
  env: Environment;
  stdout: TextSink;
  stderr: TextSink;
  stdin?: InputStream;
  /** Default `globalThis.fetch`. */
  fetch?: FetchFunction;
}

/** The options every command accepts, from `pave --help`. */
export interface GlobalOptions {
  baseUrl?: string;
  timeout?: number;
  json?: boolean;
  verbose?: boolean;
  prefer?: string;
  checkResponses?: boolean;
}

export interface CommandContext {
  readonly output: Output;
  readonly stdin: InputStream | undefined;
  /**
   * Sends an operation of the spec and resolves to PAVE's answer once it is known to hold what
   * the command prints. Reads the credentials only now, so commands that send nothing never
   * need them.
   */
  call<Id extends OperationId>(operationId: Id, init?: CallInit): Promise<AnswerOf<Id>>;
}

/** How a command's action gets its context: from the options of the command that ran. */
export type ContextFor = (command: Command) => CommandContext;

export function createContext(io: RunIo, options: GlobalOptions): CommandContext {
  const output = createOutput(io.stdout, io.stderr, options.json === true);
  let client: PaveClient | undefined;
  return {
    output,
    stdin: io.stdin,
    async call(operationId, init) {
      client ??= connect(io, options, output);
      return callOperation(client, operationId, init);
    },
  };
}

function connect(io: RunIo, options: GlobalOptions, output: Output): PaveClient {
  const config = resolveApiConfig(io.env, options);
  const log = options.verbose ? (line: string) => output.message(line) : undefined;
  log?.(
    `Base URL ${config.baseUrl} (from ${config.baseUrlSource}), ` +
      `${config.timeoutMs === undefined ? 'default timeout' : `timeout ${config.timeoutMs} ms`}`,
  );
  const fetch = createCliFetch({
    fetch: io.fetch ?? ((request, init) => globalThis.fetch(request, init)),
    prefer: options.prefer,
    log,
  });
  try {
    return createPaveClient({
      ...config.credentials,
      baseUrl: config.baseUrl,
      fetch,
      // Lets PAVE (and its support) tell CLI traffic from the portal's.
      userAgent: `pave-cli/${packageJson.version}`,
      ...(config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }),
      ...(options.checkResponses
        ? {
            validateResponses: 'report' as const,
            // A warning, not a failure: the answer is still used, so a team can see every place
            // PAVE and the spec disagree in one run.
            onContractViolation: ({ operationId, status, message }) =>
              output.message(
                `Warning: PAVE's ${status} answer to ${operationId} breaks the spec: ${message}`,
              ),
          }
        : {}),
    });
  } catch (error) {
    // The client checks the base URL's form; its rule is kept, the name is the user's.
    if (!(error instanceof PaveOptionsError) || error.option !== 'baseUrl') throw error;
    throw new UsageError(`${config.baseUrlSource} ${error.rule}`);
  }
}
