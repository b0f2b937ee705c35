// The CommonJS consumer: require() of @pave-kit/client, auth, contract and mock from plain
// JavaScript, the client run against the mock; then a .cts file that tsc (module NodeNext)
// compiles to require() calls, and that runs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expectRun } from './expect-run.mjs';

/** @param {ReturnType<typeof import('./npm-project.mjs').npmProject>} project */
export async function checkCommonJsConsumer(project) {
  await project.init();
  await project.npm(['pkg', 'set', 'type=commonjs']);
  await project.install([
    '@pave-kit/client',
    '@pave-kit/auth',
    '@pave-kit/contract',
    '@pave-kit/mock',
    'typescript@5.9.3',
    '@types/node@^20.19.0',
  ]);
  for (const file of ['main.js', 'client.cts', 'tsconfig.json']) {
    await project.copy(join(import.meta.dirname, 'commonjs', file), file);
  }

  expectRun(
    'plain JavaScript require()s every package and runs the client against the mock',
    await project.run('node', ['main.js']),
    {
      code: 0,
      prints: [
        'auth: signs with API-Key, API-Token, API-Timestamp',
        'contract: vehicle.vin: must be 17 characters, got 16',
        /client: created \S+, capture URL https:\/\/\S+/,
        'mock: served createSession; 0 violation(s)',
      ],
    },
  );

  expectRun(
    'tsc compiles the .cts file (module NodeNext, skipLibCheck off)',
    await project.run('npx', ['tsc', '-p', '.']),
    {
      code: 0,
    },
  );
  const compiled = await readFile(join(project.dir, 'out/client.cjs'), 'utf8');
  if (!compiled.includes('require("@pave-kit/client")')) {
    throw new Error(`tsc did not compile client.cts to require() calls:\n${compiled}`);
  }
  expectRun('the compiled .cts runs', await project.run('node', ['out/client.cjs']), {
    code: 0,
    prints: [/cts: created \S+, capture URL https:\/\/\S+/],
  });
}
