#!/usr/bin/env node
// pave-mock: serve the PAVE sessions API locally, from pave-kit's spec.
import { parseArgs } from 'node:util';
import { formatBanner, maskKey } from './banner.js';
import { loadCredentialsFile } from './credentials-file.js';
import type { RequestLogEntry } from './middleware/request-log/index.js';
import { startMock } from './start-mock.js';

const usage = `Usage: pave-mock [options]

Serves the PAVE sessions API from pave-kit's OpenAPI spec with Prism.

Options:
  --port <n>                 port to listen on (default 4010; 0 picks a free one)
  --host <address>           address to bind (default 127.0.0.1)
  --dynamic                  generate bodies from the schemas instead of the examples
  --credentials-file <path>  JSON with {username, apiKey, apiSecret}, or a list of them:
                             requests must then carry a valid HMAC signature
  --stateless                answer every request with the spec's examples, keeping no
                             sessions (the behaviour before state was the default)
  --state-file <path>        keep sessions and callbacks in this JSON file across restarts
  --max-sessions <n>         sessions kept per API key, oldest dropped first (default 10000)
  --auto-advance <ms>        move each new session one step every <ms> until COMPLETE
  --quiet                    do not log each request and webhook try
  -h, --help                 show this help`;

function printLogLine({ method, path, status, durationMs, note }: RequestLogEntry): void {
  console.log(
    `${method} ${path} -> ${status} (${durationMs.toFixed(1)} ms)${note ? `: ${note}` : ''}`,
  );
}

function fail(message: string): never {
  console.error(`pave-mock: ${message}\n\n${usage}`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values: ReturnType<typeof parse>['values'];
  function parse() {
    return parseArgs({
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        dynamic: { type: 'boolean', default: false },
        'credentials-file': { type: 'string' },
        stateless: { type: 'boolean', default: false },
        'state-file': { type: 'string' },
        'max-sessions': { type: 'string' },
        'auto-advance': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
  }
  try {
    values = parse().values;
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
  }

  const maxSessions = values['max-sessions'];
  if (maxSessions !== undefined && !/^[1-9]\d*$/.test(maxSessions)) {
    fail(`--max-sessions must be a whole number of at least 1, got "${maxSessions}"`);
  }
  const autoAdvance = values['auto-advance'];
  if (autoAdvance !== undefined && !/^\d+$/.test(autoAdvance)) {
    fail(`--auto-advance must be a whole number of milliseconds, got "${autoAdvance}"`);
  }
  if (values.stateless && (values['state-file'] || maxSessions || autoAdvance)) {
    fail(
      '--stateless keeps no state: it cannot be combined with --state-file, --max-sessions or --auto-advance',
    );
  }

  const credentials = values['credentials-file']
    ? await loadCredentialsFile(values['credentials-file'])
    : undefined;
  const mock = await startMock({
    port,
    host: values.host,
    dynamic: values.dynamic,
    stateful: !values.stateless,
    ...(values['state-file'] ? { stateFile: values['state-file'] } : {}),
    ...(maxSessions ? { maxSessionsPerAccount: Number(maxSessions) } : {}),
    ...(autoAdvance ? { autoAdvanceMs: Number(autoAdvance) } : {}),
    ...(credentials ? { credentials } : {}),
    ...(values.quiet ? {} : { onRequest: printLogLine, onWebhook: printLogLine }),
  });
  console.log(
    formatBanner(
      mock,
      (credentials ?? []).map((c) => `${c.username} (API key ${maskKey(c.apiKey)})`),
      values['state-file'],
    ),
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the mock`);
    mock.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`pave-mock: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    `pave-mock: ${code === 'EADDRINUSE' ? 'the port is already in use' : (error as Error).message}`,
  );
  process.exit(1);
});
