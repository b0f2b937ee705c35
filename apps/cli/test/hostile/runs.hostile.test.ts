// `pave` run in-process with generated commands, flags, values and environments against a fake
// PAVE that answers garbage, HTML, invalid JSON, escape sequences, wrong shapes, or nothing.
import { test } from 'vitest';
import { hostileRuns } from '../../../../tools/test-support/hostile-runs.js';
import { runCli } from '../io.js';
import { useHostileServer } from './check-runs.js';

const checkRuns = useHostileServer();

test('every run ends in one line, a documented exit code, no stack, no secret, no raw control', async () => {
  await checkRuns((argv, plan) => runCli(argv, { env: plan.env }), hostileRuns(150));
}, 120_000);
