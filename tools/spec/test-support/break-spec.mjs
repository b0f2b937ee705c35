// The three mistakes the checks exist to catch, each made by editing the first place in a spec's
// text where it can be made, and each telling where it made the change.

/**
 * @typedef {object} Breakage
 * @property {string} text the broken spec
 * @property {number} line 1-based line of the change
 * @property {number} col 1-based column where the changed value starts
 * @property {string} detail what the change introduced (the bad $ref, the bad type, the short VIN)
 */

/**
 * Misspells the first `$ref` to a component schema by doubling its last letter.
 * @param {string} text
 * @returns {Breakage}
 */
export function misspellFirstSchemaRef(text) {
  const match = /['"]?\$ref['"]?:\s*['"]?(#\/components\/schemas\/([\w.-]+))/.exec(text);
  if (!match) throw new Error('the spec has no $ref to #/components/schemas/ to misspell');
  const [whole, ref = '', name = ''] = match;
  const bad = `${ref}${name.at(-1)}`;
  return replaceAt(text, match.index + whole.length - ref.length, ref, bad);
}

/**
 * Turns the first `type: string` into `type: strin`.
 * @param {string} text
 * @returns {Breakage}
 */
export function misspellFirstStringType(text) {
  const match = /\btype:\s*['"]?(string)\b/.exec(text);
  if (!match) throw new Error('the spec has no `type: string` to misspell');
  return replaceAt(text, match.index + match[0].length - 'string'.length, 'string', 'strin');
}

/**
 * Drops the last character of the first 17-character VIN written as a `vin` value in an example.
 * @param {string} text
 * @returns {Breakage}
 */
export function shortenFirstExampleVin(text) {
  const match = /['"]?\bvin['"]?:\s*['"]?([A-HJ-NPR-Z0-9]{17})\b/.exec(text);
  if (!match) throw new Error('the spec has no example `vin:` with a 17-character VIN to shorten');
  const [whole, vin = ''] = match;
  return replaceAt(text, match.index + whole.length - vin.length, vin, vin.slice(0, 16));
}

/**
 * @param {string} text
 * @param {number} offset
 * @param {string} before
 * @param {string} after
 * @returns {Breakage}
 */
function replaceAt(text, offset, before, after) {
  const lines = text.slice(0, offset).split('\n');
  return {
    text: text.slice(0, offset) + after + text.slice(offset + before.length),
    line: lines.length,
    col: (lines.at(-1)?.length ?? 0) + 1,
    detail: after,
  };
}
