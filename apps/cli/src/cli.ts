#!/usr/bin/env node
/** The `pave` executable: runs the CLI on this process's arguments and streams. */
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
