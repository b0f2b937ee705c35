// Runs Stoplight Prism as a library, on a private loopback port, serving the pave-kit spec.
import { createRequire } from 'node:module';
import { spec } from '@pave-kit/contract';

// Prism ships CommonJS; requiring it keeps its named exports intact under every loader.
const require = createRequire(import.meta.url);

interface PrismHttpServer {
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export interface PrismServer {
  /** Where Prism listens, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** The Prism version that is serving, for banners and logs. */
  version: string;
  close(): Promise<void>;
}

export async function startPrism({ dynamic }: { dynamic: boolean }): Promise<PrismServer> {
  const { getHttpOperationsFromSpec } = require('@stoplight/prism-http');
  const { createServer } = require('@stoplight/prism-http-server');
  const { createLogger } = require('@stoplight/prism-core');
  // The release the pinned internals come from, and the engine that actually answers.
  const release = (require('@stoplight/prism-cli/package.json') as { version: string }).version;
  const engine = (require('@stoplight/prism-http/package.json') as { version: string }).version;
  const version = `${release}, prism-http ${engine}`;

  // Prism dereferences the document in place, so it gets a copy of the shared one.
  const operations = await getHttpOperationsFromSpec(structuredClone(spec));
  const server: PrismHttpServer = createServer(operations, {
    cors: true,
    components: { logger: createLogger('pave-mock', { level: 'silent' }) },
    config: {
      mock: { dynamic },
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: false,
      isProxy: false,
    },
  });
  const url = await server.listen(0, '127.0.0.1');
  return { url, version, close: () => server.close() };
}
