// Keeps the mock's state in a file across restarts: read once at start, written whole, atomically.
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { type StateSnapshot, snapshotFormat } from './account-store.js';

export class StateFileError extends Error {
  constructor(path: string, problem: string) {
    super(
      `The state file ${path} ${problem}; it was left as it is. Move it away or pass another path.`,
    );
    this.name = 'StateFileError';
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isStringMap = (value: unknown) =>
  isObject(value) && Object.values(value).every((item) => typeof item === 'string');

/** What a stored callback lacks to be delivered, as the mock would register it. */
function callbackProblem(callback: unknown): string | undefined {
  if (!isObject(callback)) return 'that is not an object';
  for (const field of ['event', 'url', 'method'] as const) {
    if (typeof callback[field] !== 'string') return `without a "${field}" string`;
  }
  if (!isStringMap(callback.headers)) return 'whose "headers" is not an object of strings';
  if (!isObject(callback.payload)) return 'whose "payload" is not an object';
  return undefined;
}

function checkSnapshot(path: string, value: unknown): StateSnapshot {
  if (!isObject(value) || value.format !== snapshotFormat) {
    throw new StateFileError(
      path,
      `is not a pave-kit mock state file (no "format": "${snapshotFormat}")`,
    );
  }
  if (value.version !== 1) {
    throw new StateFileError(
      path,
      `has version ${JSON.stringify(value.version)}, this mock reads version 1`,
    );
  }
  if (!isObject(value.accounts)) throw new StateFileError(path, 'has no "accounts" object');
  for (const [apiKey, account] of Object.entries(value.accounts)) {
    if (
      !isObject(account) ||
      !Array.isArray(account.sessions) ||
      !Array.isArray(account.callbacks)
    ) {
      throw new StateFileError(
        path,
        `has an account "${apiKey}" without "sessions" and "callbacks" lists`,
      );
    }
    for (const session of account.sessions) {
      if (
        !isObject(session) ||
        typeof session.session_key !== 'string' ||
        typeof session.status !== 'string'
      ) {
        throw new StateFileError(
          path,
          `has a session under "${apiKey}" without a session_key and status`,
        );
      }
      if (!Array.isArray(session.photos)) session.photos = [];
    }
    for (const callback of account.callbacks) {
      const problem = callbackProblem(callback);
      if (problem) {
        throw new StateFileError(path, `has a callback under "${apiKey}" ${problem}`);
      }
    }
  }
  return value as unknown as StateSnapshot;
}

/** The saved state, or undefined when the file does not exist yet. */
export async function readStateFile(path: string): Promise<StateSnapshot | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StateFileError(path, `cannot be read (${(error as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new StateFileError(path, `is not valid JSON (${(error as Error).message})`);
  }
  return checkSnapshot(path, value);
}

/** A reader never sees half a file: the state goes to a temporary file that then replaces it. */
export async function writeStateFile(path: string, snapshot: StateSnapshot): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, JSON.stringify(snapshot));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
