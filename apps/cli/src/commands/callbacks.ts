/** `pave callbacks ...`: the webhooks PAVE calls for your API key, one per event. */
import { spec } from '@pave-kit/contract';
import type { Command } from 'commander';
import { type CallbackFlags, callbackBodyFromFlags } from '../callback-body.js';
import { checkCallbackEvent } from '../check-input.js';
import type { CommandContext, ContextFor } from '../context.js';
import {
  formatCallbackEnvelope,
  formatCallbackList,
  formatCallbackRemoved,
  formatCallbackSaved,
} from '../formats/callbacks.js';
import { collect, withExamples } from './command-help.js';
import { sendChecked } from './send-checked.js';

const events = (spec.components.schemas.CallbackEvent as { enum: readonly string[] }).enum;

function addRegistrationOptions(command: Command): Command {
  return command
    .option('--url <url>', 'your endpoint, which PAVE calls')
    .option('--method <method>', 'HTTP method PAVE calls it with (default POST)')
    .option(
      '--header <header>',
      "'Name: value' header PAVE sends with each call (repeatable)",
      collect,
    )
    .option('--payload <key=value>', "extra field in PAVE's body (repeatable)", collect);
}

function eventPath(event: string) {
  checkCallbackEvent(event);
  return { event };
}

/** `pave callbacks get|delete EVENT`: the event is the whole input, checked before it is sent. */
function addEventCommand(
  callbacks: Command,
  contextFor: ContextFor,
  spec: {
    name: string;
    description: string;
    show: (context: CommandContext, path: { event: string }) => Promise<void>;
  },
): void {
  const command = callbacks
    .command(spec.name)
    .argument('<event>', 'the event, e.g. SESSION:COMPLETE')
    .description(spec.description);
  command.action((event: string, _flags: unknown, command: Command) =>
    spec.show(contextFor(command), eventPath(event)),
  );
  withExamples(command, [`pave callbacks ${spec.name} SESSION:COMPLETE`]);
}

export function addCallbackCommands(program: Command, contextFor: ContextFor): void {
  const callbacks = program
    .command('callbacks')
    .description(`manage webhooks, one per event (${events.join(', ')})`);

  const list = callbacks.command('list').description('list the callbacks of your API key');
  list.action(async (_flags: unknown, command: Command) => {
    const context = contextFor(command);
    const body = await context.call('listCallbacks');
    context.output.result(body, formatCallbackList);
  });
  withExamples(list, ['pave callbacks list']);

  addEventCommand(callbacks, contextFor, {
    name: 'get',
    description: 'show the callback for one event',
    show: async (context, path) =>
      context.output.result(await context.call('getCallback', { path }), formatCallbackEnvelope),
  });

  const set = callbacks.command('set').description('register a callback for an event');
  set.option('--event <event>', `the event: ${events.join(', ')}`);
  addRegistrationOptions(set).action((flags: CallbackFlags, command: Command) =>
    sendChecked(
      contextFor(command),
      'createCallback',
      { body: callbackBodyFromFlags(flags) },
      formatCallbackSaved,
    ),
  );
  withExamples(set, [
    'pave callbacks set --event SESSION:COMPLETE --url https://example.com/pave \\',
    "  --header 'Authorization: Bearer abc' --payload source=PAVE",
  ]);

  const update = callbacks
    .command('update')
    .argument('<event>', 'the event, e.g. SESSION:COMPLETE')
    .description('replace the callback for an event');
  addRegistrationOptions(update).action((event: string, flags: CallbackFlags, command: Command) => {
    const body = callbackBodyFromFlags(flags);
    const init = { path: eventPath(event), body };
    return sendChecked(contextFor(command), 'updateCallback', init, formatCallbackSaved);
  });
  withExamples(update, [
    'pave callbacks update SESSION:COMPLETE --url https://example.com/pave-v2',
  ]);

  addEventCommand(callbacks, contextFor, {
    name: 'delete',
    description: 'remove the callback for an event',
    show: async (context, path) =>
      context.output.result(await context.call('deleteCallback', { path }), formatCallbackRemoved),
  });
}
