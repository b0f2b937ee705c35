// Generates packages/types/src/generated/pave.ts, the TypeScript view of the spec: the
// openapi-typescript output, a type alias per schema, and open enums an editor completes.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { emit, generatedHeader, root, specPath } from './emit.mjs';
import { withCompletableOpenEnums } from './open-enums.mjs';

const fixCommand = 'pnpm nx run types:generate';
const document = parse(await readFile(specPath, 'utf8'));

const ast = await openapiTS(new URL(`file://${specPath}`), {
  // A default says what PAVE assumes when a field is missing, not that an answer always has it.
  defaultNonNullable: false,
  // `export type Session = components['schemas']['Session']`, and so on for every schema.
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
});

await emit({
  outPath: resolve(root, 'packages/types/src/generated/pave.ts'),
  content: `${generatedHeader(fixCommand)}\n${astToString(withCompletableOpenEnums(ast, document))}`,
  fixCommand,
  check: process.argv.includes('--check'),
});
