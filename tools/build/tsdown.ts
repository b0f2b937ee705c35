// The one build recipe every pave-kit package and app shares: ESM for Node 20, `.js` and `.d.ts`
// files (not `.mjs`/`.d.mts`, since every package.json says "type": "module"), plus the
// CommonJS entry points that let require() load them (see require-entries.ts).
import { defineConfig, type UserConfig } from 'tsdown';
import { writeRequireEntries } from './require-entries.js';

export function nodeBuild({ entry, dts = true }: { entry: string[]; dts?: boolean }) {
  const config: UserConfig = {
    entry,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    dts,
    clean: true,
    fixedExtension: false,
    hooks: {
      'build:done': ({ options }) => writeRequireEntries(options),
    },
  };
  return defineConfig(config);
}
