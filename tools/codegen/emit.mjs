// Writes a generated file, or with --check fails when the committed copy differs from what the
// generator produces today, naming the command that fixes it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const specPath = resolve(root, 'openapi/pave.yaml');

/** A header that tells readers where a generated file comes from and how to remake it. */
export function generatedHeader(fixCommand) {
  return `/**
 * Generated from openapi/pave.yaml by \`${fixCommand}\`. Do not edit by hand:
 * change the spec and regenerate.
 */
`;
}

export async function emit({ outPath, content, fixCommand, check }) {
  const shown = relative(root, outPath);
  const source = relative(root, specPath);
  if (!check) {
    await mkdir(dirname(outPath), { recursive: true });
    await writeFile(outPath, content);
    console.log(`wrote ${shown} from ${source}`);
    return;
  }
  const committed = await readFile(outPath, 'utf8').catch(() => null);
  if (committed === content) {
    console.log(`${shown} matches ${source}`);
    return;
  }
  const problem = committed === null ? 'is missing' : `is stale: it no longer matches ${source}`;
  console.error(`${shown} ${problem}. Run \`${fixCommand}\` and commit the result.`);
  process.exitCode = 1;
}
