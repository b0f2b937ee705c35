// Generates packages/types/src/generated/pave.ts, the TypeScript view of the spec.
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { emit, generatedHeader, root, specPath } from './emit.mjs';

const fixCommand = 'pnpm nx run types:generate';
// A default says what PAVE assumes when a field is missing, not that an answer always has it.
const ast = await openapiTS(new URL(`file://${specPath}`), { defaultNonNullable: false });

await emit({
  outPath: resolve(root, 'packages/types/src/generated/pave.ts'),
  content: `${generatedHeader(fixCommand)}\n${astToString(ast)}`,
  fixCommand,
  check: process.argv.includes('--check'),
});
