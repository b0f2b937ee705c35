// How many cases a hostile suite runs and from which seed: fixed, so that a failure replays,
// and overridable, so that a failure can be replayed or the search widened.
import type { Parameters } from 'fast-check';

/** The seed every hostile suite starts from unless `PAVE_HOSTILE_SEED` names another. */
export const defaultSeed = 20260214;

function readNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  }
  return value;
}

/** fast-check's settings for a suite that runs `baseRuns` cases at scale 1. */
export function hostileRuns<T>(baseRuns: number): Parameters<T> {
  const seed = readNumber('PAVE_HOSTILE_SEED', defaultSeed);
  const scale = readNumber('PAVE_HOSTILE_SCALE', 1);
  return {
    seed: Math.trunc(seed),
    numRuns: Math.max(1, Math.round(baseRuns * scale)),
    // Shrinking re-sends requests for minutes on a busy machine; the case and its seed are enough.
    endOnFailure: true,
  };
}
