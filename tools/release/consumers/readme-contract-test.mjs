// The contract test as the root README shows it under "Contract-test your app", so the release
// test runs exactly what a reader would copy.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '../release-policy.mjs';

export const README_VIN = 'JN1CV6AR9BMXXXXXX';

/**
 * @param {string} [readme] the README's text (read from the workspace when left out)
 * @returns {Promise<string>} the first `ts` block of the section
 */
export async function readmeContractTest(readme) {
  const text = readme ?? (await readFile(join(WORKSPACE_ROOT, 'README.md'), 'utf8'));
  const section = text.split(/^## /m).find((part) => part.startsWith('Contract-test your app'));
  if (!section) throw new Error('README.md has no "Contract-test your app" section');
  const block = /^```ts\n([\s\S]*?)^```$/m.exec(section)?.[1];
  if (!block) throw new Error('the "Contract-test your app" section of README.md has no ts block');
  if (!block.includes(`'${README_VIN}'`)) {
    throw new Error(`the README's contract test no longer sends the VIN '${README_VIN}'`);
  }
  return block;
}
