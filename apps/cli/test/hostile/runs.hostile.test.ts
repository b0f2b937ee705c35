// `pave` run in-process with generated commands, flags, values and environments against a fake
// PAVE that answers garbage, HTML, invalid JSON, escape sequences, wrong shapes, or nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, test } from 'vitest';
import { runCli, testCredentials } from '../io.js';
import { judgeCli } from './cli-rule.js';
import { hostileRuns } from './hostile-runs.js';
import { paveRunPlan } from './hostile-runs-of-pave.js';
import { type HostileServer, startHostileServer } from './hostile-server.js';

let server: HostileServer;

beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server?.close());

test('every run ends in one line, a documented exit code, no stack, no secret, no raw control', async () => {
  await fc.assert(
    fc.asyncProperty(paveRunPlan('http://127.0.0.1:1'), async (plan) => {
      server.behaviour = plan.behaviour;
      const argv = plan.argv.map((arg) => (arg === 'http://127.0.0.1:1' ? server.url : arg));
      const outcome = await runCli(argv, { env: plan.env });
      const problems = judgeCli(outcome, testCredentials.apiSecret, plan.verbose);
      if (problems.length > 0) {
        throw new Error(
          `${plan.label}\n-> exit ${outcome.code}\nstdout: ${JSON.stringify(outcome.stdout.slice(0, 600))}\nstderr: ${JSON.stringify(outcome.stderr.slice(0, 600))}\n${problems.join('\n')}`,
        );
      }
    }),
    hostileRuns(150),
  );
}, 120_000);
