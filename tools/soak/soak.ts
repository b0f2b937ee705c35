// pnpm test:soak: the built `pave-mock`, with and without --credentials-file, takes 10,000 mixed
// requests from the hostile suites (issue-table inputs among them) over 10 connections at a
// time, then must still serve; a canary server stands for every other host and must never be
// reached. Resident memory is printed before, after, and after idling. Not part of `pnpm test`.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createAuthHeaders, type PaveCredentials } from '../../packages/auth/src/index.js';
import fc from '../../packages/mock/node_modules/fast-check/lib/fast-check.js';
import { mockLimits } from '../../packages/mock/src/limits.js';
import { judgeAnswer } from '../../packages/mock/test/hostile/answer-rule.js';
import { brokenBody } from '../../packages/mock/test/hostile/broken-bodies.js';
import { startCanary } from '../../packages/mock/test/hostile/canary.js';
import { hostileRequest } from '../../packages/mock/test/hostile/hostile-requests.js';
import { openRaw } from '../../packages/mock/test/raw-http.js';
import { defaultSeed } from '../test-support/hostile-runs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const total = Number(process.env.SOAK_REQUESTS ?? 10_000);
const idleMs = Number(process.env.SOAK_IDLE_MS ?? 15_000);
const seed = Number(process.env.PAVE_HOSTILE_SEED ?? defaultSeed);
const concurrency = 10;
const credentials: PaveCredentials = {
  username: 'soak',
  apiKey: 'key_soak',
  apiSecret: 'secret_soak_never_echoed',
};
const limit = mockLimits.maxBodyBytes;
const execFileAsync = promisify(execFile);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Planned {
  label: string;
  bytes: (canaryPort: number) => Buffer;
  head: boolean;
  judge?: Parameters<typeof judgeAnswer>[1];
}

