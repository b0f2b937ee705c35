// `pnpm start`: builds what is needed, then runs the PAVE mock and the portal side by side.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { localCredentials, readAutoAdvance, readPorts } from './settings.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function build() {
  console.log('Building the mock and the portal (cached after the first run)...');
  const result = spawnSync(
    process.execPath,
    [
      // Nx's own entry, found the way Node finds it, so its layout inside the package can change.
      createRequire(resolve(root, 'package.json')).resolve('nx/bin/nx'),
      'run-many',
      '-t',
      'build',
      '-p',
      'mock',
      'portal',
      '--outputStyle=static',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) {
    console.error('The build failed; run `pnpm nx run-many -t build -p mock portal` to see why.');
    process.exit(result.status ?? 1);
  }
}

async function main() {
  const ports = readPorts(process.env);
  const autoAdvanceMs = readAutoAdvance(process.env);
  build();
  const { startMock } = await import(
    pathToFileURL(resolve(root, 'packages/mock/dist/index.js')).href
  );
  const { startPortal } = await import(
    pathToFileURL(resolve(root, 'apps/portal/dist/index.js')).href
  );

  const mock = await startMock({
    port: ports.mock,
    // Stateful: each create is a new session that the admin routes can drive to COMPLETE.
    // MOCK_DYNAMIC=1 generates the bodies Prism still answers (Prefer, unknown paths).
    dynamic: process.env.MOCK_DYNAMIC === '1',
    credentials: localCredentials,
    ...(autoAdvanceMs === undefined ? {} : { autoAdvanceMs }),
    /** @param {{ method: string, path: string, status: number, durationMs: number }} request */
    onRequest: ({ method, path, status, durationMs }) =>
      console.log(`[mock]   ${method} ${path} -> ${status} (${durationMs.toFixed(0)} ms)`),
  });
  let portal;
  try {
    portal = await startPortal({
      port: ports.portal,
      pave: { ...localCredentials, baseUrl: mock.url },
      // Said below, with the rest; the portal's own line would come first and alone.
      log: () => {},
    });
  } catch (error) {
    await mock.close();
    throw error;
  }

  // Registration runs beside the portal; the mock is on this machine, so it settles at once.
  const webhooks = await portal.webhooksReady;
  const live = webhooks.registered
    ? `the mock calls ${webhooks.url} on each status change and completion,
          so the rows update by themselves as sessions advance: POST
          ${mock.url}/__mock/sessions/<key>/advance (signed like any call), or ${
            autoAdvanceMs === undefined
              ? 'start with\n          MOCK_AUTO_ADVANCE=<ms> to move each new session one step every <ms>'
              : `wait: each new\n          session moves one step every ${autoAdvanceMs} ms (MOCK_AUTO_ADVANCE)`
          }`
    : webhooks.message;

  console.log(`
pave-kit is running:
  portal  ${portal.url}   <- open this in a browser
  mock    ${mock.url}   (PAVE sessions API from openapi/pave.yaml; signatures checked for
          the test account "${localCredentials.username}", API key "${localCredentials.apiKey}";
          the README shows how to point the CLI or curl at it)
  live    ${live}
  docs    ${mock.url}/docs   (the API reference, also linked from the portal's page)
Press Ctrl-C to stop both.
`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the portal and the mock...');
    // The portal first: it removes its webhook registrations from the mock as it stops.
    await Promise.allSettled([portal.close()]);
    await Promise.allSettled([mock.close()]);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  const message =
    error?.code === 'EADDRINUSE'
      ? `a port is already in use (${error.message}); set MOCK_PORT or PORT to choose others`
      : (error?.message ?? String(error));
  console.error(`pnpm start: ${message}`);
  process.exit(1);
});
