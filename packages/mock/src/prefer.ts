// Chooses which declared success an operation answers with when the caller does not say.
import type { OperationInfo } from '@pave-kit/contract';

/**
 * Prism answers with the lowest 2XX an operation declares. PAVE documents 201 for creating a
 * session and another of its pages shows 200, so the spec declares both; the mock answers
 * with 201, the documented one, unless `Prefer: code=` asks for another. A named example alone
 * (`Prefer: example=...`) still comes with 201.
 */
export function withDefaultStatus(
  operation: OperationInfo,
  prefer: string | undefined,
): string | undefined {
  if (prefer && /\bcode\s*=/.test(prefer)) return prefer;
  if (!('201' in operation.responses)) return prefer;
  return prefer ? `${prefer}, code=201` : 'code=201';
}
