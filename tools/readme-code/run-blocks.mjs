// Runs the blocks a README says to save and run, each with Node in its own process, against one
// real mock that checks signatures. The block finds the mock and its account in the environment
// a reader would set: PAVE_BASE_URL, PAVE_USERNAME, PAVE_API_KEY, PAVE_API_SECRET.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startMock } from '@pave-kit/mock';
import { placeInReadme } from './consumer-project.mjs';

/**
 * @typedef {import('./consumer-project.mjs').ProjectFile} ProjectFile
 * @typedef {import('./type-check.mjs').Finding} Finding
 * @typedef {{ file: ProjectFile, requests: string[], findings: Finding[] }} BlockRun
 */

/** The mock's only account; it exists nowhere else. */
export const MOCK_ACCOUNT = { username: 'demo', apiKey: 'key_123', apiSecret: 'secret_456' };

/**
 * @param {string} dir the project's folder, as written by `writeProject`
 * @param {ProjectFile[]} files the blocks to run
 * @param {{ timeoutMs: number }} options how long one block may run before it is stopped
 * @returns {Promise<BlockRun[]>}
 */
export async function runBlocks(dir, files, { timeoutMs }) {
  if (files.length === 0) return [];
  /** @type {string[]} */
  let requests = [];
  const mock = await startMock({
    credentials: MOCK_ACCOUNT,
    onRequest: ({ method, path, status }) => requests.push(`${method} ${path} -> ${status}`),
  });
  try {
    /** @type {BlockRun[]} */
    const runs = [];
    for (const file of files) {
      requests = [];
      mock.clearViolations();
      const findings = await runOne(join(dir, file.path), file, mock.url, timeoutMs);
      for (const { method, path, status, issues } of mock.violations) {
        const what = issues.map((issue) => issue.message).join('; ');
        findings.push({
          where: `${file.block.readme}:${file.block.line - 1}`,
          message: `${file.block.fileName} made the mock give an answer the spec does not allow: ${method} ${path} -> ${status}${what ? ` (${what})` : ''}`,
        });
      }
      runs.push({ file, requests, findings });
    }
    return runs;
  } finally {
    await mock.close();
  }
}

/**
 * @param {string} path
 * @param {ProjectFile} file
 * @param {string} baseUrl
 * @param {number} timeoutMs
 * @returns {Promise<Finding[]>}
 */
function runOne(path, file, baseUrl, timeoutMs) {
  // Plain text, so places in the block's stack traces can be named by the README's lines (Nx
  // and vitest set FORCE_COLOR, which would put colour codes inside those paths).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith('PAVE_') && name !== 'FORCE_COLOR',
    ),
  );
  const child = spawn(process.execPath, [path], {
    cwd: dirname(path),
    env: {
      ...env,
      NO_COLOR: '1',
      PAVE_BASE_URL: baseUrl,
      PAVE_USERNAME: MOCK_ACCOUNT.username,
      PAVE_API_KEY: MOCK_ACCOUNT.apiKey,
      PAVE_API_SECRET: MOCK_ACCOUNT.apiSecret,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  return new Promise((resolve) => {
    child.on('error', (error) => {
      resolve([{ where: blockStart(file), message: `node could not start: ${error.message}` }]);
    });
    child.on('close', (code, signal) => {
      if (code === 0) return resolve([]);
      const ended =
        signal === 'SIGKILL'
          ? `did not finish within ${timeoutMs / 1000} s`
          : signal
            ? `was ended by ${signal}`
            : `exited with code ${code}`;
      const shown = inReadmeTerms(output, path, file).trimEnd().split('\n').slice(-30);
      resolve([
        {
          where: blockStart(file),
          message: `node ${file.block.fileName} ${ended}${shown.length > 0 ? `:\n${shown.join('\n')}` : ''}`,
        },
      ]);
    });
  });
}

/** @param {ProjectFile} file */
function blockStart(file) {
  return `${file.block.readme}:${file.block.line - 1}`;
}

/**
 * Names places in the block by the README's lines, as the type check does.
 * @param {string} output
 * @param {string} path
 * @param {ProjectFile} file
 */
function inReadmeTerms(output, path, file) {
  const places = [pathToFileURL(path).href, path].map(escapeRegExp).join('|');
  const place = new RegExp(`(?:${places}):(\\d+)(?::(\\d+))?`, 'g');
  return output.replace(place, (found, line, column) => {
    const character = column === undefined ? undefined : Number(column) - 1;
    return placeInReadme(file, Number(line) - 1, character) ?? found;
  });
}

/** @param {string} text */
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
