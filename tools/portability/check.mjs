// The portability check: the spec keeps to what other generators read, and the clients that
// @hey-api/openapi-ts and openapi-zod-client generate from it type-check and are typed right.
import { readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { root, specPath as workspaceSpec } from '../codegen/emit.mjs';
import { checkGeneratedClients } from './generated-clients.mjs';
import { specFindings } from './spec-rules.mjs';

// Under node_modules so the generated code resolves the workspace's zod, @zodios/core and axios.
const outDir = resolve(root, 'node_modules/.cache/pave-portability');

// Another spec file may be named, to see what the check makes of it.
const specPath = resolve(process.argv[2] ?? workspaceSpec);
const shown = process.argv[2] ?? 'openapi/pave.yaml';
const document = parse(await readFile(specPath, 'utf8'));
const problems = specFindings(document).map(({ pointer, rule }) => `${shown}#${pointer}: ${rule}`);
await rm(outDir, { recursive: true, force: true });
problems.push(...(await checkGeneratedClients(specPath, outDir)));

if (problems.length > 0) {
  console.error(`The spec does not generate cleanly elsewhere (${problems.length} problems):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exitCode = 1;
} else {
  console.log(
    `${shown}: no multi-type schemas, every status range has explicit codes beside it;\n` +
      '@hey-api/openapi-ts and openapi-zod-client generate clients that type-check, with no NaN status\n' +
      'and createSession typed with vehicle.vin: string.',
  );
  await rm(outDir, { recursive: true, force: true });
}
