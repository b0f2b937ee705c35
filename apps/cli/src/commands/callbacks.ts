/** `pave callbacks ...`: the webhooks PAVE calls for your API key, one per event. */
import { spec } from '@pave-kit/contract';
import type { Command } from 'commander';
import { type CallbackFlags, callbackBodyFromFlags } from '../callback-body.js';
import { checkCallbackEvent, checkRequestBody } from '../check-input.js';
import type { ContextFor } from '../context.js';
import {
  formatCallbackEnvelope,
  formatCallbackList,
  formatCallbackRemoved,
  formatCallbackSaved,
} from '../formats/callbacks.js';
import { collect, withExamples } from './command-help.js';

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

  const get = callbacks
    .command('get')
    .argument('<event>', 'the event, e.g. SESSION:COMPLETE')
    .description('show the callback for one event');
  get.action(async (event: string, _flags: unknown, command: Command) => {
    const context = contextFor(command);
    const body = await context.call('getCallback', { path: eventPath(event) });
    context.output.result(body, formatCallbackEnvelope);
  });
  withExamples(get, ['pave callbacks get SESSION:COMPLETE']);

  const set = callbacks.command('set').description('register a callback for an event');
  set.option('--event <event>', `the event: ${events.join(', ')}`);
  addRegistrationOptions(set).action(async (flags: CallbackFlags, command: Command) => {
    const context = contextFor(command);
    const body = callbackBodyFromFlags(flags);
    checkRequestBody('createCallback', body);
    const saved = await context.call('createCallback', { body });
    context.output.result(saved, formatCallbackSaved);
  });
  withExamples(set, [
    'pave callbacks set --event SESSION:COMPLETE --url https://example.com/pave \\',
    "  --header 'Authorization: Bearer abc' --payload source=PAVE",
  ]);

  const update = callbacks
    .command('update')
    .argument('<event>', 'the event, e.g. SESSION:COMPLETE')
    .description('replace the callback for an event');
  addRegistrationOptions(update).action(
    async (event: string, flags: CallbackFlags, command: Command) => {
      const context = contextFor(command);
      const body = callbackBodyFromFlags(flags);
      const path = eventPath(event);
      checkRequestBody('updateCallback', body);
      const saved = await context.call('updateCallback', { path, body });
      context.output.result(saved, formatCallbackSaved);
    },
  );
  withExamples(update, [
    'pave callbacks update SESSION:COMPLETE --url https://example.com/pave-v2',
  ]);

  const remove = callbacks
    .command('delete')
    .argument('<event>', 'the event, e.g. SESSION:COMPLETE')
    .description('remove the callback for an event');
  remove.action(async (event: string, _flags: unknown, command: Command) => {
    const context = contextFor(command);
    const body = await context.call('deleteCallback', { path: eventPath(event) });
    context.output.result(body, formatCallbackRemoved);
  });
  withExamples(remove, ['pave callbacks delete SESSION:COMPLETE']);
}
