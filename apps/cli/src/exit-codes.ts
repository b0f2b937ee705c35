/** What each exit code of `pave` means, as data: the code, when it happens, and the help text. */
import type { PaveFailureKind } from '@pave-kit/client';

export interface ExitCodeEntry {
  code: number;
  /** One line for `pave --help`. */
  meaning: string;
}

export const exitCodes = {
  ok: { code: 0, meaning: 'success' },
  unexpected: { code: 1, meaning: 'unexpected error (--verbose shows the details)' },
  usage: {
    code: 2,
    meaning: 'invalid input, usage or configuration; nothing was sent',
  },
  rejected: { code: 3, meaning: 'rejected by PAVE (400 with field errors, other 4xx)' },
  unauthorized: { code: 4, meaning: 'PAVE refused the credentials (401, 403)' },
  notFound: { code: 5, meaning: 'not found (404)' },
  rateLimited: { code: 6, meaning: 'rate limited (429)' },
  serverError: { code: 7, meaning: 'PAVE server error (5xx)' },
  timeout: { code: 8, meaning: 'no answer within --timeout' },
  network: { code: 9, meaning: 'network failure: PAVE could not be reached' },
  unusableAnswer: {
    code: 10,
    meaning: "PAVE's answer was not usable (not JSON, or not what was asked for)",
  },
} as const satisfies Record<string, ExitCodeEntry>;

export type ExitCodeName = keyof typeof exitCodes;

/** How each kind of `describeFailure` ends the process, so the CLI and the portal agree on kinds. */
export const exitCodeByFailureKind: Readonly<Record<PaveFailureKind, ExitCodeName>> = {
  invalid: 'rejected',
  rejected: 'rejected',
  unauthorized: 'unauthorized',
  'not-found': 'notFound',
  'rate-limited': 'rateLimited',
  'server-error': 'serverError',
  timeout: 'timeout',
  network: 'network',
  unexpected: 'unexpected',
};

export function exitCodeForFailure(kind: PaveFailureKind): number {
  return exitCodes[exitCodeByFailureKind[kind]].code;
}

/** The "Exit codes" section of `pave --help`. */
export function formatExitCodes(): string {
  const entries = Object.values(exitCodes);
  const width = Math.max(...entries.map(({ code }) => String(code).length)) + 2;
  const lines = entries.map(({ code, meaning }) => `  ${String(code).padEnd(width)}${meaning}`);
  return ['Exit codes:', ...lines].join('\n');
}
