#!/usr/bin/env node
// Runs the portal from environment variables until Ctrl-C or SIGTERM.
import { readPortalConfig } from './config.js';
import { startPortal } from './start-portal.js';

async function main(): Promise<void> {
  const result = readPortalConfig(process.env);
  if (!result.ok) {
    console.error(
      `portal: cannot start:\n${result.problems.map((problem) => `  - ${problem}`).join('\n')}\n` +
        'Set PAVE_USERNAME, PAVE_API_KEY and PAVE_API_SECRET (and optionally PAVE_BASE_URL, ' +
        'PORT, PORTAL_ALLOWED_HOSTS, PORTAL_PUBLIC_URL).',
    );
    process.exitCode = 1;
    return;
  }
  const { port, allowedHosts, publicUrl, pave } = result.config;

  let portal: Awaited<ReturnType<typeof startPortal>>;
  try {
    portal = await startPortal({ port, allowedHosts, pave, ...(publicUrl ? { publicUrl } : {}) });
  } catch (error) {
    // A taken port or a malformed PAVE_BASE_URL: the message names it; a stack would not help.
    console.error(`portal: cannot start: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
    return;
  }
  console.log(`PAVE portal listening on ${portal.url} (PAVE API at ${pave.baseUrl})`);
  console.log('Press Ctrl-C to stop.');

  const stop = async (signal: NodeJS.Signals) => {
    console.log(`portal: ${signal}, stopping`);
    await portal.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
