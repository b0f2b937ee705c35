// CommonJS entry points for a package built only as ES modules. Node 20.19+ can require() an ES
// module, so each `require` target in the package's exports is a one-line .cjs that hands back
// the ES module itself: one copy of the code, whichever way it is loaded. TypeScript's node16
// mode does not know require(esm) and refuses a CommonJS import of an ES module's declarations,
// so the declarations are copied as .d.cts, which it reads as CommonJS.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';

type Exports = string | null | undefined | { [condition: string]: Exports } | Exports[];

export async function writeRequireEntries({ cwd, outDir }: { cwd: string; outDir: string }) {
  const packageJson = JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8'));
  const targets = requireTargets(packageJson.exports);
  if (targets.length === 0) return;
  for (const target of targets) {
    const file = resolve(cwd, target);
    const esm = `./${relative(dirname(file), file).replace(/\.cjs$/, '.js')}`;
    await writeFile(file, `'use strict';\nmodule.exports = require('${esm}');\n`);
  }
  for (const name of await readdir(outDir)) {
    if (!name.endsWith('.d.ts')) continue;
    const declarations = await readFile(join(outDir, name), 'utf8');
    // Chunks import each other as ./x.js; the CommonJS copies must import the CommonJS copies.
    const commonJs = declarations.replace(/(from\s+["']\.{1,2}\/[^"']+)\.js(["'])/g, '$1.cjs$2');
    await writeFile(join(outDir, `${basename(name, '.d.ts')}.d.cts`), commonJs);
  }
}

/** The JavaScript files `require` conditions point to, e.g. `./dist/index.cjs`. */
function requireTargets(exports: Exports, underRequire = false): string[] {
  if (typeof exports === 'string') return underRequire && exports.endsWith('.cjs') ? [exports] : [];
  if (exports === null || exports === undefined) return [];
  if (Array.isArray(exports))
    return exports.flatMap((entry) => requireTargets(entry, underRequire));
  return Object.entries(exports).flatMap(([condition, target]) =>
    condition === 'types' ? [] : requireTargets(target, underRequire || condition === 'require'),
  );
}
