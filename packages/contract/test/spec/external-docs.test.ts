/** Each operation, and each webhook PAVE describes, links to the PAVE page it models. */
import { describe, expect, test } from 'vitest';
import { spec } from '../../src/index.js';

interface Operation {
  operationId: string;
  externalDocs?: { url?: unknown; description?: unknown };
}

function operationsOf(items: Record<string, unknown> | undefined): [string, Operation][] {
  return Object.values(items ?? {}).flatMap((item) =>
    Object.values(item as Record<string, unknown>)
      .filter((value): value is Operation => typeof (value as Operation)?.operationId === 'string')
      .map((operation) => [operation.operationId, operation] as [string, Operation]),
  );
}

// PAVE documents no body for a note being added; its webhooks overview has no page of its own.
const webhooksWithoutPage = ['onNoteInsert'];

describe('externalDocs', () => {
  const operations = operationsOf(spec.paths);
  const webhooks = operationsOf(spec.webhooks).filter(
    ([operationId]) => !webhooksWithoutPage.includes(operationId),
  );

  test('covers every operation and webhook', () => {
    expect(operations.length).toBeGreaterThanOrEqual(12);
    expect(webhooks.length).toBe(Object.keys(spec.webhooks ?? {}).length - 1);
  });

  test.each([...operations, ...webhooks])('%s links to a page of PAVE', (_id, operation) => {
    expect(operation.externalDocs?.url).toMatch(/^https:\/\/docs\.paveapi\.com\//);
    expect(operation.externalDocs?.description).toEqual(expect.any(String));
  });
});
