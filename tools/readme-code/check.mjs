// The README code check: every TypeScript and JavaScript block of every README compiles, as a
// consumer's strict project compiles it against the built packages, and every JavaScript block
// a README says to save runs against a real mock. Usage, from the workspace root:
//   node tools/readme-code/check.mjs [README.md ...]   (default: every README git knows)
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findCodeBlocks } from './code-blocks.mjs';
import { layOutProject, writeProject } from './consumer-project.mjs';
import { runBlocks } from './run-blocks.mjs';
import { typeCheck } from './type-check.mjs';

// A bound for a busy machine, never a measure of speed: a block that hangs fails, named.
const RUN_TIMEOUT_MS = 120_000;

const readmes =
  process.argv.length > 2
    ? process.argv.slice(2)
    : execFileSync('git', ['ls-files', '-z', '*README.md'], { encoding: 'utf8' })
        .split('\0')
        .filter(Boolean);

const blocks = [];
for (const readme of readmes)
  blocks.push(...findCodeBlocks(readme, await readFile(readme, 'utf8')));
const { files, excerpts, problems } = layOutProject(blocks);
const runnable = files.filter((file) => file.block.saveAs && file.block.kind === 'js');

const dir = await mkdtemp(join(tmpdir(), 'pave-readme-code-'));
try {
  await writeProject(dir, files, join(import.meta.dirname, 'node_modules'));
  const findings = typeCheck(dir, files);
  const runs = await runBlocks(dir, runnable, { timeoutMs: RUN_TIMEOUT_MS });
  findings.push(...runs.flatMap((run) => run.findings));

  const count = (/** @type {'ts' | 'js'} */ kind) =>
    files.filter((f) => f.block.kind === kind).length;
  console.log(
    `${readmes.length} READMEs: ${count('ts')} TypeScript and ${count('js')} JavaScript blocks type-checked ` +
      `(${files.filter((f) => f.block.continued).length} continuing an earlier block), ` +
      `${runnable.length} run against the mock${excerpts.length > 0 ? `, ${excerpts.length} excerpts left out` : ''}.`,
  );
  for (const { file, requests, findings: failed } of runs) {
    const outcome = failed.length === 0 ? 'ran' : 'FAILED';
    const asked = requests.length > 0 ? `; the mock answered ${requests.join(', ')}` : '';
    console.log(
      `  ${file.block.readme}:${file.block.line - 1} ${file.block.fileName} ${outcome}${asked}`,
    );
  }
  for (const excerpt of excerpts)
    console.log(`  not compiled: ${excerpt.readme}:${excerpt.line - 1} (excerpt)`);

  const all = [...problems, ...findings.map(({ where, message }) => `${where} ${message}`)];
  if (all.length > 0) {
    console.error(`\nREADME code that does not compile or run (${all.length}):`);
    for (const line of all) console.error(line.replace(/\n/g, '\n  '));
    process.exitCode = 1;
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
