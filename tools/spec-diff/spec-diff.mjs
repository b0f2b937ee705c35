#!/usr/bin/env node
// pnpm spec:diff [BASE HEAD]: what changed between two OpenAPI documents, and whether it breaks a
// client. Without arguments, the spec of the last release against the working copy.
// Exit 0: nothing breaking. 1: something breaking. 2: an input could not be read (named).
import { isAbsolute, resolve } from 'node:path';
import { compareSpecFiles } from './compare-specs.mjs';
import { formatChanges } from './format-changes.mjs';
import { SpecInputError } from './load-spec.mjs';
import { RELEASED_SPEC, SPEC, WORKSPACE_ROOT } from './spec-files.mjs';

const usage = `Usage: pnpm spec:diff [BASE HEAD]

Compares two OpenAPI documents and classifies each change as breaking or non-breaking for a client.
Without arguments: ${RELEASED_SPEC} (the last release) against ${SPEC}.
Exit codes: 0 nothing breaking, 1 something breaking, 2 an input could not be read.`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
if (args.length !== 0 && args.length !== 2) {
  console.error(`spec:diff takes two files or none, got ${args.length}\n\n${usage}`);
  process.exit(2);
}

// pnpm runs scripts from the workspace root; paths given by the user are from where they typed.
const typedFrom = process.env.INIT_CWD ?? process.cwd();
const [base, head] = /** @type {[string, string]} */ (
  args.length === 2 ? args : [RELEASED_SPEC, SPEC]
);
const locate = (/** @type {string} */ file) =>
  isAbsolute(file) ? file : resolve(args.length === 2 ? typedFrom : WORKSPACE_ROOT, file);

try {
  const changes = await compareSpecFiles(locate(base), locate(head));
  console.log(formatChanges(changes, { base, head }));
  process.exitCode = changes.some((change) => change.class === 'breaking') ? 1 : 0;
} catch (error) {
  // Exit 1 means "breaking": a failure to compare must never look like an answer.
  console.error(
    error instanceof SpecInputError
      ? `spec:diff: ${error.message}`
      : `spec:diff: could not compare ${base} and ${head}: ${/** @type {Error} */ (error).stack}`,
  );
  process.exitCode = 2;
}
