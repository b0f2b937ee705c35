// A few generated runs through the real bin in a child process, as a terminal sees them: the
// in-process runs cover the rest, since a spawn costs about a second.
import fc from 'fast-check';
import { afterAll, beforeAll, test } from 'vitest';
import { credentialsEnv, testCredentials } from '../io.js';
import { spawnPave } from '../spawn-pave.js';
import { judgeCli } from './cli-rule.js';
import { hostileRuns } from './hostile-runs.js';
import { paveRunPlan } from './hostile-runs-of-pave.js';
import { type HostileServer, startHostileServer } from './hostile-server.js';

let server: HostileServer;

beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server?.close());

test('the bin keeps the rule too: one line, documented exit code, no stack, secret or raw control', async () => {
  await fc.assert(
    fc.asyncProperty(paveRunPlan('http://127.0.0.1:1'), async (plan) => {
      server.behaviour = plan.behaviour;
      const argv = plan.argv.map((arg) => (arg === 'http://127.0.0.1:1' ? server.url : arg));
      // A NUL cannot cross into a child's argv or environment; the in-process runs cover it.
      if ([...argv, ...Object.values(plan.env)].some((value) => value.includes('\u0000'))) return;
      const outcome = await spawnPave(argv, { ...credentialsEnv, ...plan.env });
      const problems = judgeCli(outcome, testCredentials.apiSecret, plan.verbose);
      if (problems.length > 0) {
        throw new Error(
          `${plan.label}\n-> exit ${outcome.code}\nstdout: ${JSON.stringify(outcome.stdout.slice(0, 600))}\nstderr: ${JSON.stringify(outcome.stderr.slice(0, 600))}\n${problems.join('\n')}`,
        );
      }
    }),
    { ...hostileRuns(6), seed: (hostileRuns(6).seed ?? 0) + 1 },
  );
}, 120_000);
