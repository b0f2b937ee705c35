// A CommonJS TypeScript consumer: tsc (module NodeNext) compiles these imports to require() calls.
import { createPaveClient, unwrap } from '@pave-kit/client';
import { startMock } from '@pave-kit/mock';

const credentials = { username: 'demo', apiKey: 'key_123', apiSecret: 'secret_456' };

async function main(): Promise<void> {
  const mock = await startMock({ credentials });
  try {
    const pave = createPaveClient({ ...credentials, baseUrl: mock.url });
    const body = { vehicle: { vin: 'JN1CV6AR9BMXXXXXX' } };
    const session = unwrap(await pave.POST('/v1/sessions', { body }));
    const link: string = session.capture_url;
    console.log(`cts: created ${session.session_key}, capture URL ${link}`);
  } finally {
    await mock.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
