// The local set-up `pnpm start` uses: fixed ports by default, and the test account the README's
// examples use, so the CLI and curl examples work against the same mock. It exists only between
// the local mock and the local portal; it is not a PAVE account.
export const localCredentials = Object.freeze({
  username: 'demo',
  apiKey: 'key_123',
  apiSecret: 'secret_456',
});

/**
 * @param {NodeJS.ProcessEnv} env
 * @param {string} name
 * @param {number} fallback
 * @returns {number}
 */
function port(env, name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`${name} must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return value;
}

/**
 * Ports from MOCK_PORT and PORT, defaulting to 4010 and 3000.
 * @param {NodeJS.ProcessEnv} env
 */
export function readPorts(env) {
  return { mock: port(env, 'MOCK_PORT', 4010), portal: port(env, 'PORT', 3000) };
}

/**
 * MOCK_AUTO_ADVANCE: milliseconds between the steps the mock walks each new session through on
 * its own, for a demo without admin calls; undefined when unset.
 * @param {NodeJS.ProcessEnv} env
 * @returns {number | undefined}
 */
export function readAutoAdvance(env) {
  const raw = env.MOCK_AUTO_ADVANCE;
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`MOCK_AUTO_ADVANCE must be a whole number of milliseconds, got "${raw}"`);
  }
  return value;
}
