/** `validateResponses`: every answer checked against the PAVE spec, which `@pave-kit/contract` holds. */

import type { OperationInfo } from '@pave-kit/contract';
import { PaveContractError, type PaveContractViolation } from './errors/pave-contract-error.js';
import { PaveOptionsError } from './errors/pave-options-error.js';

/** `'report'` calls `onContractViolation` and returns the answer; `'throw'` throws. */
export type ValidateResponses = false | 'report' | 'throw';

export type ContractViolationHandler = (violation: PaveContractViolation) => void;

/** A call as the check sees it: the path is the spec's template, `/v1/sessions/{session_key}`. */
export interface CheckedCall {
  method: string;
  path: string;
  url: string;
  response?: Response | undefined;
}

export interface ResponseCheck {
  /** After openapi-fetch returned `{ data }` or `{ error }`. */
  answer(call: CheckedCall, result: { data?: unknown; error?: unknown }): Promise<void>;
  /** After openapi-fetch threw: a 2xx body that is not JSON is an answer the spec does not allow. */
  unreadable(call: CheckedCall, error: unknown): Promise<void>;
}

type Contract = typeof import('@pave-kit/contract');

const contractPackage = '@pave-kit/contract';
const missingContract =
  `needs ${contractPackage}, which holds the spec at run time: install it next to ` +
  `@pave-kit/client (npm install ${contractPackage})`;

/**
 * Loads `@pave-kit/contract` now, in the background, so a client that never validates never loads
 * it (nor Ajv, nor the spec). Whether it is installed is checked at once, so a missing package is
 * an error at creation rather than on the first call.
 */
export function createResponseCheck(
  mode: 'report' | 'throw',
  onViolation: ContractViolationHandler | undefined,
): ResponseCheck {
  if (!isInstalled(contractPackage))
    throw new PaveOptionsError('validateResponses', missingContract);
  const loading: Promise<Contract> = import('@pave-kit/contract');
  loading.catch(() => {});
  let operations: Map<string, OperationInfo> | undefined;

  async function load(): Promise<{ contract: Contract; operations: Map<string, OperationInfo> }> {
    let contract: Contract;
    try {
      contract = await loading;
    } catch (cause) {
      throw new PaveOptionsError('validateResponses', `${missingContract} (${String(cause)})`);
    }
    operations ??= new Map(
      contract
        .listOperations()
        .map((operation) => [`${operation.method} ${operation.path}`, operation]),
    );
    return { contract, operations };
  }

  function settle(
    call: CheckedCall,
    operationId: string,
    violations: PaveContractViolation[],
    cause?: unknown,
  ) {
    if (violations.length === 0) return;
    if (mode === 'report') {
      for (const violation of violations) onViolation?.(violation);
      return;
    }
    throw new PaveContractError({
      method: call.method,
      url: call.url,
      operationId,
      status: violations[0]?.status ?? 0,
      violations,
      response: call.response,
      cause,
    });
  }

  return {
    async answer(call, result) {
      if (call.response === undefined) return;
      const { contract, operations } = await load();
      const operation = operations.get(`${call.method} ${call.path}`);
      if (operation === undefined) return;
      const { status, ok } = call.response;
      const body = ok ? result.data : result.error;
      const violation = (pointer: string, message: string): PaveContractViolation => ({
        operationId: operation.operationId,
        status,
        pointer,
        message,
      });
      const key = contract.responseKeyFor(operation, status);
      let violations: PaveContractViolation[];
      if (key !== undefined && operation.responses[key] !== undefined && body === undefined) {
        violations = [
          violation('', 'body: is missing; the spec declares a JSON body for this status'),
        ];
      } else {
        const checked = contract.validateResponseBody({ operation, status, body });
        violations = checked.ok
          ? []
          : checked.issues.map((issue) => violation(issue.pointer, contract.formatIssue(issue)));
      }
      settle(call, operation.operationId, violations);
    },

    async unreadable(call, error) {
      if (!(error instanceof SyntaxError) || call.response?.ok !== true) return;
      const { operations } = await load();
      const operation = operations.get(`${call.method} ${call.path}`);
      if (operation === undefined) return;
      const message = `body: is not JSON (${error.message})`;
      const violations = [
        { operationId: operation.operationId, status: call.response.status, pointer: '', message },
      ];
      settle(call, operation.operationId, violations, error);
    },
  };
}

/** Resolving without loading; where the runtime cannot resolve synchronously, the import decides. */
function isInstalled(specifier: string): boolean {
  if (typeof import.meta.resolve !== 'function') return true;
  try {
    import.meta.resolve(specifier);
    return true;
  } catch {
    return false;
  }
}
