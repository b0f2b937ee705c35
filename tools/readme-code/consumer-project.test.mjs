import { describe, expect, test } from 'vitest';
import { findCodeBlocks } from './code-blocks.mjs';
import { layOutProject, placeInReadme } from './consumer-project.mjs';

/** @param {Record<string, string>} readmes */
function layOut(readmes) {
  return layOutProject(
    Object.entries(readmes).flatMap(([name, text]) => findCodeBlocks(name, text)),
  );
}

const fence = (/** @type {string} */ info, /** @type {string} */ code) =>
  `\`\`\`${info}\n${code}\n\`\`\`\n\n`;

describe('layOutProject', () => {
  test('gives each block a module of its own, in a folder per README', () => {
    const { files, problems } = layOut({
      'README.md': fence('ts', 'const a = 1;') + fence('js', 'const a = 2;'),
      'packages/x/README.md': fence('ts', 'const a = 3;'),
    });
    expect(problems).toEqual([]);
    expect(files.map((file) => file.path)).toEqual([
      'README.md/line-1.ts',
      'README.md/line-5.mjs',
      'packages_x_README.md/line-1.ts',
    ]);
  });

  test('writes a continued block after the blocks it goes on from, same kind only', () => {
    const { files } = layOut({
      'README.md':
        fence('ts', 'const a = 1;') +
        fence('js', 'const b = 2;') +
        fence('ts continued', 'const c = a;') +
        fence('ts continued', 'const d = c;'),
    });
    const last = files.at(-1);
    expect(last?.text).toBe('const a = 1;\nconst c = a;\nconst d = c;\n');
    expect(last?.segments.map((segment) => segment.firstLine)).toEqual([0, 1, 2]);
    expect(placeInReadme(/** @type {any} */ (last), 2, 6)).toBe('README.md:14:7');
    expect(placeInReadme(/** @type {any} */ (last), 0)).toBe('README.md:2');
    expect(placeInReadme(/** @type {any} */ (last), 3)).toBeUndefined();
  });

  test('saves a named block under its name, so blocks of one README can import it', () => {
    const { files } = layOut({
      'README.md': fence('ts', '// test/app.test.ts\nimport { app } from "../src/app.js";'),
      'docs/README.md': fence('ts', '// ../../src/app.ts\nexport const app = 1;'),
    });
    expect(files.map((file) => file.path)).toEqual([
      'README.md/test/app.test.ts',
      'docs_README.md/src/app.ts',
    ]);
  });

  test('names the README and line of a block it cannot place, and leaves excerpts out', () => {
    const { files, excerpts, problems } = layOut({
      'README.md':
        fence('ts continued', 'const a = 1;') +
        fence('ts', '// app.mjs\nconst b = 1;') +
        fence('js', '// app.mjs\nconst c = 1;') +
        fence('js', '// app.mjs\nconst d = 1;') +
        fence('ts excerpt', 'function f(): string'),
    });
    expect(problems).toEqual([
      'README.md:1: the block says `continued`, but no ts block comes before it in README.md',
      'README.md:5: a ts block cannot be saved as app.mjs; name a .ts file',
      'README.md:15: another block of README.md is already saved as app.mjs',
    ]);
    expect(files.map((file) => file.path)).toEqual(['README.md/app.mjs']);
    expect(excerpts.map((block) => block.line)).toEqual([21]);
  });
});
