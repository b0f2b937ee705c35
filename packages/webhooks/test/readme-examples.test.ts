/** Every `ts` example of the README compiles, as its own module, against this package's source. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');

interface Example {
  /** Where the example would sit in a project: its first line, `// name.ts`, names it. */
  file: string;
  code: string;
  /** Where its code starts, for messages, e.g. `README.md:41`. */
  source: string;
  line: number;
}

function examplesOf(markdown: string): Example[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match, index) => {
    const code = match[1] ?? '';
    const name = /^\/\/ ([\w./-]+\.ts)\n/.exec(code)?.[1] ?? `readme-example-${index + 1}.ts`;
    const line = markdown.slice(0, match.index).split('\n').length + 1;
    return { file: join(packageDir, 'readme-examples', name), code, source: 'README.md', line };
  });
}

/**
 * Compiles the examples as files of one project beside this package, so they import each other
 * (`./pave-webhooks.js`) and resolve dependencies from its node_modules; `@pave-kit/webhooks`
 * is this package's source.
 */
function compile(examples: readonly Example[]): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(packageDir, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  const options: ts.CompilerOptions = {
    ...config.options,
    noEmit: true,
    baseUrl: packageDir,
    paths: { '@pave-kit/webhooks': ['src/index.ts'] },
  };
  const files = new Map(examples.map((example) => [example.file, example.code]));
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (file) => files.has(file) || fileExists(file);
  host.directoryExists = (directory) =>
    [...files.keys()].some((file) => file.startsWith(`${directory}/`)) ||
    ts.sys.directoryExists(directory);
  host.readFile = (file) => files.get(file) ?? readFile(file);
  host.getSourceFile = (file, language, ...rest) => {
    const code = files.get(file);
    return code === undefined
      ? getSourceFile(file, language, ...rest)
      : ts.createSourceFile(file, code, language);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const example = examples.find((candidate) => candidate.file === diagnostic.file?.fileName);
    if (!example || diagnostic.start === undefined || !diagnostic.file) return text;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${example.source}:${example.line + line}: ${text}`;
  });
}

describe('the README', () => {
  const examples = examplesOf(readme);

  test('shows mounting in Hono, Next.js, node:http and Express, each a ts example', () => {
    expect(examples.map((example) => example.file.slice(packageDir.length + 1))).toEqual([
      'readme-examples/pave-webhooks.ts',
      'readme-examples/register-webhooks.ts',
      'readme-examples/hono-server.ts',
      'readme-examples/app/pave/webhooks/route.ts',
      'readme-examples/node-server.ts',
      'readme-examples/express-server.ts',
    ]);
  });

  test('every ts example compiles', { timeout: 120_000 }, () => {
    // Compiled with them, a copy with a misspelled event: proof that errors would be seen.
    const first = examples[0] as Example;
    const control = {
      file: join(packageDir, 'readme-examples/control/pave-webhooks.ts'),
      code: first.code.replace("'SESSION:COMPLETE'", "'SESSION:COMPLETED'"),
      source: 'control',
      line: 1,
    };
    const problems = compile([...examples, control]);
    expect(problems.filter((problem) => !problem.startsWith('control:'))).toEqual([]);
    expect(problems.join('\n')).toMatch(/^control:\d+: .*SESSION:COMPLETED/m);
  });
});
