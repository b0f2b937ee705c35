import type { PaveFailureKind } from '@pave-kit/client';
import { describe, expect, test } from 'vitest';
import {
  exitCodeByFailureKind,
  exitCodeForFailure,
  exitCodes,
  formatExitCodes,
} from './exit-codes.js';

describe('exit codes', () => {
  test('are 0 to 10, one meaning each', () => {
    const codes = Object.values(exitCodes).map(({ code }) => code);
    expect(codes).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test.each<[PaveFailureKind, number]>([
    ['invalid', 3],
    ['rejected', 3],
    ['unauthorized', 4],
    ['not-found', 5],
    ['rate-limited', 6],
    ['server-error', 7],
    ['timeout', 8],
    ['network', 9],
    ['unexpected', 1],
  ])('a %s failure exits %i', (kind, code) => {
    expect(exitCodeForFailure(kind)).toBe(code);
  });

  test('every kind describeFailure knows has a code, and only 3 is shared (400 with and without fields)', () => {
    const names = Object.values(exitCodeByFailureKind);
    expect(names).toHaveLength(9);
    expect(names.filter((name) => name === 'rejected')).toHaveLength(2);
    expect(new Set(names).size).toBe(8);
  });

  test('the help section lists every code with its meaning, aligned', () => {
    const [title, ...lines] = formatExitCodes().split('\n');
    expect(title).toBe('Exit codes:');
    expect(lines).toEqual(
      Object.values(exitCodes).map(({ code, meaning }) => `  ${String(code).padEnd(4)}${meaning}`),
    );
  });
});
