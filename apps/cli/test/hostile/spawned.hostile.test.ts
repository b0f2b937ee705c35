// A few generated runs through the real bin in a child process, as a terminal sees them: the
// in-process runs cover the rest, since a spawn costs about a second.
import { test } from 'vitest';
import { hostileRuns } from '../../../../tools/test-support/hostile-runs.js';
import { credentialsEnv } from '../io.js';
import { spawnPave } from '../spawn-pave.js';
import { useHostileServer } from './check-runs.js';

const checkRuns = useHostileServer();

test('the bin keeps the rule too: one line, documented exit code, no stack, secret or raw control', async () => {
  const parameters = hostileRuns(6);
  await checkRuns(
    async (argv, plan) => {
      // A NUL cannot cross into a child's argv or environment; the in-process runs cover it.
      if ([...argv, ...Object.values(plan.env)].some((value) => value.includes('\u0000'))) return;
      return spawnPave(argv, { ...credentialsEnv, ...plan.env });
    },
    // Another seed than the in-process runs, so the bin sees other plans.
    { ...parameters, seed: (parameters.seed ?? 0) + 1 },
  );
}, 120_000);
