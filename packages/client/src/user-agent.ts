/** The `User-Agent` every request carries, naming pave-kit and its version. */

// Inlined by the bundler at build time and read from source by vitest, so both agree.
import packageJson from '../package.json' with { type: 'json' };

export const clientVersion: string = packageJson.version;

/**
 * `pave-kit/0.1.0 (+node v20.19.0)`, after the caller's own product token when one is given: the
 * most significant product comes first, as RFC 9110 asks.
 */
export function userAgent(product?: string): string {
  const own = `pave-kit/${clientVersion} (+node ${process.version})`;
  return product ? `${product} ${own}` : own;
}
