// The mock under load: its resident memory before, after each round of signed requests and after
// idling, and its throughput as a ratio to Prism alone measured in the same run. The stateful
// mock (the default: every create stores a session), the stateless one (`--stateless`, the
// spec's examples) and Prism's CLI on the same spec all run as child processes, so the figures
// are theirs alone. Loopback only; each round is a fixed number of requests.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import autocannon from 'autocannon';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { createAuthHeaders } = await import(
  pathToFileURL(resolve(root, 'packages/auth/dist/index.js')).href
);

const amount = Number(process.env.BENCH_MOCK_REQUESTS ?? 10_000);
const rounds = Number(process.env.BENCH_MOCK_ROUNDS ?? 2);
const idleMs = Number(process.env.BENCH_MOCK_IDLE_MS ?? 15_000);
const oversizedCount = 200;
const connections = 10;
const credentials = { username: 'bench', apiKey: 'key_bench', apiSecret: 'secret_bench' };
const createBody = JSON.stringify({ vehicle: { vin: 'JN1CV6AR9BMXXXXXX' } });

const execFileAsync = promisify(execFile);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Resident memory of a process, in MB, as the kernel reports it. */
async function rssMb(pid) {
  const { stdout } = await execFileAsync('ps', ['-o', 'rss=', '-p', String(pid)]);
  return Number(stdout.trim()) / 1024;
}

/** CPU time a process has used, in ms, where /proc tells (Linux); else undefined. */
async function cpuMs(pid) {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const [utime, stime] = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .slice(11, 13);
    return ((Number(utime) + Number(stime)) * 1000) / 100;
  } catch {
    return undefined;
  }
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

/** Starts a server process and resolves once it answers on `url`. */
async function startChild(name, command, args, url) {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  for (let waited = 0; waited < 60_000; waited += 100) {
    if (child.exitCode !== null) throw new Error(`${name} exited: ${stderr}`);
    try {
      await fetch(`${url}/v1/callbacks`);
      return child;
    } catch {
      await sleep(100);
    }
  }
  child.kill();
  throw new Error(`${name} did not answer on ${url} within 60 s: ${stderr}`);
}

/**
 * `count` signed requests to a server process, creates and gets in turn, over 10 connections;
 * the gets read `sessionKey`, a session that exists there. CPU time per request is reported
 * beside req/s: on a busy machine it is the steadier figure.
 */
