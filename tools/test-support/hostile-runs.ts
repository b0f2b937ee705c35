// How many cases a generated hostile suite runs and from which seed, for the mock's, the CLI's and
// the portal's suites alike: fixed, so that a failure replays, and overridable by environment, so
// that another seed can be tried or the search widened. The result is fast-check's `Parameters`
// (its fields are written out here so this module needs no package of its own).

/** The seed every hostile suite starts from unless `PAVE_HOSTILE_SEED` names another. */
export const defaultSeed = 20260214;

export interface HostileRunParameters {
  seed: number;
  numRuns: number;
  endOnFailure: boolean;
}

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
export function hostileRuns(baseRuns: number): HostileRunParameters {
  const seed = readNumber('PAVE_HOSTILE_SEED', defaultSeed);
  const scale = readNumber('PAVE_HOSTILE_SCALE', 1);
  return {
    seed: Math.trunc(seed),
    numRuns: Math.max(1, Math.round(baseRuns * scale)),
    // Shrinking re-sends requests for minutes on a busy machine; the case and its seed are enough.
    endOnFailure: true,
  };
}
