// The blocks of the READMEs as files of one consumer project: one folder per README, each block
// a module of its own (so blocks cannot see each other's names), a continued block written
// after the blocks it goes on from, and a block that names its file saved under that name, so
// relative imports between the blocks of one README resolve as they would in a reader's project.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';

/**
 * @typedef {import('./code-blocks.mjs').CodeBlock} CodeBlock
 * @typedef {object} Segment a block's lines inside a file
 * @property {CodeBlock} block
 * @property {number} firstLine the file's line (0-based) where the block's code begins
 * @property {number} lineCount
 * @typedef {object} ProjectFile
 * @property {string} path relative to the project's folder, with `/`
 * @property {string} text
 * @property {Segment[]} segments the blocks it is made of, the file's own block last
 * @property {CodeBlock} block the file's own block
 */

/**
 * @param {CodeBlock[]} blocks every block of every README, in the order of each README
 * @returns {{ files: ProjectFile[], excerpts: CodeBlock[], problems: string[] }}
 */
export function layOutProject(blocks) {
  /** @type {ProjectFile[]} */
  const files = [];
  /** @type {CodeBlock[]} */
  const excerpts = [];
  /** @type {string[]} */
  const problems = [];
  /** @type {Map<string, ProjectFile>} the file of the last block of each README and kind */
  const last = new Map();
  const taken = new Set();

  for (const block of blocks) {
    if (block.excerpt) {
      excerpts.push(block);
      continue;
    }
    const where = `${block.readme}:${block.line - 1}`;
    const folder = folderOf(block.readme);
    const before = last.get(`${block.readme}\0${block.kind}`);
    /** @type {Segment[]} */
    let segments = [];
    let path;
    if (block.continued) {
      if (!before) {
        problems.push(
          `${where}: the block says \`continued\`, but no ${block.kind} block comes before it in ${block.readme}`,
        );
        continue;
      }
      segments = before.segments.slice();
      path = posix.join(posix.dirname(before.path), `line-${block.line - 1}${block.extension}`);
    } else if (block.fileName) {
      if (kindOfFile(block.fileName) !== block.kind) {
        problems.push(
          `${where}: a ${block.kind} block cannot be saved as ${block.fileName}; name a ${block.kind === 'ts' ? '.ts' : '.mjs'} file`,
        );
        continue;
      }
      path = posix.join(folder, posix.normalize(block.fileName).replace(/^(\.\.\/)+/, ''));
    } else {
      path = posix.join(folder, `line-${block.line - 1}${block.extension}`);
    }
    if (taken.has(path)) {
      problems.push(
        `${where}: another block of ${block.readme} is already saved as ${block.fileName}`,
      );
      continue;
    }
    taken.add(path);

    const firstLine = segments.reduce((lines, segment) => lines + segment.lineCount, 0);
    segments.push({ block, firstLine, lineCount: block.code.split('\n').length - 1 });
    const file = { path, text: segments.map((s) => s.block.code).join(''), segments, block };
    files.push(file);
    last.set(`${block.readme}\0${block.kind}`, file);
  }
  return { files, excerpts, problems };
}

/**
 * Writes the project: `package.json` (an ES module project), the files, and `node_modules`
 * pointing at the check's own dependencies, the workspace's packages among them.
 * @param {string} dir an empty folder
 * @param {ProjectFile[]} files
 * @param {string} nodeModules the folder `node_modules` should point at
 */
export async function writeProject(dir, files, nodeModules) {
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'readme-code', private: true, type: 'module' }, null, 2)}\n`,
  );
  await symlink(nodeModules, join(dir, 'node_modules'), 'dir');
  for (const file of files) {
    const path = join(dir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
  }
}

/**
 * Where a place in a project file is in its README: `README.md:42:7`.
 * @param {ProjectFile} file
 * @param {number} line the file's line, 0-based
 * @param {number} [character] the column, 0-based, when known
 * @returns {string | undefined} undefined for a line that is in none of the file's blocks
 */
export function placeInReadme(file, line, character) {
  const segment = file.segments.find(
    ({ firstLine, lineCount }) => line >= firstLine && line < firstLine + lineCount,
  );
  if (!segment) return undefined;
  const { block, firstLine } = segment;
  const column = character === undefined ? '' : `:${character + 1 + block.indent}`;
  return `${block.readme}:${block.line + line - firstLine}${column}`;
}

/** @param {string} readme */
function folderOf(readme) {
  return readme.replace(/[^\w.-]+/g, '_');
}

/** @param {string} fileName */
function kindOfFile(fileName) {
  return /\.[mc]?ts$/.test(fileName) ? 'ts' : 'js';
}
