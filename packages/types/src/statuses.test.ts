import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { parse } from 'yaml';
import type { KnownSessionStatus, SessionStatus } from './index.js';

const spec = parse(readFileSync(new URL('../../../openapi/pave.yaml', import.meta.url), 'utf8'));

// Written out once more so the compiler proves the list and the generated type agree.
const known = [
  'IDLE',
  'STARTED',
  'PROCESS',
  'QC_PASSED',
  'CONFIRM',
  'COMPLETE',
  'EXPIRED',
  'INVALID',
] as const satisfies readonly KnownSessionStatus[];

describe('KnownSessionStatus', () => {
  test('is generated from the statuses the spec documents', () => {
    const documented = spec.components.schemas.SessionStatus.anyOf[0].enum;
    expect([...known].sort()).toEqual([...documented].sort());
    expectTypeOf<(typeof known)[number]>().toEqualTypeOf<KnownSessionStatus>();
  });

  test('is part of SessionStatus, which takes any other string too', () => {
    expectTypeOf<KnownSessionStatus>().toExtend<SessionStatus>();
    expectTypeOf<'SOMETHING_NEW'>().toExtend<SessionStatus>();
    expectTypeOf<SessionStatus>().not.toExtend<KnownSessionStatus>();
  });
});
