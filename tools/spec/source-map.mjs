// Loads a YAML spec with its source positions, so every check can say `file:line:col` for a place
// it only knows as a path of keys.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/**
 * @typedef {object} SpecSource
 * @property {string} file the path as given on the command line, relative to the working directory
 * @property {import('yaml').Document.Parsed} document
 * @property {LineCounter} lineCounter
 * @property {unknown} data the document as plain JSON-like data; undefined when it has syntax errors
 * @property {string[]} syntaxErrors formatted `file:line:col message` lines
 */

/**
 * @param {string} path
 * @returns {SpecSource}
 */
export function loadSpecSource(path) {
  const file = relative(process.cwd(), path) || path;
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false });
  const syntaxErrors = document.errors.map((error) => {
    const at = lineCounter.linePos(error.pos[0]);
    return `${file}:${at.line}:${at.col} ${error.message}`;
  });
  const data = syntaxErrors.length === 0 ? document.toJS() : undefined;
  return { file, document, lineCounter, data, syntaxErrors };
}

/**
 * Splits a JSON pointer (`/paths/~1v1~1sessions/post`) into its keys. A `#` in front marks a URI
 * fragment, whose percent-escapes (`%7Bsession_key%7D`) are decoded first.
 * @param {string} pointer
 * @returns {string[]}
 */
export function pointerToPath(pointer) {
  const bare = pointer.startsWith('#') ? decodeURIComponent(pointer.slice(1)) : pointer;
  if (bare === '') return [];
  return bare
    .slice(1)
    .split('/')
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * @param {readonly (string | number)[]} path
 * @returns {string}
 */
export function pathToPointer(path) {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/**
 * Finds the line and column of the node at `path`. A scalar value is pointed at itself; a map or
 * list is pointed at its key, where a reader looks for it. When the path leaves the document
 * (a key that is not there), the deepest node that exists is used.
 * @param {SpecSource} source
 * @param {readonly (string | number)[]} path
 * @returns {{ line: number, col: number }}
 */
function positionOf(source, path) {
  /** @type {unknown} */
  let node = source.document.contents;
  let offset = 0;
  for (const key of path) {
    if (isAlias(node)) node = node.resolve(source.document);
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => String(isScalar(item.key) ? item.key.value : item.key) === String(key),
      );
      if (!pair) break;
      node = pair.value;
      const marker = isScalar(node) ? node : pair.key;
      offset = (isNode(marker) ? marker.range?.[0] : undefined) ?? offset;
    } else if (isSeq(node) && node.items[Number(key)]) {
      node = node.items[Number(key)];
      offset = (isNode(node) ? node.range?.[0] : undefined) ?? offset;
    } else {
      break;
    }
  }
  return source.lineCounter.linePos(offset);
}

/**
 * @param {SpecSource} source
 * @param {readonly (string | number)[]} path
 * @param {string} message
 * @returns {string} `file:line:col message`
 */
export function formatProblem(source, path, message) {
  const { line, col } = positionOf(source, path);
  return `${source.file}:${line}:${col} ${message}`;
}