async function rssMb(pid: number): Promise<number> {
  const { stdout } = await execFileAsync('ps', ['-o', 'rss=', '-p', String(pid)]);
  return Number(stdout.trim()) / 1024;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

function signed(): string[] {
  return Object.entries(createAuthHeaders(credentials)).map(([name, value]) => `${name}: ${value}`);
}

function raw(requestLine: string, lines: string[], body = ''): Buffer {
  const all = ['Host: 127.0.0.1', ...lines];
  if (body !== '' && !lines.some((line) => /^content-length:/i.test(line))) {
    all.push(`Content-Length: ${Buffer.byteLength(body)}`);
  }
  // The head in latin1 as HTTP has it, the body in UTF-8 as Content-Length counted it.
  return Buffer.concat([
    Buffer.from(`${requestLine}\r\n${all.join('\r\n')}\r\n\r\n`, 'latin1'),
    Buffer.from(body, 'utf8'),
  ]);
}

const vinOnly = '{"vehicle":{"vin":"JN1CV6AR9BMXXXXXX"}}';

/** The inputs of the two issue tables, each sent many times among the generated ones. */
function tableInputs(): Planned[] {
  const json = 'Content-Type: application/json';
  const big = `{"vehicle":{"vin":"JN1CV6AR9BMXXXXXX"},"session":{"reference":{"pad":"${'x'.repeat(20 * 1024 * 1024)}"}}}`;
  const cases: [string, (port: number) => Buffer][] = [
    ['GET /v1/sessions/%zz', () => raw('GET /v1/sessions/%zz HTTP/1.1', signed())],
    ['GET /v1/sessions/%e0%80', () => raw('GET /v1/sessions/%e0%80 HTTP/1.1', signed())],
    ['GET //canary/x', (port) => raw(`GET //127.0.0.1:${port}/x HTTP/1.1`, signed())],
    ['GET http://canary/x', (port) => raw(`GET http://127.0.0.1:${port}/x HTTP/1.1`, signed())],
    ['POST http://[', () => raw('POST http://[ HTTP/1.1', [...signed(), json], vinOnly)],
    ['GET http://a:99999/', () => raw('GET http://a:99999/ HTTP/1.1', signed())],
    [
      'unsigned POST announcing 200 MB',
      () => raw('POST /v1/sessions HTTP/1.1', [json, 'Content-Length: 209715200'], vinOnly),
    ],
    [
      'create with Content-Type: application/json, text/plain',
      () =>
        raw(
          'POST /v1/sessions HTTP/1.1',
          [...signed(), 'Content-Type: application/json, text/plain'],
          vinOnly,
        ),
    ],
    [
      'Connection: close',
      () => raw('GET /v1/callbacks HTTP/1.1', [...signed(), 'Connection: close']),
    ],
    [
      'field named constructor',
      () =>
        raw(
          'POST /v1/sessions HTTP/1.1',
          [...signed(), json],
          '{"vehicle":{"vin":"JN1CV6AR9BMXXXXXX"},"constructor":1}',
        ),
    ],
    [
      'Prefer: example=no-such-example',
      () =>
        raw(
          'POST /v1/sessions HTTP/1.1',
          [...signed(), json, 'Prefer: example=no-such-example'],
          vinOnly,
        ),
    ],
    [
      'Accept: text/html, Prefer: code=401',
      () =>
        raw('GET /v1/sessions/ABC HTTP/1.1', [
          ...signed(),
          'Accept: text/html',
          'Prefer: code=401',
        ]),
    ],
    ['CONNECT canary', (port) => raw(`CONNECT 127.0.0.1:${port} HTTP/1.1`, signed())],
    [
      'redirect_url javascript:',
      () =>
        raw(
          'POST /v1/sessions HTTP/1.1',
          [...signed(), json],
          '{"session":{"redirect_url":" JaVa\\tScRiPt:alert(1)"}}',
        ),
    ],
  ];
  const planned: Planned[] = cases.map(([label, bytes]) => ({ label, bytes, head: false }));
  planned.push({
    label: 'signed 20 MB body',
    bytes: () => raw('POST /v1/sessions HTTP/1.1', [...signed(), json], big),
    head: false,
  });
  return planned;
}

/** `total` requests: the issue tables' inputs, then the generated ones, mixed by the seed. */
function plan(withCredentials: boolean): Planned[] {
  const table = tableInputs();
  // The 20 MB body only a few times: it is there to hit the limit, not to time the loopback.
  const fromTable = Array.from(
    { length: Math.round(total * 0.05) },
    (_, i) => table[i % table.length] as Planned,
  ).filter((entry, i) => entry.label !== 'signed 20 MB body' || i < table.length * 5);
  const generatedRequests = fc.sample(hostileRequest(limit), {
    numRuns: Math.round(total * 0.55),
    seed,
  });
  const requests: Planned[] = generatedRequests.map((request) => ({
    label: request.label,
    bytes: (canaryPort: number) => request.build({ credentials, canaryPort }),
    head: request.label.startsWith('HEAD '),
    judge: withCredentials ? request.expectation : { ...request.expectation, successAllowed: true },
  }));
  const bodies = fc.sample(brokenBody(limit), {
    numRuns: total - fromTable.length - requests.length,
    seed: seed + 1,
  });
  const bodyRequests: Planned[] = bodies.map((broken) => ({
    label: `${broken.kind}: ${broken.operation.method} ${broken.target}`,
    bytes: () =>
      raw(
        `${broken.operation.method} ${broken.target} HTTP/1.1`,
        [
          ...signed(),
          `Content-Type: ${broken.contentType}`,
          `Content-Length: ${Buffer.byteLength(broken.body)}`,
          'Connection: close',
        ],
        broken.body,
      ),
    head: false,
    judge: { successAllowed: broken.valid },
  }));
  const all = [...fromTable, ...requests, ...bodyRequests];
  const order =
    fc.sample(
      fc.shuffledSubarray(
        all.map((_, i) => i),
        { minLength: all.length },
      ),
      { numRuns: 1, seed },
    )[0] ?? [];
  return order.map((i) => all[i] as Planned);
}

async function startMock(
  args: string[],
): Promise<{ child: ChildProcess; url: string; port: number }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(root, 'packages/mock/dist/cli.js'), '--port', String(port), '--quiet', ...args],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; waited < 60_000; waited += 100) {
    if (child.exitCode !== null) throw new Error(`pave-mock exited: ${stderr}`);
    try {
      await fetch(`${url}/v1/callbacks`, { headers: createAuthHeaders(credentials) });
      return { child, url, port };
    } catch {
      await sleep(100);
    }
  }
  child.kill();
  throw new Error(`pave-mock did not answer within 60 s: ${stderr}`);
}

