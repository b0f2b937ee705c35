// The mock as a Hono app: checks in the order PAVE would make them, then Prism answers.
import type { PaveCredentials } from '@pave-kit/auth';
import { Hono } from 'hono';
import { bodyCheck } from './middleware/body-check/index.js';
import { cors } from './middleware/cors/index.js';
import { matchOperation } from './middleware/operation/index.js';
import { readBody } from './middleware/read-body/index.js';
import { type RequestLogger, requestLog } from './middleware/request-log/index.js';
import { type ContractViolation, responseCheck } from './middleware/response-check/index.js';
import { signature } from './middleware/signature/index.js';
import type { MockEnv } from './mock-env.js';
import type { PrismEngine } from './prism-engine.js';
import { adminRoutes } from './routes/admin/index.js';
import { callbackRoutes } from './routes/callbacks/index.js';
import { docsRoute } from './routes/docs/index.js';
import { prismRoute } from './routes/prism/index.js';
import { sessionRoutes } from './routes/sessions/index.js';
import type { MockState } from './state/mock-state.js';

export interface MockAppOptions {
  prism: PrismEngine;
  credentials: readonly PaveCredentials[];
  now: () => Date;
  maxBodyBytes: number;
  log: RequestLogger;
  onViolation: (violation: ContractViolation) => void;
  /** Sessions and callbacks kept per account; without it every answer is Prism's example. */
  state?: MockState;
}

/**
 * Order matters: the signature is checked from the headers before the body is read, the body is
 * read within its limit before it is validated, and every answer from the signature check on is
 * checked against the spec. The reference page is public, so it comes before the signature
 * check; the state answers what it knows before Prism, and admin routes live outside `/v1`.
 */
export function createMockApp(options: MockAppOptions): Hono<MockEnv> {
  const app = new Hono<MockEnv>();
  app.use(requestLog(options.log));
  app.use(matchOperation());
  app.use(cors());
  app.get('/docs', docsRoute());
  app.use(responseCheck(options.onViolation));
  app.use(signature({ credentials: options.credentials, now: options.now }));
  app.use(readBody({ maxBytes: options.maxBodyBytes }));
  app.use(bodyCheck());
  if (options.state) {
    app.route('/__mock', adminRoutes(options.state));
    // Both pick their requests by the spec's operation, found once by `matchOperation`.
    app.use(sessionRoutes(options.state));
    app.use(callbackRoutes(options.state));
  }
  app.all('*', prismRoute(options.prism));

  // Whatever a check or Prism throws ends here, as an answer to this request alone.
  app.onError((error, c) => {
    const message = `The mock failed on this request: ${String(error)}`;
    c.set('note', message);
    return c.json({ message }, 500);
  });
  return app;
}
