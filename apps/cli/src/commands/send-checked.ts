/** How every command that sends a body ends: the body checked against the spec, sent, its answer printed. */
import { type BodyOperation, checkRequestBody } from '../check-input.js';
import type { CommandContext } from '../context.js';
import type { AnswerOf, CallInit } from '../pave-call.js';

export async function sendChecked<Id extends BodyOperation>(
  context: CommandContext,
  operationId: Id,
  init: CallInit & { body: unknown },
  format: (answer: AnswerOf<Id>) => readonly string[],
): Promise<void> {
  checkRequestBody(operationId, init.body);
  context.output.result(await context.call(operationId, init), format);
}
