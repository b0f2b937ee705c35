// How much the client costs on top of a bare fetch, and what the mock costs on top of a bare
// server. Every figure is a ratio against a baseline measured in the same run on the same
// machine, because absolute times on a shared 2-core box mean little. Bounded: a fixed number
// of sequential requests per case, loopback only.
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const load = (path) => import(pathToFileURL(resolve(root, path)).href);
const { createAuthHeaders } = await load('packages/auth/dist/index.js');
const { createPaveClient } = await load('packages/client/dist/index.js');
const { startMock } = await load('packages/mock/dist/index.js');

const requests = Number(process.env.BENCH_REQUESTS ?? 1500);
const warmup = 200;
const credentials = { username: 'bench', apiKey: 'key_bench', apiSecret: 'secret_bench' };
const body = { vehicle: { vin: 'JN1CV6AR9BMXXXXXX' } };
const created = JSON.stringify({
  session_key: 'XXX-ABCDE12345',
  active: true,
  created_at: '2021-05-25T11:50:49.000000Z',
  capture_url: 'https://demoadmin.vehiclecapture.com/XXX-ABCDE12345',
});

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(created);
  });
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const plainUrl = `http://127.0.0.1:${server.address().port}`;
const mock = await startMock({ credentials });

const rounds = 5;

/** One round: `count` sequential requests, each timed. */
async function timeRound(send, count) {
  const times = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    await send();
    times.push(performance.now() - started);
  }
  return times;
}

function summarize(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    p99: sorted[Math.floor(sorted.length * 0.99)],
  };
}

const rawPost =
  (baseUrl, headers = {}) =>
  async () => {
    const response = await fetch(`${baseUrl}/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    await response.json();
  };
const clientPost = (client) => async () => {
  const { error } = await client.POST('/v1/sessions', { body });
  if (error) throw new Error(JSON.stringify(error));
};

const cases = [
  ['bare fetch -> plain server (baseline)', rawPost(plainUrl)],
  [
    'fetch + HMAC headers -> plain server',
    async () => rawPost(plainUrl, createAuthHeaders(credentials))(),
  ],
  [
    '@pave-kit/client -> plain server',
    clientPost(createPaveClient({ ...credentials, baseUrl: plainUrl })),
  ],
  [
    '@pave-kit/client -> mock (Prism + HMAC check)',
    clientPost(createPaveClient({ ...credentials, baseUrl: mock.url })),
  ],
];

// Cases take turns, round after round, so drift in the machine's load hits them all alike.
const samples = cases.map(() => []);
for (const [, send] of cases) await timeRound(send, warmup);
for (let round = 0; round < rounds; round += 1) {
  for (const [index, [, send]] of cases.entries()) {
    samples[index].push(...(await timeRound(send, Math.ceil(requests / rounds))));
  }
}
const results = cases.map(([name], index) => [name, summarize(samples[index])]);
await mock.close();
server.close();

const [, baseline] = results[0];
console.log(
  `${requests} POST /v1/sessions per case in ${rounds} interleaved rounds, ${warmup} warm-up each\n`,
);
console.log(`${'case'.padEnd(48)} ${'median'.padStart(8)} ${'p99'.padStart(8)}  vs baseline`);
for (const [name, { median, p99 }] of results) {
  const ratio = (median / baseline.median).toFixed(2);
  console.log(
    `${name.padEnd(48)} ${`${median.toFixed(3)}ms`.padStart(8)} ${`${p99.toFixed(2)}ms`.padStart(8)}  x${ratio}`,
  );
}
