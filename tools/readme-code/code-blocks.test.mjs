import { describe, expect, test } from 'vitest';
import { findCodeBlocks } from './code-blocks.mjs';

const readme = [
  '# Title', // 1
  '', // 2
  '```sh', // 3
  'pnpm install', // 4
  '```', // 5
  '', // 6
  'Save it as `hello.mjs` and run `node hello.mjs`:', // 7
  '', // 8
  '```js', // 9
  "console.log('hello');", // 10
  '```', // 11
  '', // 12
  '```ts continued', // 13
  'const later = 1;', // 14
  '```', // 15
  '', // 16
  '- In a list:', // 17
  '', // 18
  '  ```typescript excerpt', // 19
  '  type A = string;', // 20
  '    nested();', // 21
  '  ```', // 22
  '', // 23
  '````md', // 24
  '```ts', // 25
  'inside a Markdown block, so not a block of its own', // 26
  '```', // 27
  '````', // 28
  '', // 29
  '```ts', // 30
  '// src/app.ts', // 31
  'export const app = 1;', // 32
  '```', // 33
  '', // 34
  '```cjs', // 35
  "require('x');", // 36
  '```', // 37
].join('\n');

describe('findCodeBlocks', () => {
  const blocks = findCodeBlocks('docs/README.md', readme);

  test('finds the TypeScript and JavaScript blocks and no others', () => {
    expect(blocks.map((block) => block.line)).toEqual([10, 14, 20, 31, 36]);
    expect(blocks.map((block) => block.kind)).toEqual(['js', 'ts', 'ts', 'ts', 'js']);
    expect(blocks.map((block) => block.extension)).toEqual(['.mjs', '.ts', '.ts', '.ts', '.cjs']);
    expect(blocks.every((block) => block.readme === 'docs/README.md')).toBe(true);
  });

  test('reads "save as" from the paragraph just above a block', () => {
    expect(blocks[0]).toMatchObject({ saveAs: true, fileName: 'hello.mjs' });
    expect(blocks[1]).toMatchObject({ saveAs: false, fileName: undefined });
  });

  test('a first line that is only a comment naming a file names the block, without "save as"', () => {
    expect(blocks[3]).toMatchObject({ saveAs: false, fileName: 'src/app.ts' });
    const commented = findCodeBlocks('R.md', '```ts\n// a comment about app.ts\n```\n');
    expect(commented[0]?.fileName).toBeUndefined();
  });

  test('reads the markers after the language', () => {
    expect(blocks.map((block) => block.continued)).toEqual([false, true, false, false, false]);
    expect(blocks.map((block) => block.excerpt)).toEqual([false, false, true, false, false]);
  });

  test("removes a list's indentation and remembers it, keeping deeper indentation", () => {
    expect(blocks[2]).toMatchObject({ indent: 2, code: 'type A = string;\n  nested();\n' });
  });

  test('a block left open runs to the end of the file', () => {
    const open = findCodeBlocks('R.md', 'text\n```ts\nconst a = 1;\nconst b = 2;');
    expect(open).toMatchObject([{ line: 3, code: 'const a = 1;\nconst b = 2;\n' }]);
  });

  test('reads files with CRLF line ends', () => {
    const crlf = findCodeBlocks('R.md', 'Save as `a.mjs`.\r\n\r\n```js\r\nrun();\r\n```\r\n');
    expect(crlf).toMatchObject([{ line: 4, code: 'run();\n', fileName: 'a.mjs' }]);
  });
});
