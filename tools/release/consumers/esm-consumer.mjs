// The ESM consumer: `npm install @pave-kit/client @pave-kit/mock vitest`, a small app, and the
// README's contract test. It passes against usePaveMock; the same test sending a 16-character VIN
// fails the way the README says an invalid body does (a 400 naming vehicle.vin).
import { join } from 'node:path';
import { expectRun } from './expect-run.mjs';
import { README_VIN, readmeContractTest } from './readme-contract-test.mjs';

/** @param {ReturnType<typeof import('./npm-project.mjs').npmProject>} project */
export async function checkEsmConsumer(project) {
  await project.init();
  await project.npm(['pkg', 'set', 'type=module']);
  await project.install(['@pave-kit/client', '@pave-kit/mock', 'vitest']);
  await project.copy(join(import.meta.dirname, 'esm/src'), 'src');

  const test = await readmeContractTest();
  const shortVin = README_VIN.slice(0, 16);
  await project.write('test/pave.contract.test.ts', test);
  await project.write(
    'test/short-vin.contract.test.ts',
    test.replace(`'${README_VIN}'`, `'${shortVin}'`),
  );

  // The mock starts in beforeAll: on a busy machine that can pass vitest's 10 s default.
  const vitest = (/** @type {string} */ file) =>
    project.run('npx', ['vitest', 'run', file, '--hookTimeout=120000', '--testTimeout=120000']);
  expectRun(
    'the README contract test passes against usePaveMock',
    await vitest('test/pave.contract.test.ts'),
    {
      code: 0,
      prints: ['1 passed'],
    },
  );
  expectRun(
    'the README contract test with a 16-character VIN fails, naming the field and the rule',
    await vitest('test/short-vin.contract.test.ts'),
    {
      code: 1,
      prints: ['1 failed', 'PAVE answered 400', 'vehicle.vin', 'must be 17 characters, got 16'],
    },
  );
}
