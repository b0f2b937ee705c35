// Serves the HTML API reference built from the spec, read once and kept.
import { readFile } from 'node:fs/promises';
import type { Handler } from 'hono';
import type { MockEnv } from '../../mock-env.js';

/**
 * Beside the bundle once built (the build copies it into `dist/`); in the workspace, where the
 * `openapi:docs` target writes it.
 */
const candidates = [
  new URL('./reference.html', import.meta.url),
  new URL('../../../../../openapi/dist/reference.html', import.meta.url),
];

async function loadReference(): Promise<string | undefined> {
  for (const candidate of candidates) {
    try {
      return await readFile(candidate, 'utf8');
    } catch {
      // Try the next place.
    }
  }
  return undefined;
}

export function docsRoute(): Handler<MockEnv> {
  let page: Promise<string | undefined> | undefined;
  return async (c) => {
    page ??= loadReference();
    const html = await page;
    if (html === undefined) {
      page = undefined;
      const message =
        'The API reference has not been built: run `pnpm nx run openapi:docs` (the mock build ships it).';
      c.set('note', message);
      return c.json({ message }, 404);
    }
    return c.html(html);
  };
}
