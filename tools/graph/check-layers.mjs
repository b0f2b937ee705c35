// Fails when a project depends on a project in its own or a higher layer, naming both. Reads the
// project graph Nx computes for the workspace in the current directory.
//   node tools/graph/check-layers.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findLayerProblems } from './layers.mjs';

const nx = createRequire(import.meta.url).resolve('nx/bin/nx.js');
const folder = mkdtempSync(join(tmpdir(), 'nx-graph-'));
try {
  const file = join(folder, 'graph.json');
  const run = spawnSync(process.execPath, [nx, 'graph', `--file=${file}`], { encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(`nx graph failed:\n${run.stdout}${run.stderr}`);
    process.exit(1);
  }
  const { graph } = JSON.parse(readFileSync(file, 'utf8'));
  const problems = findLayerProblems(graph, readManifest);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(`${problems.length} problem(s) with the direction of the project graph`);
    process.exitCode = 1;
  } else {
    const count = Object.keys(graph.nodes).length;
    console.log(`${count} projects, every dependency points to a lower layer`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

/** @param {string} root @returns {Record<string, Record<string, string>> | undefined} */
function readManifest(root) {
  try {
    return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  } catch {
    return undefined;
  }
}
