// The request-target rule as the published bundle carries it: tree-shaking once dropped the
// decode whose exception is the check, and the built mock answered 500 to an overlong escape.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'tsdown';
import { afterAll, expect, test } from 'vitest';

const source = fileURLToPath(new URL('./request-target.ts', import.meta.url));
let outDir: string | undefined;

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

test('the bundled rule still refuses escapes that do not spell UTF-8', async () => {
  outDir = await mkdtemp(join(tmpdir(), 'pave-request-target-'));
  await build({
    entry: [source],
    format: 'esm',
    platform: 'node',
    target: 'node20',
    dts: false,
    outDir,
    fixedExtension: false,
    logLevel: 'silent',
    config: false,
  });
  const bundled = (await import(
    pathToFileURL(join(outDir, 'request-target.js')).href
  )) as typeof import('./request-target.js');
  for (const target of ['/v1/sessions/%e0%80', '/v1/sessions/%FF', '/v1/sessions/%c0%af']) {
    expect(bundled.refuseRequestTarget(target)).toContain('do not spell UTF-8');
  }
  expect(bundled.refuseRequestTarget('/v1/sessions/%C3%A9')).toBeUndefined();
}, 60_000);
