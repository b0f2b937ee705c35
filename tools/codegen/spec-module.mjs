// Generates packages/contract/src/generated/spec.ts: the spec as a plain object, so validators
// run anywhere (Node, a bundle, a browser) without reading or parsing YAML at run time.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { emit, generatedHeader, root, specPath } from './emit.mjs';

const fixCommand = 'pnpm nx run contract:generate';
const document = parse(await readFile(specPath, 'utf8'));

const content = `${generatedHeader(fixCommand)}
import type { OpenApiDocument } from '../document-type.js';

export const spec: OpenApiDocument = ${JSON.stringify(document, null, 2)};
`;

await emit({
  outPath: resolve(root, 'packages/contract/src/generated/spec.ts'),
  content,
  fixCommand,
  check: process.argv.includes('--check'),
});
