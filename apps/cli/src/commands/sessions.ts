/** `pave sessions ...`: create, read, update and delete inspection sessions. */
import { unwrap } from '@pave-kit/client';
import type { CreateSessionRequest, UpdateSessionRequest } from '@pave-kit/types';
import { type Command, Option } from 'commander';
import { readBodyOption } from '../body-input.js';
import { checkRequestBody, checkSessionKey } from '../check-input.js';
import type { CommandContext, ContextFor } from '../context.js';
import {
  formatCreatedSession,
  formatMessage,
  formatNotes,
  formatPhotos,
  formatResults,
  formatSession,
} from '../formats/sessions.js';
import {
  isJsonObject,
  mergeBodies,
  referenceField,
  sessionBodyFromFlags,
  sessionFields,
} from '../session-body.js';
import { UsageError } from '../usage-error.js';
import { collect, withExamples } from './command-help.js';

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
  return { params: { path: { session_key: sessionKey } } };
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
    checkRequestBody('createSession', body);
    const created = unwrap(
      await context.client().POST('/v1/sessions', { body: body as CreateSessionRequest }),
    );
    context.output.result(created, formatCreatedSession);
  });
  withExamples(create, [
    'pave sessions create --vin JN1CV6AR9BMXXXXXX',
    'pave sessions create --vin JN1CV6AR9BMXXXXXX --year 2011 --make Infiniti --model G37 \\',
    '  --sms-to 647-455-0000 --theme PRO --reference lead=4711',
    'pave sessions create --body session.json --theme LITE',
  ]);

  const get = sessions
    .command('get')
    .argument('<key>', 'session key')
    .description('show a session');
  get.action(async (key: string, _flags: unknown, command: Command) => {
    const context = contextFor(command);
    const request = sessionPath(key);
    const session = unwrap(await context.client().GET('/v1/sessions/{session_key}', request));
    context.output.result(session, formatSession);
  });
  withExamples(get, ['pave sessions get XXX-ABCDE12345']);

  const photos = sessions
    .command('photos')
    .argument('<key>', 'session key')
    .description("list a session's photos and PAVE's verdict on each");
  photos.action(async (key: string, _flags: unknown, command: Command) => {
    const context = contextFor(command);
    const request = sessionPath(key);
    const list = unwrap(await context.client().GET('/v1/sessions/{session_key}/photos', request));
    context.output.result(list, formatPhotos);
  });
  withExamples(photos, ['pave sessions photos XXX-ABCDE12345']);

  const notes = sessions
    .command('notes')
    .argument('<key>', 'session key')
    .description("show a session's notes (their shape is undocumented by PAVE)");
  notes.action(async (key: string, _flags: unknown, command: Command) => {
    const context = contextFor(command);
    const request = sessionPath(key);
    const body = unwrap(await context.client().GET('/v1/sessions/{session_key}/notes', request));
    context.output.result(body, formatNotes);
  });
  withExamples(notes, ['pave sessions notes XXX-ABCDE12345']);

  const results = sessions
    .command('results')
    .argument('<key>', 'session key')
    .description("show a completed session's results (--json for every detail)");
  results.action(async (key: string, _flags: unknown, command: Command) => {
    const context = contextFor(command);
    const request = sessionPath(key);
    const body = unwrap(await context.client().GET('/v1/sessions/{session_key}/results', request));
    context.output.result(body, formatResults);
  });
  withExamples(results, ['pave sessions results XXX-ABCDE12345 --json']);

  const update = sessions
    .command('update')
    .argument('<key>', 'session key')
    .description('change what was sent on create (PAVE decides per field until when)');
  addBodyOptions(update).action(
    async (key: string, flags: Record<string, unknown>, command: Command) => {
      const context = contextFor(command);
      const body = await readSessionBody(context, flags);
      checkRequestBody('updateSession', body);
      const request = { ...sessionPath(key), body: body as UpdateSessionRequest };
      const session = unwrap(await context.client().PUT('/v1/sessions/{session_key}', request));
      context.output.result(session, formatSession);
    },
  );
  withExamples(update, [
    'pave sessions update XXX-ABCDE12345 --redirect-url https://example.com/done --language EN',
  ]);

  const remove = sessions
    .command('delete')
    .argument('<key>', 'session key')
    .description('delete a session the customer has not started');
  remove.action(async (key: string, _flags: unknown, command: Command) => {
    const context = contextFor(command);
    const request = sessionPath(key);
    const body = unwrap(await context.client().DELETE('/v1/sessions/{session_key}', request));
    context.output.result(body, formatMessage);
  });
  withExamples(remove, ['pave sessions delete XXX-ABCDE12345']);
}
