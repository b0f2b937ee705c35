// Packs every published package as `pnpm publish` would and checks what a consumer receives: the
// LICENSE, identical to the repository's, and types that TypeScript resolves for every entry point
// under node10, node16 (from CommonJS and from ESM) and bundler resolution, by arethetypeswrong
// with its default (strict) profile.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { publishedPackages, root } from './packages.mjs';

const packed = await mkdtemp(join(tmpdir(), 'pave-kit-tarballs-'));
const licence = await readFile(resolve(root, 'LICENSE'), 'utf8');
const problems = [];

try {
  for (const dir of publishedPackages) {
    const pkg = JSON.parse(await readFile(resolve(root, dir, 'package.json'), 'utf8'));
    const before = new Set(await readdir(packed));
    execFileSync('pnpm', ['pack', '--pack-destination', packed], {
      cwd: resolve(root, dir),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const tarball = join(packed, (await readdir(packed)).find((file) => !before.has(file)) ?? '');

    const shipped = tar(['-xzOf', tarball, 'package/LICENSE'], { allowFailure: true });
    if (shipped === undefined) problems.push(`${pkg.name}: the tarball has no LICENSE`);
    else if (shipped !== licence)
      problems.push(`${pkg.name}: its LICENSE differs from ${root}/LICENSE`);
    else console.log(`${pkg.name}: LICENSE ships, identical to the repository's`);

    if (!pkg.exports) {
      console.log(`${pkg.name}: no exports (a command only), nothing for TypeScript to resolve`);
      continue;
    }
    try {
      execFileSync(
        resolve(root, 'node_modules/.bin/attw'),
        [tarball, '--no-definitely-typed', '--no-color', '--format', 'table-flipped'],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      console.log(`${pkg.name}: arethetypeswrong found no problem in any entry point`);
    } catch (error) {
      const { stdout, stderr } = /** @type {{ stdout: string, stderr: string }} */ (error);
      problems.push(`${pkg.name}: arethetypeswrong found problems:\n${stdout}${stderr}`);
    }
  }
} finally {
  await rm(packed, { recursive: true, force: true });
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exitCode = 1;
}

/**
 * @param {string[]} args
 * @param {{ allowFailure?: boolean }} [options]
 * @returns {string | undefined} stdout, or undefined when tar failed and that is allowed
 */
function tar(args, { allowFailure = false } = {}) {
  try {
    return execFileSync('tar', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    if (allowFailure) return undefined;
    throw error;
  }
}
