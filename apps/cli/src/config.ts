/** Environment and global flags, turned into the options of a PAVE client. */
import type { PaveCredentials } from '@pave-kit/auth';
import { defaultBaseUrl, maxTimeoutMs } from '@pave-kit/client';
import { InvalidArgumentError } from 'commander';
import { UsageError } from './usage-error.js';

export type Environment = Readonly<Record<string, string | undefined>>;

/** Which variable holds each credential; read only by commands that call the API. */
export const credentialVariables: Readonly<Record<keyof PaveCredentials, string>> = {
  username: 'PAVE_USERNAME',
  apiKey: 'PAVE_API_KEY',
  apiSecret: 'PAVE_API_SECRET',
};

export const baseUrlVariable = 'PAVE_BASE_URL';

export interface ConnectionFlags {
  baseUrl?: string;
  timeout?: number;
}

export interface ApiConfig {
  credentials: PaveCredentials;
  baseUrl: string;
  /** Where `baseUrl` came from, to name it when it is wrong. */
  baseUrlSource: string;
  timeoutMs: number | undefined;
}

// An exported but empty variable is as good as unset, which is how shells treat `VAR=`.
function read(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

const lineBreak = /[\r\n]/;
const controlCharacter = /\p{Cc}/u;
const printableAscii = /^[\x20-\x7e]*$/;

/**
 * A line break in a credential would split the request's headers; fetch refuses to send it, and
 * the failure would read as a network error. The value is never quoted: one is a secret.
 */
function credentialProblem(name: string, value: string): string | undefined {
  if (controlCharacter.test(value)) {
    const what = lineBreak.test(value) ? 'a line break (CR or LF)' : 'a control character';
    return `${name} must be one line of printable text, but it holds ${what}; check how it was set.`;
  }
  if (name === credentialVariables.apiKey && !printableAscii.test(value)) {
    return `${name} must hold only ASCII characters: it is sent as the API-Key header.`;
  }
  return undefined;
}

/** Throws a `UsageError` that names every missing or malformed credential variable at once. */
export function resolveApiConfig(env: Environment, flags: ConnectionFlags): ApiConfig {
  const missing = Object.values(credentialVariables).filter((name) => !read(env, name));
  if (missing.length > 0) {
    throw new UsageError([
      `Missing ${missing.length === 1 ? 'environment variable' : 'environment variables'}: ${missing.join(', ')}.`,
      `Set ${credentialVariables.username} (your PAVE account name), ${credentialVariables.apiKey} (API key) and ${credentialVariables.apiSecret} (API secret).`,
    ]);
  }
  const malformed = Object.values(credentialVariables).flatMap(
    (name) => credentialProblem(name, read(env, name) as string) ?? [],
  );
  if (malformed.length > 0) throw new UsageError(malformed);
  const fromEnv = read(env, baseUrlVariable);
  const [baseUrl, baseUrlSource] =
    flags.baseUrl !== undefined
      ? [flags.baseUrl, '--base-url']
      : fromEnv !== undefined
        ? [fromEnv, baseUrlVariable]
        : [defaultBaseUrl, 'the default base URL'];
  return {
    credentials: {
      username: read(env, credentialVariables.username) as string,
      apiKey: read(env, credentialVariables.apiKey) as string,
      apiSecret: read(env, credentialVariables.apiSecret) as string,
    },
    baseUrl,
    baseUrlSource,
    timeoutMs: flags.timeout,
  };
}

/** Commander's parser for `--timeout <ms>`: a whole number of milliseconds. */
export function parseTimeout(text: string): number {
  const value = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || value < 1 || value > maxTimeoutMs) {
    throw new InvalidArgumentError(
      `must be a whole number of milliseconds from 1 to ${maxTimeoutMs}`,
    );
  }
  return value;
}

/**
 * Commander's parser for `--prefer <value>`: sent as a header and echoed by `--verbose`, so one
 * line of printable ASCII. Outside ASCII a value could carry bidirectional controls that reorder
 * the verbose line on a terminal, and Prism's preferences (`code=404`, `example=name`) never need it.
 */
export function parsePrefer(text: string): string {
  if (!printableAscii.test(text)) {
    throw new InvalidArgumentError(
      'must be one line of printable ASCII text (it is sent as a header)',
    );
  }
  return text;
}
