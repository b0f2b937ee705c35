// One hostile server for a test file, and the property every generated run of `pave` is held to,
// whichever way the run is made (in-process or through the bin).
import fc from 'fast-check';
import { afterAll, beforeAll } from 'vitest';
import {
  type HostileServer,
  startHostileServer,
} from '../../../../tools/test-support/hostile-pave.js';
import { testCredentials } from '../io.js';
import { type CliOutcome, judgeCli } from './cli-rule.js';
import { type PaveRunPlan, paveRunPlan } from './hostile-runs-of-pave.js';

// Plans are generated before the server has a port; this stands in for its URL until a run.
const serverPlaceholder = 'http://127.0.0.1:1';

/** How one run is made; undefined skips a plan this way of running cannot carry. */
export type RunPave = (argv: string[], plan: PaveRunPlan) => Promise<CliOutcome | undefined>;

/** Starts a hostile server around this file's tests and returns the check that runs plans on it. */
export function useHostileServer() {
  let server: HostileServer;
  beforeAll(async () => {
    server = await startHostileServer();
  });
  afterAll(() => server?.close());

  return (run: RunPave, parameters: fc.Parameters<[PaveRunPlan]>) =>
    fc.assert(
      fc.asyncProperty(paveRunPlan(serverPlaceholder), async (plan) => {
        server.behaviour = plan.behaviour;
        const argv = plan.argv.map((arg) => (arg === serverPlaceholder ? server.url : arg));
        const outcome = await run(argv, plan);
        if (!outcome) return;
        const problems = judgeCli(outcome, testCredentials.apiSecret, plan.verbose);
        if (problems.length > 0) {
          throw new Error(
            `${plan.label}\n-> exit ${outcome.code}\nstdout: ${JSON.stringify(outcome.stdout.slice(0, 600))}\nstderr: ${JSON.stringify(outcome.stderr.slice(0, 600))}\n${problems.join('\n')}`,
          );
        }
      }),
      parameters,
    );
}
