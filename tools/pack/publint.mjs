// Packs every publishable package as it would be published and lints the result with publint:
// exports, files, types and formats must agree, or this fails naming the package and field.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { publishedPackages, root } from './packages.mjs';

let problems = 0;
for (const dir of publishedPackages) {
  const pkgDir = resolve(root, dir);
  const pkg = JSON.parse(await readFile(resolve(pkgDir, 'package.json'), 'utf8'));
  // strict: warnings count as failures; suggestions are printed but do not fail.
  const { messages } = await publint({ pkgDir, pack: 'pnpm', strict: true, level: 'suggestion' });
  for (const message of messages) {
    if (message.type !== 'suggestion') problems += 1;
    console.log(`${pkg.name} ${message.type}: ${formatMessage(message, pkg)}`);
  }
  if (messages.length === 0) console.log(`${pkg.name}: publint found nothing to report`);
}
if (problems > 0) {
  console.error(`publint: ${problems} problem(s) above`);
  process.exitCode = 1;
}
