// A CommonJS consumer in plain JavaScript: require() each package, then drive the client against
// the mock.
const { createAuthHeaders } = require('@pave-kit/auth');
const { createPaveClient, unwrap } = require('@pave-kit/client');
const { formatIssue, validateRequestBody } = require('@pave-kit/contract');
const { startMock } = require('@pave-kit/mock');

const credentials = { username: 'demo', apiKey: 'key_123', apiSecret: 'secret_456' };

async function main() {
  console.log(`auth: signs with ${Object.keys(createAuthHeaders(credentials)).join(', ')}`);

  const check = validateRequestBody('createSession', { vehicle: { vin: 'JN1CV6AR9BMXXXXX' } });
  console.log(
    `contract: ${check.ok ? 'accepted a 16-character VIN' : check.issues.map(formatIssue).join('; ')}`,
  );

  const mock = await startMock({ credentials });
  try {
    const pave = createPaveClient({ ...credentials, baseUrl: mock.url });
    const body = { vehicle: { vin: 'JN1CV6AR9BMXXXXXX' } };
    const session = unwrap(await pave.POST('/v1/sessions', { body }));
    console.log(`client: created ${session.session_key}, capture URL ${session.capture_url}`);
    console.log(
      `mock: served ${[...mock.served].join(', ')}; ${mock.violations.length} violation(s)`,
    );
  } finally {
    await mock.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
