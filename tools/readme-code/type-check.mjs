// One TypeScript program over every block, compiled as a consumer's project compiles: the
// options `tsc --init` of TypeScript 5.9 writes, with Node's types and JavaScript checked too.
// Each diagnostic is named by the README's own line and column.
//
// One of those options is left off: exactOptionalPropertyTypes. The packages' option types say
// `baseUrl?: string` where their code also takes `undefined`, so the plain
// `baseUrl: process.env.PAVE_BASE_URL` would be refused until those types say `| undefined`.
import { join } from 'node:path';
import ts from 'typescript';
import { placeInReadme } from './consumer-project.mjs';

/**
 * @typedef {import('./consumer-project.mjs').ProjectFile} ProjectFile
 * @typedef {{ where: string, message: string }} Finding
 */

/** @type {ts.CompilerOptions} */
const CONSUMER_OPTIONS = {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ESNext,
  strict: true,
  noUncheckedIndexedAccess: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  noUncheckedSideEffectImports: true,
  moduleDetection: ts.ModuleDetectionKind.Force,
  skipLibCheck: true,
  types: ['node'],
  allowJs: true,
  checkJs: true,
  noEmit: true,
};

/**
 * @param {string} dir the project's folder, as written by `writeProject`
 * @param {ProjectFile[]} files
 * @returns {Finding[]} one per diagnostic, in the order of the files
 */
export function typeCheck(dir, files) {
  const byPath = new Map(files.map((file) => [join(dir, file.path), file]));
  const program = ts.createProgram([...byPath.keys()], {
    ...CONSUMER_OPTIONS,
    typeRoots: [join(dir, 'node_modules/@types')],
  });
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...[...byPath.keys()].flatMap((path) => {
      const source = program.getSourceFile(path);
      if (!source) return [];
      const found = [
        ...program.getSyntacticDiagnostics(source),
        ...program.getSemanticDiagnostics(source),
      ];
      return found.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
    }),
  ];
  /** @type {Map<string, Finding>} a continued file repeats its blocks' errors: keep one each */
  const findings = new Map();
  for (const diagnostic of diagnostics) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const finding = locate(diagnostic, byPath, dir, message);
    findings.set(`${finding.where} ${message}`, finding);
  }
  return [...findings.values()];
}

/**
 * @param {ts.Diagnostic} diagnostic
 * @param {Map<string, ProjectFile>} byPath
 * @param {string} dir
 * @param {string} message
 * @returns {Finding}
 */
function locate(diagnostic, byPath, dir, message) {
  const source = diagnostic.file;
  if (!source || diagnostic.start === undefined) return { where: 'tsc', message };
  const { line, character } = source.getLineAndCharacterOfPosition(diagnostic.start);
  const file = byPath.get(source.fileName);
  const where = file && placeInReadme(file, line, character);
  if (where) return { where, message };
  const name = source.fileName.startsWith(dir)
    ? source.fileName.slice(dir.length + 1)
    : source.fileName;
  return { where: `${name}:${line + 1}:${character + 1}`, message };
}
