// Generates clients from the spec with generators other teams use, the way this project's README
// tells them to, and checks what came out: it type-checks, no status is NaN, and createSession
// is typed with `vehicle.vin: string`.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { createClient } from '@hey-api/openapi-ts';
import { generateZodClientFromOpenAPI } from 'openapi-zod-client';
import ts from 'typescript';

/** `status: NaN` entries in generated code, with their line numbers. */
export function nanStatuses(source) {
  return source
    .split('\n')
    .map((text, index) => ({ line: index + 1, text: text.trim() }))
    .filter(({ text }) => /\bstatus:\s*NaN\b/.test(text));
}

export async function generateHeyApi(specPath, outDir) {
  await createClient({
    input: specPath,
    output: { path: outDir },
    plugins: ['@hey-api/client-fetch'],
    logs: { level: 'silent' },
  });
}

// openapi-zod-client reads `5XX` as the number NaN; `status >= 400` leaves such entries out,
// while the explicit codes beside each range (500, 400, 409) keep the failures typed.
export const zodErrorExpression = 'status >= 400';

export async function generateZodClient(specPath, outFile) {
  const openApiDoc = await SwaggerParser.bundle(specPath);
  await generateZodClientFromOpenAPI({
    openApiDoc,
    distPath: outFile,
    options: { isErrorStatus: zodErrorExpression, shouldExportAllSchemas: true, withAlias: true },
  });
}

/** What a team would write against each client: each line fails to compile if the claim is wrong. */
export const probe = `import type {
  CreateSessionData,
  CreateSessionErrors,
  GetSessionResultsErrors,
  OnSmsProcessWebhookPayload,
} from './hey-api/types.gen';
import type { api } from './zod-client/client';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type VinOf<Body> = Body extends { vehicle?: infer V } ? (NonNullable<V> extends { vin?: infer Vin } ? NonNullable<Vin> : never) : never;

export const heyApiVin: Equal<VinOf<CreateSessionData['body']>, string> = true;
export const heyApiServerError: CreateSessionErrors[500] = { message: 'Server error.' };
export const heyApiNotReady: GetSessionResultsErrors[409] = { message: 'Session is not yet completed.' };
export const heyApiWebhook: OnSmsProcessWebhookPayload = { phone: '647-455-XXXX', status: 'success' };

export const zodVin: Equal<VinOf<Parameters<typeof api.createSession>[0]>, string> = true;
`;

/** Type-checks the files as an application would: strict, bundler resolution. */
export function typeCheck(files) {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName}:${line + 1}:${character + 1} ${message}`;
  });
}

/** Generates both clients into `dir` and returns every problem found, as lines. */
export async function checkGeneratedClients(specPath, dir) {
  const heyApiDir = join(dir, 'hey-api');
  const zodFile = join(dir, 'zod-client', 'client.ts');
  await mkdir(join(dir, 'zod-client'), { recursive: true });
  await generateHeyApi(specPath, heyApiDir);
  await generateZodClient(specPath, zodFile);

  const problems = nanStatuses(await readFile(zodFile, 'utf8')).map(
    ({ line, text }) => `openapi-zod-client: ${zodFile}:${line} has ${text}`,
  );
  const probePath = join(dir, 'probe.ts');
  await writeFile(probePath, probe);
  const files = [probePath, join(heyApiDir, 'index.ts'), zodFile];
  problems.push(...typeCheck(files).map((line) => `type-check: ${line}`));
  return problems;
}
