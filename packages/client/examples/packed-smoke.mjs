// Sends one signed POST /v1/sessions through @pave-kit/client to a local server that checks the
// signature with @pave-kit/auth, then shows how a PAVE error surfaces. Runs against the packed
// tarballs (see README, "Try it from packed tarballs") or inside the workspace after a build.
import { createServer } from 'node:http';
import { verifyToken } from '@pave-kit/auth';
import { createPaveClient, PaveApiError, PaveOptionsError, unwrap } from '@pave-kit/client';

const credentials = { username: 'demo', apiKey: 'key_123', apiSecret: 'secret_456' };

const server = createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  const verified = verifyToken(req.headers, { credentials });
  res.setHeader('content-type', 'application/json');
  if (!verified.ok) {
    res.statusCode = 401;
    res.end(JSON.stringify({ message: verified.message }));
    return;
  }
  const { vehicle } = JSON.parse(body);
  if (vehicle?.vin?.length !== 17) {
    res.statusCode = 400;
    res.end(
      JSON.stringify({
        message: 'Required fields are missing or invalid.',
        errors: { 'vehicle.vin': ['VIN is too short, it must be 17 characters'] },
      }),
    );
    return;
  }
  console.log(`server: ${req.method} ${req.url} signed at ${req.headers['api-timestamp']}`);
  console.log(`server: user-agent ${req.headers['user-agent']}`);
  res.statusCode = 201;
  res.end(
    JSON.stringify({
      session_key: 'TOA-QGMWRCHHGB',
      active: true,
      status: 'IDLE',
      created_at: '2021-05-30T12:49:19Z',
      capture_url: 'https://demo.vehiclecapture.com/TOA-QGMWRCHHGB',
    }),
  );
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const pave = createPaveClient({
  ...credentials,
  baseUrl: `http://127.0.0.1:${server.address().port}`,
  timeoutMs: 5000,
});

const session = unwrap(
  await pave.POST('/v1/sessions', { body: { vehicle: { vin: 'JN1CV6AR9BM000001' } } }),
);
console.log(`client: created ${session.session_key}, capture URL ${session.capture_url}`);

try {
  unwrap(await pave.POST('/v1/sessions', { body: { vehicle: { vin: 'JN1CV6' } } }));
} catch (error) {
  if (!(error instanceof PaveApiError)) throw error;
  console.log(`client: ${error.message}`);
  console.log(`client: vehicle.vin -> ${error.fieldErrors['vehicle.vin']?.join(', ')}`);
}

// @pave-kit/contract is an optional peer dependency. Where it is not installed (the packed
// tarballs), asking for validation fails at creation, naming the option, before anything is sent.
if (!isInstalled('@pave-kit/contract')) {
  try {
    createPaveClient({ ...credentials, validateResponses: 'throw' });
    throw new Error('validateResponses was accepted without @pave-kit/contract installed');
  } catch (error) {
    if (!(error instanceof PaveOptionsError) || error.option !== 'validateResponses') throw error;
    console.log(`client: ${error.message}`);
  }
}

function isInstalled(specifier) {
  try {
    import.meta.resolve(specifier);
    return true;
  } catch {
    return false;
  }
}

server.close();
