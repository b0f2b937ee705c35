// What `pave-mock` prints when it starts: where it listens, what it serves, how to steer it.
import type { RunningMock } from './start-mock.js';

/** Enough of an API key to tell accounts apart in a terminal, not enough to reuse it. */
export function maskKey(apiKey: string): string {
  return apiKey.length <= 8 ? '****' : `****${apiKey.slice(-4)}`;
}

function describeState(mock: RunningMock, stateFile: string | undefined): string[] {
  if (!mock.stateful) {
    return ["Stateless: every answer is the spec's example; nothing is kept between requests."];
  }
  return [
    `Sessions and callbacks are kept per API key, ${stateFile ? `in ${stateFile}` : 'in memory'}.`,
    `Drive a session: curl -s -X POST ${mock.url}/__mock/sessions/<key>/advance -d '{"to":"COMPLETE"}'${mock.checksSignatures ? ' (signed)' : ''}`,
    `Webhook deliveries: ${mock.url}/__mock/deliveries    API reference: ${mock.url}/docs`,
  ];
}

export function formatBanner(
  mock: RunningMock,
  accounts: readonly string[],
  stateFile?: string,
): string {
  const width = Math.max(...mock.operations.map((op) => op.path.length));
  const operations = mock.operations.map(
    (op) => `  ${op.method.padEnd(7)} ${op.path.padEnd(width)}  ${op.operationId}`,
  );
  const auth = mock.checksSignatures
    ? `HMAC signatures are checked for ${accounts.length === 1 ? 'account' : 'accounts'} ${accounts.join(', ')}; a missing, stale or wrong one gets 401.`
    : 'HMAC signatures are not checked: the three auth headers must be present, any values pass.';
  return [
    `PAVE mock (Prism ${mock.prismVersion}) listening on ${mock.url}`,
    auth,
    ...describeState(mock, stateFile),
    '',
    'Operations:',
    ...operations,
    '',
    "Choose the spec's canned response with a Prefer header:",
    '  Prefer: code=404           any status the operation declares',
    '  Prefer: example=complete   a named response example of the spec (e.g. getSession)',
    '  Prefer: dynamic=true       a body generated from the schema',
    '',
    `Try: curl -s -X POST ${mock.url}/v1/sessions -H 'Content-Type: application/json' \\`,
    "       -H 'API-Key: k' -H 'API-Token: t' -H 'API-Timestamp: 2021-05-30T12:49:19Z' \\",
    `       -d '{"vehicle":{"vin":"JN1CV6AR9BMXXXXXX"}}'${mock.checksSignatures ? '   (sign it: see @pave-kit/auth)' : ''}`,
    '',
    'Press Ctrl-C to stop.',
  ].join('\n');
}
