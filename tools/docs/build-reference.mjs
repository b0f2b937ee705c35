// Builds the API reference: one HTML file from the spec, with Redoc's scripts inlined so it opens
// without a network (Redocly's build-docs loads them from a CDN unless told otherwise). Fails when
// the page would still fetch a script, stylesheet, font or image from elsewhere.
//   node tools/docs/build-reference.mjs [SPEC] [OUTPUT]
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const [spec = 'openapi/pave.yaml', output = 'openapi/dist/reference.html'] = process.argv.slice(2);

execFileSync(
  join(root, 'node_modules/.bin/redocly'),
  ['build-docs', spec, '--inlineBundle', '--output', output],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  },
);

const html = await readFile(join(root, output), 'utf8');
const fetched = [
  ...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="(?:https?:)?\/\/[^"]*"/g),
  ...html.matchAll(/\bimport\b[^;"']*["'](?:https?:)?\/\/[^"']*["']/g),
];
if (fetched.length > 0) {
  console.error(
    `${output} would load from the network:\n${fetched.map(([tag]) => `  ${tag}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`${output}: ${(html.length / 1024).toFixed(0)} KiB, self-contained`);
