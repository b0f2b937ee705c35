// The release checks `pnpm test` runs: versions agree (versions.mjs), the pending changesets can
// be released (pending-releases.mjs), and no spec change that breaks a client is on its way to a
// release without a major version (breaking-change-gate.mjs).
import { checkBreakingChanges } from './breaking-change-gate.mjs';
import { findMalformedChangesets, findUnpublishableChangesets } from './pending-releases.mjs';
import { findVersionDisagreements } from './versions.mjs';

let failed = false;
/** @param {string} topic @param {string[]} problems @param {string} allGood */
function report(topic, problems, allGood) {
  for (const problem of problems) console.error(`${topic}: ${problem}`);
  if (problems.length === 0) console.log(`${topic}: ${allGood}`);
  failed ||= problems.length > 0;
}

report(
  'versions',
  await findVersionDisagreements(),
  'the contract group, the spec and the released spec agree',
);
const malformed = await findMalformedChangesets();
const unpublishable = malformed.length > 0 ? malformed : await findUnpublishableChangesets();
report('changesets', unpublishable, 'every pending changeset names published packages only');
if (unpublishable.length === 0) {
  const gate = await checkBreakingChanges();
  report('breaking changes', gate.ok ? [] : [gate.report], gate.report);
} else {
  console.error(
    'breaking changes: not checked until the changesets above name published packages only',
  );
}

if (failed) process.exitCode = 1;
