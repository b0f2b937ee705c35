// Writes the table of statuses each operation declares into the READMEs that advise
// `Prefer: code=`, between marker comments; with --check, fails when a table is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { root, specPath } from './emit.mjs';
import { statusTable } from './status-table.mjs';

export const readmes = ['README.md', 'packages/mock/README.md'];
export const startMarker =
  '<!-- statuses: generated from openapi/pave.yaml by `pnpm nx run tools:generate` -->';
export const endMarker = '<!-- end of statuses -->';

/** The README with its marked block replaced by `table`; throws when the markers are missing. */
export function withTable(readme, table, name) {
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start === -1 || end < start) {
    throw new Error(`${name} has no "${startMarker}" ... "${endMarker}" block`);
  }
  return `${readme.slice(0, start + startMarker.length)}\n\n${table}\n\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const table = statusTable(parse(await readFile(specPath, 'utf8')));
  for (const name of readmes) {
    const path = resolve(root, name);
    const current = await readFile(path, 'utf8');
    const wanted = withTable(current, table, name);
    if (current === wanted) {
      console.log(`${name}: the statuses table matches openapi/pave.yaml`);
    } else if (check) {
      console.error(
        `${name}: the statuses table is stale. Run \`pnpm nx run tools:generate\` and commit the result.`,
      );
      process.exitCode = 1;
    } else {
      await writeFile(path, wanted);
      console.log(`wrote the statuses table of ${name} from openapi/pave.yaml`);
    }
  }
}
