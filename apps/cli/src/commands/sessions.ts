/** `pave sessions ...`: create, read, update and delete inspection sessions. */
import { getOperation } from '@pave-kit/contract';
import { type Command, Option } from 'commander';
import { readBodyOption } from '../body-input.js';
import { checkSessionKey } from '../check-input.js';
import type { CommandContext, ContextFor } from '../context.js';
import {
  formatCreatedSession,
  formatMessage,
  formatNotes,
  formatPhotos,
  formatResults,
  formatSession,
} from '../formats/sessions.js';
import type { AnswerOf, OperationId } from '../pave-call.js';
import {
  isJsonObject,
  mergeBodies,
  referenceField,
  sessionBodyFromFlags,
  sessionFields,
} from '../session-body.js';
import { UsageError } from '../usage-error.js';
import { collect, withExamples } from './command-help.js';
import { sendChecked } from './send-checked.js';

function addBodyOptions(command: Command): Command {
  command.option(
    '--body <file>',
    'the whole request body as JSON, from a file or - for stdin; flags are merged into it',
  );
  for (const field of sessionFields) {
    command.addOption(new Option(field.flags, field.description));
    if (field.negatable) {
      command.addOption(new Option(`--no-${field.flags.slice(2)}`, `do not ${field.description}`));
    }
  }
  command.addOption(
    new Option(referenceField.flags, referenceField.description).argParser(collect),
  );
  return command;
}

/** The flags, merged into `--body` when it is given: a flag wins over the same field of the file. */
async function readSessionBody(
  context: CommandContext,
  flags: Record<string, unknown>,
): Promise<unknown> {
  const fromFlags = sessionBodyFromFlags(flags);
  if (typeof flags.body !== 'string') return fromFlags;
  const fromFile = await readBodyOption(flags.body, context.stdin);
  if (Object.keys(fromFlags).length === 0) return fromFile;
  if (!isJsonObject(fromFile)) {
    throw new UsageError('--body must hold a JSON object for the other flags to be merged into');
  }
  return mergeBodies(fromFile, fromFlags);
}

function sessionPath(sessionKey: string) {
  checkSessionKey(sessionKey);
  return { session_key: sessionKey };
}

/** A command whose only input is a session key: one operation of the spec, printed one way. */
interface KeyedCommandSpec<Id extends OperationId> {
  operationId: Id;
  name: string;
  description: string;
  format: (answer: AnswerOf<Id>) => string[];
  example: string;
}

interface KeyedCommand extends Omit<KeyedCommandSpec<OperationId>, 'format'> {
  /** Calls the operation for `key` and prints its answer. */
  show(context: CommandContext, key: string): Promise<void>;
}

// Binds each entry's `format` to its own operation's answer, so the table stays type-checked.
function keyed<Id extends OperationId>({ format, ...spec }: KeyedCommandSpec<Id>): KeyedCommand {
  return {
    ...spec,
    async show(context, key) {
      const answer = await context.call(spec.operationId, { path: sessionPath(key) });
      context.output.result(answer, format);
    },
  };
}

/** In the order `pave sessions --help` lists them; `delete` comes after `update`. */
const keyedReads = [
  keyed({
    operationId: 'getSession',
    name: 'get',
    description: 'show a session',
    format: formatSession,
    example: 'pave sessions get XXX-ABCDE12345',
  }),
  keyed({
    operationId: 'listSessionPhotos',
    name: 'photos',
    description: "list a session's photos and PAVE's verdict on each",
    format: formatPhotos,
    example: 'pave sessions photos XXX-ABCDE12345',
  }),
  keyed({
    operationId: 'getSessionNotes',
    name: 'notes',
    description: "show a session's notes (their shape is undocumented by PAVE)",
    format: formatNotes,
    example: 'pave sessions notes XXX-ABCDE12345',
  }),
  keyed({
    operationId: 'getSessionResults',
    name: 'results',
    description: "show a completed session's results (--json for every detail)",
    format: formatResults,
    example: 'pave sessions results XXX-ABCDE12345 --json',
  }),
];

const keyedDelete = keyed({
  operationId: 'deleteSession',
  name: 'delete',
  description: 'delete a session the customer has not started',
  format: formatMessage,
  example: 'pave sessions delete XXX-ABCDE12345',
});

/**
 * One action for every keyed command: the operation's method and path come from the spec, so
 * an entry says only what the command is called and how its answer reads.
 */
function addKeyedCommand(sessions: Command, keyedCommand: KeyedCommand, contextFor: ContextFor) {
  const { operationId, name, description, example } = keyedCommand;
  const { path } = getOperation(operationId);
  if (!path.startsWith('/v1/sessions/{session_key}')) {
    throw new Error(`${operationId} (${path}) does not take a session key`);
  }
  const command = sessions.command(name).argument('<key>', 'session key').description(description);
  command.action((key: string, _flags: unknown, command: Command) =>
    keyedCommand.show(contextFor(command), key),
  );
  withExamples(command, [example]);
}

export function addSessionCommands(program: Command, contextFor: ContextFor): void {
  const sessions = program
    .command('sessions')
    .description('create, read, update and delete inspection sessions');

  const create = sessions
    .command('create')
    .description('create a session and print the capture URL to send the customer');
  addBodyOptions(create).action(async (flags: Record<string, unknown>, command: Command) => {
    const context = contextFor(command);
    const body = await readSessionBody(context, flags);
    await sendChecked(context, 'createSession', { body }, formatCreatedSession);
  });
  withExamples(create, [
    'pave sessions create --vin JN1CV6AR9BMXXXXXX',
    'pave sessions create --vin JN1CV6AR9BMXXXXXX --year 2011 --make Infiniti --model G37 \\',
    '  --sms-to 647-455-0000 --theme PRO --reference lead=4711',
    'pave sessions create --body session.json --theme LITE',
  ]);

  for (const read of keyedReads) addKeyedCommand(sessions, read, contextFor);

  const update = sessions
    .command('update')
    .argument('<key>', 'session key')
    .description('change what was sent on create (PAVE decides per field until when)');
  addBodyOptions(update).action(
    async (key: string, flags: Record<string, unknown>, command: Command) => {
      const context = contextFor(command);
      const body = await readSessionBody(context, flags);
      await sendChecked(context, 'updateSession', { path: sessionPath(key), body }, formatSession);
    },
  );
  withExamples(update, [
    'pave sessions update XXX-ABCDE12345 --redirect-url https://example.com/done --language EN',
  ]);

  addKeyedCommand(sessions, keyedDelete, contextFor);
}
