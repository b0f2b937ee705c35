/** Where PAVE is, as the portal needs to know it: a local mock or the real service. */

/** PAVE's own developer documentation, for a portal pointed at the real service. */
export const paveDocsUrl = 'https://docs.paveapi.com/integrations/developer-docs';

/** Whether `url` names this machine: localhost, 127.0.0.0/8 or [::1]. */
export function isLoopbackUrl(url: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127(?:\.\d{1,3}){3}$/.test(hostname)
  );
}

/**
 * A PAVE on this machine is the mock (`pnpm start`, `pnpm mock`): it serves the API reference
 * built from the spec at `/docs`. Anything else is taken to be PAVE itself.
 */
export function apiReferenceUrl(paveBaseUrl: string): string {
  if (!isLoopbackUrl(paveBaseUrl)) return paveDocsUrl;
  return new URL('/docs', paveBaseUrl).href;
}
