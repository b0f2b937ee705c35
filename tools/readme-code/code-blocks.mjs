// The fenced code blocks of a Markdown file that the check compiles or runs, with where each
// one sits in the file, so a problem can be named by the README's own line and column.

/**
 * @typedef {object} CodeBlock
 * @property {string} readme the README's path, as it is named in messages
 * @property {number} line the README's line number (1-based) of the block's first line of code
 * @property {number} indent columns of indentation removed from each line (a block in a list)
 * @property {'ts' | 'js'} kind TypeScript or JavaScript
 * @property {string} extension the file extension the block is written with (`.ts`, `.mjs`, ...)
 * @property {boolean} continued the info string says `continued`: the block goes on from the
 *   one before it of the same kind
 * @property {boolean} excerpt the info string says `excerpt`: not meant to compile
 * @property {string | undefined} fileName where the block is saved: a `save as \`name\``
 *   in the paragraph just before it, or a first line that is a comment holding only a file path
 * @property {boolean} saveAs the paragraph before the block says to save it under `fileName`
 * @property {string} code the block's text, indentation removed, ending with a newline
 */

/** Info-string languages the check reads, and the file each kind is compiled as. */
const LANGUAGES = new Map([
  ['ts', { kind: 'ts', extension: '.ts' }],
  ['typescript', { kind: 'ts', extension: '.ts' }],
  ['mts', { kind: 'ts', extension: '.mts' }],
  ['cts', { kind: 'ts', extension: '.cts' }],
  ['js', { kind: 'js', extension: '.mjs' }],
  ['javascript', { kind: 'js', extension: '.mjs' }],
  ['mjs', { kind: 'js', extension: '.mjs' }],
  ['cjs', { kind: 'js', extension: '.cjs' }],
]);

/** Words after the language that the check understands; renderers ignore them. */
export const MARKERS = ['continued', 'excerpt'];

const FENCE = /^(\s*)(`{3,}|~{3,})\s*(.*)$/;
const SAVE_AS = /\bsave (?:it )?as `([^`\s]+)`/i;
const FILE_COMMENT = /^\/\/\s*([\w.-]+(?:\/[\w.-]+)*\.(?:[mc]?[jt]s))\s*$/;

/**
 * @param {string} readme the README's path, as messages should name it
 * @param {string} text the README's contents
 * @returns {CodeBlock[]} the TypeScript and JavaScript blocks, in order
 */
export function findCodeBlocks(readme, text) {
  const lines = text.split(/\r?\n/);
  /** @type {CodeBlock[]} */
  const blocks = [];
  let index = 0;
  while (index < lines.length) {
    const open = FENCE.exec(lines[index] ?? '');
    if (!open) {
      index += 1;
      continue;
    }
    const [, indentText = '', fence = '', info = ''] = open;
    const closing = new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`);
    let end = index + 1;
    while (end < lines.length && !closing.test(lines[end] ?? '')) end += 1;

    const [language = '', ...words] = info.trim().split(/\s+/);
    const known = LANGUAGES.get(language.toLowerCase());
    if (known) {
      const indent = indentText.length;
      const body = lines.slice(index + 1, end).map((line) => stripIndent(line, indent));
      const saved = SAVE_AS.exec(paragraphBefore(lines, index))?.[1];
      const commented = FILE_COMMENT.exec(body[0] ?? '')?.[1];
      blocks.push({
        readme,
        line: index + 2,
        indent,
        kind: /** @type {'ts' | 'js'} */ (known.kind),
        extension: known.extension,
        continued: words.includes('continued'),
        excerpt: words.includes('excerpt'),
        fileName: saved ?? commented,
        saveAs: saved !== undefined,
        code: `${body.join('\n')}\n`,
      });
    }
    index = end + 1;
  }
  return blocks;
}

/**
 * @param {string} line
 * @param {number} indent
 */
function stripIndent(line, indent) {
  let removed = 0;
  while (removed < indent && line[removed] === ' ') removed += 1;
  return line.slice(removed);
}

/**
 * The paragraph right above a fence: the lines up to the blank line (or fence) before it.
 * @param {string[]} lines
 * @param {number} fenceIndex
 */
function paragraphBefore(lines, fenceIndex) {
  let start = fenceIndex;
  while (start > 0 && (lines[start - 1] ?? '').trim() === '') start -= 1;
  const end = start;
  while (
    start > 0 &&
    (lines[start - 1] ?? '').trim() !== '' &&
    !FENCE.test(lines[start - 1] ?? '')
  ) {
    start -= 1;
  }
  return lines.slice(start, end).join(' ');
}
