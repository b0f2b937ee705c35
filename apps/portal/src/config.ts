/** The portal's settings, read from the environment once at start-up. */

import { defaultBaseUrl } from '@pave-kit/client';
import { parseHostName } from './host-check.js';

export const defaultPort = 3000;

export interface PortalConfig {
  port: number;
  /** From `PORTAL_ALLOWED_HOSTS`: names the page may be opened by besides the loopback ones. */
  allowedHosts: string[];
  /** From `PORTAL_PUBLIC_URL`: where PAVE can reach the portal to deliver webhooks. */
  publicUrl: string | undefined;
  pave: {
    username: string;
    apiKey: string;
    apiSecret: string;
    baseUrl: string;
  };
}

export type PortalConfigResult =
  | { ok: true; config: PortalConfig }
  | { ok: false; problems: string[] };

const requiredVariables = ['PAVE_USERNAME', 'PAVE_API_KEY', 'PAVE_API_SECRET'] as const;

/**
 * Collects every problem instead of stopping at the first, so whoever starts the portal fixes
 * the environment in one go. Problems name variables, never their values: one is a secret.
 */
export function readPortalConfig(
  env: Readonly<Record<string, string | undefined>>,
): PortalConfigResult {
  const value = (name: string) => env[name]?.trim() || undefined;
  const problems: string[] = [];

  const missing = requiredVariables.filter((name) => value(name) === undefined);
  if (missing.length > 0) {
    problems.push(
      `missing environment variable${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`,
    );
  }

  // A line break in a credential would split a request's headers: every call to PAVE would
  // fail as a network error. Named here, at start-up, instead.
  for (const name of requiredVariables) {
    if (/\p{Cc}/u.test(value(name) ?? '')) {
      problems.push(`${name} must be one line of printable text, without control characters`);
    }
  }

  const rawPort = value('PORT');
  const port = rawPort === undefined ? defaultPort : Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be a whole number from 0 to 65535, got "${rawPort}"`);
  }

  const allowedHosts = (value('PORTAL_ALLOWED_HOSTS') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of allowedHosts.filter((entry) => !parseHostName(entry))) {
    problems.push(
      `PORTAL_ALLOWED_HOSTS must list host or host:port entries separated by commas, got "${entry}"`,
    );
  }

  const publicUrl = value('PORTAL_PUBLIC_URL');
  if (publicUrl !== undefined && !isPublicUrl(publicUrl)) {
    problems.push(
      `PORTAL_PUBLIC_URL must be an http or https URL without credentials, query or fragment, got "${publicUrl}"`,
    );
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      port,
      allowedHosts,
      publicUrl,
      pave: {
        username: value('PAVE_USERNAME') as string,
        apiKey: value('PAVE_API_KEY') as string,
        apiSecret: value('PAVE_API_SECRET') as string,
        baseUrl: value('PAVE_BASE_URL') ?? defaultBaseUrl,
      },
    },
  };
}

/** What PAVE can be told to call: a plain http(s) address, optionally under a path. */
function isPublicUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.username === '' &&
    url.password === '' &&
    url.search === '' &&
    url.hash === '' &&
    !value.includes('?') &&
    !value.includes('#')
  );
}