async function load(server, url, count, sessionKey) {
  const headers = { 'content-type': 'application/json', ...createAuthHeaders(credentials) };
  const cpuBefore = await cpuMs(server.pid);
  const result = await autocannon({
    url,
    connections,
    amount: count,
    requests: [
      { method: 'POST', path: '/v1/sessions', headers, body: createBody },
      { method: 'GET', path: `/v1/sessions/${sessionKey}`, headers },
    ],
  });
  const cpuAfter = await cpuMs(server.pid);
  return {
    rps: result.requests.average,
    cpuPerRequestMs: cpuBefore === undefined ? undefined : (cpuAfter - cpuBefore) / count,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

/** A session on the stateful mock for the gets to read: the examples' key is unknown there. */
async function createSession(url) {
  const response = await fetch(`${url}/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...createAuthHeaders(credentials) },
    body: createBody,
  });
  if (response.status !== 201) throw new Error(`creating a session answered ${response.status}`);
  return (await response.json()).session_key;
}

const scratch = await mkdtemp(join(tmpdir(), 'pave-mock-bench-'));
const credentialsFile = join(scratch, 'credentials.json');
await writeFile(credentialsFile, JSON.stringify(credentials));

async function startMockChild(name, extraArgs) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = ['packages/mock/dist/cli.js', '--port', String(port), '--quiet'];
  args.push('--credentials-file', credentialsFile, ...extraArgs);
  return { name, url, child: await startChild(name, process.execPath, args, url) };
}

const servers = [
  await startMockChild('pave-mock', []),
  await startMockChild('pave-mock --stateless', ['--stateless']),
];
const prismPort = await freePort();
const prismUrl = `http://127.0.0.1:${prismPort}`;
const prismCli = resolve(root, 'packages/mock/node_modules/@stoplight/prism-cli/dist/index.js');
servers.push({
  name: 'Prism',
  url: prismUrl,
  child: await startChild(
    'Prism',
    process.execPath,
    [prismCli, 'mock', 'openapi/pave.yaml', '--port', String(prismPort), '-h', '127.0.0.1'],
    prismUrl,
  ),
});
const [stateful, stateless, prism] = servers;
const exampleKey = 'XXX-ABCDE12345';
const allRss = () => Promise.all(servers.map(({ child }) => rssMb(child.pid)));

try {
  const rows = [['started, idle', ...(await allRss())]];
  for (let round = 1; round <= rounds; round += 1) {
    // Prism first, then each mock, every round: drift in the machine's load hits all alike.
    const alone = await load(prism.child, prism.url, amount, exampleKey);
    // A new session each round: past 10,000 per account the oldest are dropped, so the first
    // session created would be gone by the third round of 10,000.
    const fresh = await createSession(stateful.url);
    const withState = await load(stateful.child, stateful.url, amount, fresh);
    const echo = await load(stateless.child, stateless.url, amount, exampleKey);
    for (const [name, { failures }] of [
      [stateful.name, withState],
      [stateless.name, echo],
      [prism.name, alone],
    ]) {
      if (failures > 0)
        throw new Error(`round ${round}: ${name} answered ${failures} requests badly`);
    }
    const cpu = (figures) => figures.cpuPerRequestMs?.toFixed(3) ?? 'n/a';
    rows.push([
      `after round ${round}`,
      ...(await allRss()),
      `${withState.rps.toFixed(0)} / ${echo.rps.toFixed(0)} / ${alone.rps.toFixed(0)}`,
      `x${(withState.rps / alone.rps).toFixed(2)} / x${(echo.rps / alone.rps).toFixed(2)}`,
      `${cpu(withState)} / ${cpu(echo)} / ${cpu(alone)}`,
    ]);
  }
  // Bodies past the limit are refused from their Content-Length, never read into memory.
  const oversized = await autocannon({
    url: stateful.url,
    connections,
    amount: oversizedCount,
    requests: [
      {
        method: 'POST',
        path: '/v1/sessions',
        headers: { 'content-type': 'application/json', ...createAuthHeaders(credentials) },
        body: Buffer.alloc(2 * 1024 * 1024, 32),
      },
    ],
  });
  if (oversized['2xx'] > 0) throw new Error('the mock accepted a body over its limit');
  rows.push([`after ${oversizedCount} bodies of 2 MiB`, ...(await allRss())]);
  await sleep(idleMs);
  rows.push([`after ${idleMs / 1000} s idle`, ...(await allRss())]);

  console.log(
    `\npave-mock with state (the default) and --stateless, signatures checked, against Prism's CLI alone on the same spec: rounds of ${amount} signed requests (creates and gets in turn, ${connections} connections), 0 errors\n`,
  );
  const header = [
    '',
    'RSS state',
    'RSS stateless',
    'RSS Prism',
    'req/s state / stateless / Prism',
    'ratio to Prism',
    'CPU ms/request state / stateless / Prism',
  ];
  const widths = [27, 10, 14, 10, 32, 15, 41];
  const line = (cells) =>
    cells
      .map((cell = '', index) =>
        index === 0 ? String(cell).padEnd(widths[0]) : String(cell).padStart(widths[index]),
      )
      .join(' ');
  console.log(line(header));
  for (const [label, ...cells] of rows) {
    const rss = cells.slice(0, 3).map((mb) => `${mb.toFixed(0)} MB`);
    console.log(line([label, ...rss, ...cells.slice(3)]));
  }
} finally {
  for (const { child } of servers) child.kill();
  await rm(scratch, { recursive: true, force: true });
}
