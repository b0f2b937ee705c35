// The release checks `pnpm test` runs: versions agree (versions.mjs), and no spec change that
// breaks a client is on its way to a release without a major version (breaking-change-gate.mjs).
import { checkBreakingChanges } from './breaking-change-gate.mjs';
import { findVersionDisagreements } from './versions.mjs';

const disagreements = await findVersionDisagreements();
for (const problem of disagreements) console.error(`versions: ${problem}`);
if (disagreements.length === 0)
  console.log('versions: the contract group, the spec and the released spec agree');

const gate = await checkBreakingChanges();
(gate.ok ? console.log : console.error)(`breaking changes: ${gate.report}`);

if (disagreements.length > 0 || !gate.ok) process.exitCode = 1;
