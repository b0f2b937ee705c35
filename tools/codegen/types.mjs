// Generates packages/types/src/generated/pave.ts from openapi/pave.yaml, or with --check
// proves the committed file is what the spec generates today.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const specPath = resolve(root, 'openapi/pave.yaml');
const outPath = resolve(root, 'packages/types/src/generated/pave.ts');
const fixCommand = 'pnpm nx run types:generate';

const header = `/**
 * Generated from openapi/pave.yaml by \`${fixCommand}\`. Do not edit by hand:
 * change the spec and regenerate.
 */

`;

export async function generateTypes() {
  const ast = await openapiTS(new URL(`file://${specPath}`));
  return header + astToString(ast);
}

async function main() {
  const check = process.argv.includes('--check');
  const generated = await generateTypes();
  const shown = relative(root, outPath);
  if (!check) {
    await mkdir(dirname(outPath), { recursive: true });
    await writeFile(outPath, generated);
    console.log(`wrote ${shown} from ${relative(root, specPath)}`);
    return;
  }
  const committed = await readFile(outPath, 'utf8').catch(() => null);
  if (committed === generated) {
    console.log(`${shown} matches ${relative(root, specPath)}`);
    return;
  }
  console.error(
    committed === null
      ? `${shown} is missing. Run \`${fixCommand}\` and commit the result.`
      : `${shown} is stale: it no longer matches ${relative(root, specPath)}. Run \`${fixCommand}\` and commit the result.`,
  );
  process.exitCode = 1;
}

await main();
