// The Ajv instance that reads the spec: JSON Schema 2020-12 (OpenAPI 3.1's dialect), formats
// checked, and every keyword the spec may carry that is not JSON Schema known as an annotation.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { OpenApiDocument } from './document-type.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** OpenAPI's own schema keywords: they annotate, they never constrain. */
const openApiKeywords = ['discriminator', 'xml', 'externalDocs', 'example'];

/** Formats of the OpenAPI Format Registry that ajv-formats does not define. */
const openApiFormats = {
  int32: { type: 'number', validate: (n: number) => n >= -(2 ** 31) && n < 2 ** 31 },
  int64: { type: 'number', validate: Number.isSafeInteger },
  float: { type: 'number', validate: () => true },
  double: { type: 'number', validate: () => true },
  byte: /^[A-Za-z0-9+/]*={0,2}$/,
  binary: true,
  password: true,
} as const;

function extensionKeys(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value !== 'object' || value === null) return found;
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('x-')) found.add(key);
    extensionKeys(child, found);
  }
  return found;
}

/**
 * Registers `document` under `id`, so `${id}#/components/schemas/...` can be compiled. Strict
 * mode stays on: a misspelled keyword fails to compile instead of silently checking nothing.
 */
export function createSpecAjv(document: OpenApiDocument, id: string): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    // Required for messages that compare minLength with maxLength.
    verbose: true,
    // `type: [integer, string]` is how the spec accepts PAVE's two spellings of a year.
    allowUnionTypes: true,
    strict: true,
  });
  addFormats(ajv);
  for (const [name, format] of Object.entries(openApiFormats)) {
    ajv.addFormat(name, format as Parameters<Ajv2020['addFormat']>[1]);
  }
  // Ajv compiles the document root when a fragment of it is referenced, so the document's own
  // top-level fields and every `x-` extension in it must be known too.
  const keywords = new Set([
    ...openApiKeywords,
    ...Object.keys(document),
    ...extensionKeys(document),
  ]);
  ajv.addVocabulary([...keywords].filter((keyword) => !ajv.getKeyword(keyword)));
  ajv.addSchema(document as object, id);
  return ajv;
}
