/** One operation of the spec, sent by the client, answered with something pave can use. */
import { type PaveClient, unwrap } from '@pave-kit/client';
import { getOperation } from '@pave-kit/contract';
import type { operations } from '@pave-kit/types';
import { checkAnswer } from './answer-check.js';
import { UnusableAnswerError } from './unusable-answer-error.js';

export type OperationId = keyof operations;

type Responses<Id extends OperationId> = operations[Id]['responses'];
type JsonBody<Response> = Response extends { content: { 'application/json': infer Body } }
  ? Body
  : never;

/** The body of an operation's success answer, as the spec describes it. */
export type AnswerOf<Id extends OperationId> = JsonBody<
  Responses<Id>[Extract<keyof Responses<Id>, 200 | 201>]
>;

export interface CallInit {
  /** The path parameters, e.g. `{ session_key: 'XXX-ABCDE12345' }`, already checked. */
  path?: Record<string, string>;
  /** A request body already checked against the spec. */
  body?: unknown;
}

interface UntypedResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

// openapi-fetch types `request` by literal paths; here the path comes from the spec at run time.
type RequestByName = (method: string, path: string, init: object) => Promise<UntypedResult>;

/** `GET /v1/sessions/XXX-ABCDE12345`: the request as a person reads it, for messages. */
function describeTarget(method: string, path: string, parameters: Record<string, string> = {}) {
  return `${method} ${path.replace(/\{([^}]+)\}/g, (whole, name: string) => parameters[name] ?? whole)}`;
}

/**
 * Sends `operationId` with the method and path the spec gives it, and returns the success answer
 * once `checkAnswer` has found in it what pave is about to use. PAVE's own errors are thrown as
 * `unwrap` throws them; an answer pave cannot use as an `UnusableAnswerError`.
 */
export async function callOperation<Id extends OperationId>(
  client: PaveClient,
  operationId: Id,
  { path: parameters, body }: CallInit = {},
): Promise<AnswerOf<Id>> {
  const { method, path } = getOperation(operationId);
  const target = describeTarget(method, path, parameters);
  const send = client.request as unknown as RequestByName;
  let result: UntypedResult;
  try {
    result = await send(method, path, {
      params: { path: parameters ?? {} },
      ...(body === undefined ? {} : { body }),
    });
  } catch (error) {
    // openapi-fetch reads a success body with JSON.parse, whose only failure is this.
    if (error instanceof SyntaxError) {
      throw new UnusableAnswerError(
        `PAVE sent an answer to ${target} that is not JSON; pave cannot read it.`,
      );
    }
    throw error;
  }
  const answer: unknown = unwrap(result);
  checkAnswer(operationId, target, answer);
  return answer as AnswerOf<Id>;
}
