// Rules that keep the spec readable by generators that understand less of OpenAPI 3.1 than
// openapi-typescript does. Each finding names the JSON pointer and the rule it breaks.

/** Keywords that constrain only values of one JSON type. */
const keywordsOf = {
  string: ['pattern', 'minLength', 'maxLength', 'format'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  object: [
    'properties',
    'required',
    'additionalProperties',
    'propertyNames',
    'minProperties',
    'maxProperties',
    'patternProperties',
  ],
  array: ['items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems', 'contains'],
};
keywordsOf.integer = keywordsOf.number;

const escapeSegment = (segment) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1');

/** Every object in the document with its JSON pointer. */
function* walk(node, pointer = '') {
  if (node === null || typeof node !== 'object') return;
  yield [pointer, node];
  for (const [key, child] of Object.entries(node))
    yield* walk(child, `${pointer}/${escapeSegment(key)}`);
}

/**
 * `type: [a, b]` is read by few generators: kubb 4 overflows its stack on `[integer, string]`,
 * and openapi-zod-client drops keywords that apply to one of the types. Only `[T, 'null']`
 * without keywords of T alone passes.
 */
export function multiTypeFindings(document) {
  const findings = [];
  for (const [pointer, node] of walk(document)) {
    if (!Array.isArray(node.type) || node.type.length < 2) continue;
    const types = node.type.filter((type) => type !== 'null');
    if (types.length > 1) {
      findings.push({
        pointer,
        rule: `type: [${node.type.join(', ')}] names more than one type besides null: write an anyOf with one branch per type`,
      });
      continue;
    }
    const own = keywordsOf[types[0]] ?? [];
    const present = own.filter((keyword) => keyword in node);
    if (present.length > 0) {
      findings.push({
        pointer,
        rule: `${present.join(', ')} beside type: [${node.type.join(', ')}] applies to ${types[0]} only: write an anyOf with a ${types[0]} branch carrying it and a null branch`,
      });
    }
  }
  return findings;
}

const responsesOf = (document) =>
  [...walk(document.paths ?? {}, '/paths')].filter(
    ([pointer, node]) => pointer.endsWith('/responses') && typeof node === 'object',
  );

/**
 * Generators that cannot read status ranges (`5XX`) drop them or type them as `NaN`. Every
 * range needs an explicit code beside it with the same answer: 500 for `5XX`, at least one code
 * for `4XX`.
 */
export function rangeFindings(document) {
  const findings = [];
  for (const [pointer, responses] of responsesOf(document)) {
    for (const [key, response] of Object.entries(responses)) {
      const range = /^([1-5])XX$/i.exec(key);
      if (!range) continue;
      const same = Object.entries(responses).filter(
        ([code, other]) =>
          new RegExp(`^${range[1]}\\d\\d$`).test(code) &&
          JSON.stringify(other) === JSON.stringify(response),
      );
      const wanted = range[1] === '5' ? ['500'] : [];
      const missing = wanted.filter((code) => !same.some(([found]) => found === code));
      if (same.length === 0 || missing.length > 0) {
        findings.push({
          pointer: `${pointer}/${escapeSegment(key)}`,
          rule: `${key} needs ${missing.length > 0 ? missing.join(', ') : 'an explicit code'} beside it with the same response, for generators that cannot read ranges`,
        });
      }
    }
  }
  return findings;
}

export function specFindings(document) {
  return [...multiTypeFindings(document), ...rangeFindings(document)];
}
