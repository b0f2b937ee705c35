// Open enums (`anyOf: [{enum: [...]}, {type: string}]`) in the generated types. openapi-typescript
// writes them as `"IDLE" | ... | string`, which TypeScript reduces to `string`, so editors offer
// no values. `string & {}` is still any string but is not reduced, so the known values survive.
//
// Only the named types (`SessionStatus`) get that form. `paths` and `components` keep
// openapi-typescript's, because openapi-fetch 0.17 maps every object type in an answer, and
// `string & {}` counts as one: a status would arrive as an object with string's methods.
import ts from 'typescript';

const { factory } = ts;

/** The string values a schema lists when it is a closed string enum, else undefined. */
function enumValues(schema, schemas) {
  if (typeof schema?.$ref === 'string') {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return enumValues(schemas[name], schemas);
  }
  const values = schema?.enum;
  if (Array.isArray(values) && values.length > 0 && values.every((v) => typeof v === 'string')) {
    return values;
  }
  return undefined;
}

const isBareString = (schema) =>
  schema?.type === 'string' &&
  Object.keys(schema).every((key) => ['type', 'description'].includes(key));

/** The known values of an open enum schema, or undefined when the schema is not one. */
export function openEnumValues(schema, schemas) {
  const branches = schema?.anyOf;
  if (!Array.isArray(branches) || !branches.some(isBareString)) return undefined;
  const listed = branches.filter((branch) => !isBareString(branch));
  const values = listed.map((branch) => enumValues(branch, schemas));
  if (listed.length === 0 || values.some((list) => list === undefined)) return undefined;
  return [...new Set(values.flat())];
}

/** Each open enum among the component schemas, by name, with its known values. */
export function openEnums(document) {
  const schemas = document.components?.schemas ?? {};
  return Object.entries(schemas).flatMap(([name, schema]) => {
    const values = openEnumValues(schema, schemas);
    return values ? [{ name, values }] : [];
  });
}

function exportedAlias(name, type, comment) {
  const alias = factory.createTypeAliasDeclaration(
    [factory.createModifier(ts.SyntaxKind.ExportKeyword)],
    name,
    undefined,
    type,
  );
  return ts.addSyntheticLeadingComment(
    alias,
    ts.SyntaxKind.MultiLineCommentTrivia,
    `* ${comment} `,
    true,
  );
}

/**
 * Rewrites openapi-typescript's output (with `rootTypes`): the alias of each open enum becomes
 * `KnownName | (string & {})`, and `KnownName` lists the values the spec gives.
 */
export function withCompletableOpenEnums(nodes, document) {
  const found = new Map(openEnums(document).map((entry) => [entry.name, entry.values]));
  const known = [...found].map(([name, values]) =>
    exportedAlias(
      `Known${name}`,
      factory.createUnionTypeNode(
        values.map((value) => factory.createLiteralTypeNode(factory.createStringLiteral(value))),
      ),
      `The values of \`${name}\` the spec lists; \`${name}\` also takes any other string.`,
    ),
  );
  const rewritten = nodes.map((node) => {
    if (!ts.isTypeAliasDeclaration(node) || !found.has(node.name.text)) return node;
    const name = node.name.text;
    return exportedAlias(
      name,
      factory.createUnionTypeNode([
        factory.createTypeReferenceNode(`Known${name}`),
        factory.createParenthesizedType(
          factory.createIntersectionTypeNode([
            factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
            factory.createTypeLiteralNode([]),
          ]),
        ),
      ]),
      `Any string; an editor offers the values of \`Known${name}\`.`,
    );
  });
  return [...rewritten, ...known];
}
