/**
 * What an editor offers while a value of an open enum is typed: TypeScript's language service is
 * asked for completions inside an empty string literal (at `<cursor>`), as an editor asks it.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const here = fileURLToPath(new URL('.', import.meta.url));
const probePath = `${here}completion-probe.ts`;

let probe = '';
let version = 0;

// One service for every probe, so the libraries and the generated types are parsed once.
const service = ts.createLanguageService({
  getCompilationSettings: () => ({
    strict: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    types: [],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
  }),
  getScriptFileNames: () => [probePath],
  getScriptVersion: (path) => (path === probePath ? String(version) : '0'),
  getScriptSnapshot: (path) => {
    const text = path === probePath ? probe : ts.sys.readFile(path);
    return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
  },
  getCurrentDirectory: () => here,
  getDefaultLibFileName: ts.getDefaultLibFilePath,
  fileExists: (path) => path === probePath || ts.sys.fileExists(path),
  readFile: (path) => (path === probePath ? probe : ts.sys.readFile(path)),
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
});

function setProbe(source: string) {
  probe = source;
  version += 1;
}

const cursor = '<cursor>';

/** The completions offered where `<cursor>` stands in `source`. */
function completionsAt(source: string): string[] {
  const position = source.indexOf(cursor);
  setProbe(source.replace(cursor, ''));
  const info = service.getCompletionsAtPosition(probePath, position, {});
  return (info?.entries ?? []).map((entry) => entry.name);
}

function diagnostics(source: string): string[] {
  setProbe(source);
  return [
    ...service.getSyntacticDiagnostics(probePath),
    ...service.getSemanticDiagnostics(probePath),
  ].map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

// The statuses the spec documents, read from the spec itself.
const spec = parse(ts.sys.readFile(`${here}../../../openapi/pave.yaml`) ?? '');
const statuses: string[] = spec.components.schemas.SessionStatus.anyOf[0].enum;

// The first probe parses the libraries and the generated types: seconds on a busy machine.
describe('completions of open enums', { timeout: 60_000 }, () => {
  test('a SessionStatus value offers the known statuses', () => {
    const offered = completionsAt(
      "import type { SessionStatus } from './index.js';\nconst status: SessionStatus = '<cursor>';\n",
    );
    expect(offered).toEqual(expect.arrayContaining(statuses));
  });

  test.each([
    ['PhotoLabel', 'Front_Left'],
    ['OdometerUnit', 'KILOMETRES'],
    ['ResponseTheme', 'CAPT'],
  ])('a %s value offers %s', (type, value) => {
    const offered = completionsAt(
      `import type { ${type} } from './index.js';\nconst value: ${type} = '<cursor>';\n`,
    );
    expect(offered).toContain(value);
  });

  test('a status read from an answer is a SessionStatus', () => {
    expect(
      diagnostics(
        "import type { Session, SessionStatus } from './index.js';\ndeclare const s: Session;\nexport const status: SessionStatus | undefined = s.status;\n",
      ),
    ).toEqual([]);
  });

  test('an unknown status still type-checks', () => {
    expect(
      diagnostics(
        "import type { SessionStatus } from './index.js';\nexport const s: SessionStatus = 'SOMETHING_NEW';\n",
      ),
    ).toEqual([]);
  });

  // The probe itself can fail: the form openapi-typescript writes by default offers nothing.
  test('a plain union with string offers nothing', () => {
    expect(
      completionsAt("type Plain = 'IDLE' | 'STARTED' | string;\nconst s: Plain = '<cursor>';\n"),
    ).toEqual([]);
  });
});