interface Round {
  mode: string;
  rssBefore: number;
  rssAfter: number;
  rssIdle: number;
  seconds: number;
  statuses: Map<number, number>;
  failures: string[];
  resetPastLimit: number;
}

async function soak(mode: string, args: string[], withCredentials: boolean): Promise<Round> {
  const canary = await startCanary();
  const mock = await startMock(args);
  const pid = mock.child.pid as number;
  const requests = plan(withCredentials);
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  let resetPastLimit = 0;
  const rssBefore = await rssMb(pid);
  const started = performance.now();
  let next = 0;
  async function worker() {
    while (next < requests.length) {
      const request = requests[next++] as Planned;
      const connection = openRaw(mock.port, { deadlineMs: 20_000, headRequest: request.head });
      const bytes = request.bytes(canary.port);
      try {
        await connection.write(bytes);
        const answer = await connection.answer;
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        const problems = request.judge
          ? judgeAnswer(answer, request.judge, credentials.apiSecret)
          : answer.status >= 500
            ? [`a ${answer.status}`]
            : [];
        if (answer.status === 0) problems.push('no answer');
        if (problems.length > 0)
          failures.push(`${request.label} -> ${answer.status}: ${problems.join('; ')}`);
      } catch (error) {
        statuses.set(0, (statuses.get(0) ?? 0) + 1);
        // A refusal sent before a large body is read: the mock drains the rest for a bounded
        // time and size before closing (see its README), so only a sender slower than that can
        // still lose the answer to the reset. Counted apart, and expected to stay at 0.
        if (bytes.length > 64 * 1024 && /closed without a complete answer/.test(String(error))) {
          resetPastLimit += 1;
          continue;
        }
        failures.push(`${request.label} -> ${String(error).slice(0, 200)}`);
      } finally {
        connection.socket.destroy();
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const rssAfter = await rssMb(pid);
  const good = await fetch(`${mock.url}/v1/sessions`, {
    method: 'POST',
    headers: { ...createAuthHeaders(credentials), 'content-type': 'application/json' },
    body: vinOnly,
  });
  if (good.status !== 201) failures.push(`a good signed create afterwards got ${good.status}`);
  if (mock.child.exitCode !== null) failures.push(`pave-mock exited with ${mock.child.exitCode}`);
  if (canary.hits.length > 0)
    failures.push(`the canary was reached: ${canary.hits.slice(0, 5).join(', ')}`);
  await sleep(idleMs);
  const rssIdle = await rssMb(pid);
  mock.child.kill('SIGINT');
  await canary.close();
  return { mode, rssBefore, rssAfter, rssIdle, seconds, statuses, failures, resetPastLimit };
}

const dir = await mkdtemp(join(tmpdir(), 'pave-soak-'));
const credentialsFile = join(dir, 'credentials.json');
await writeFile(credentialsFile, JSON.stringify(credentials));
const rounds: Round[] = [];
try {
  rounds.push(await soak('with --credentials-file', ['--credentials-file', credentialsFile], true));
  rounds.push(await soak('without credentials', [], false));
} finally {
  await rm(dir, { recursive: true, force: true });
}

const mb = (value: number) => `${value.toFixed(0)} MB`;
console.log(
  `pave-mock soak: ${total} requests a mode, ${concurrency} at a time, seed ${seed}, idle ${idleMs / 1000} s`,
);
for (const round of rounds) {
  const statusList = [...round.statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
  console.log(`\n${round.mode}: ${round.seconds.toFixed(1)} s`);
  console.log(
    `  resident memory: before ${mb(round.rssBefore)}, after ${mb(round.rssAfter)}, after idling ${mb(round.rssIdle)}`,
  );
  console.log(`  statuses: ${statusList} (0 = no answer read)`);
  console.log(
    `  refusals of a large body lost to the connection reset (closed promptly, answer unread): ${round.resetPastLimit}`,
  );
  console.log(
    `  still serving afterwards, canary never reached: ${round.failures.length === 0 ? 'yes' : 'NO'}`,
  );
  for (const failure of round.failures.slice(0, 20)) console.log(`  failure: ${failure}`);
}
process.exitCode = rounds.some((round) => round.failures.length > 0) ? 1 : 0;
