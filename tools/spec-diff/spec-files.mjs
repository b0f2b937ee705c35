// Where the spec lives, and where the release step keeps a copy of the spec as last released (so a
// clone without tags or network still knows what consumers have).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORKSPACE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Paths from the workspace root. */
export const SPEC = 'openapi/pave.yaml';
export const RELEASED_SPEC = 'openapi/released/pave.yaml';
