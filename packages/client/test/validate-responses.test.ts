// validateResponses against a real local server that answers what the spec does not allow.
import { describe, expect, it, vi } from 'vitest';
import { createPaveClient } from '../src/create-pave-client.js';
import {
  PaveContractError,
  type PaveContractViolation,
} from '../src/errors/pave-contract-error.js';
import { PaveError } from '../src/errors/pave-error.js';
import { PaveOptionsError } from '../src/errors/pave-options-error.js';
import type { PaveClientOptions } from '../src/index.js';
import {
  type Answer,
  clientOf,
  createdSession,
  credentials,
  sendJson,
  startPaveServer,
} from './pave-server.js';

// The first check loads the spec and compiles its schemas: a second on a quiet machine, more on a
// busy one.
vi.setConfig({ testTimeout: 60_000 });

// Counts how often the run-time contract is loaded; the first test needs it never loaded.
const contract = vi.hoisted(() => ({ loads: 0 }));
vi.mock('@pave-kit/contract', async (importOriginal) => {
  contract.loads += 1;
  return importOriginal();
});

async function clientFor(answer: Answer, options: Partial<PaveClientOptions> = {}) {
  const server = await startPaveServer(answer);
  return createPaveClient({ ...credentials, baseUrl: server.baseUrl, ...options });
}

const getSession = (client: ReturnType<typeof createPaveClient>) =>
  client.GET('/v1/sessions/{session_key}', { params: { path: { session_key: 'TOA-QGMWRCHHGB' } } });

/** A client in 'report' mode and the violations it has reported so far. */
async function reporting(answer: Answer) {
  const violations: PaveContractViolation[] = [];
  const client = await clientFor(answer, {
    validateResponses: 'report',
    onContractViolation: (violation) => violations.push(violation),
  });
  return { client, violations };
}

const offSpecSession = () => ({ ...createdSession(), status: 42, active: 'yes' });

describe('off by default', () => {
  it('returns an off-spec answer as it came, and never loads the contract', async () => {
    const client = await clientFor((_, res) => sendJson(res, 200, offSpecSession()));

    const { data } = await getSession(client);

    expect(data).toMatchObject({ status: 42, active: 'yes' });
    expect(contract.loads).toBe(0);
  });
});

describe("validateResponses: 'report'", () => {
  it('reports each field the spec does not allow, and still returns the answer', async () => {
    const { client, violations } = await reporting((_, res) =>
      sendJson(res, 200, offSpecSession()),
    );

    const { data, response } = await getSession(client);

    expect(response.status).toBe(200);
    expect(data).toMatchObject({ status: 42 });
    expect(violations).toEqual([
      {
        operationId: 'getSession',
        status: 200,
        pointer: '/active',
        message: 'active: must be true or false, got "yes"',
      },
      {
        operationId: 'getSession',
        status: 200,
        pointer: '/status',
        message: expect.stringMatching(/^status: must be a string, .*got 42$/),
      },
    ]);
    expect(contract.loads).toBe(1);
  });

  it('reports nothing for an answer the spec allows', async () => {
    const { client, violations } = await reporting((_, res) =>
      sendJson(res, 201, createdSession()),
    );

    const { data } = await client.POST('/v1/sessions', {
      body: { vehicle: { vin: 'JN1CV6AR9BM000001' } },
    });

    expect(data?.session_key).toBe('TOA-QGMWRCHHGB');
    expect(violations).toEqual([]);
  });

  it('reports a status the operation does not declare', async () => {
    const { client, violations } = await reporting((_, res) =>
      sendJson(res, 418, { message: 'I am a teapot' }),
    );

    const { error } = await getSession(client);

    expect(error).toEqual({ message: 'I am a teapot' });
    expect(violations).toEqual([
      {
        operationId: 'getSession',
        status: 418,
        pointer: '',
        message: expect.stringContaining('418 is not a declared response of getSession'),
      },
    ]);
  });

  it('reports an error answer whose body is not the declared error shape', async () => {
    const { client, violations } = await reporting((_, res) => {
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end('<html><body>Service Unavailable</body></html>');
    });

    const { response } = await client.GET('/v1/callbacks', {});

    expect(response.status).toBe(503);
    expect(violations).toMatchObject([
      {
        operationId: 'listCallbacks',
        status: 503,
        pointer: '',
        message: /^body: must be an object/,
      },
    ]);
  });

  it('reports a success without the body the spec declares', async () => {
    const { client, violations } = await reporting((_, res) => {
      res.writeHead(200, { 'content-length': '0' });
      res.end();
    });

    await getSession(client);

    expect(violations).toEqual([
      {
        operationId: 'getSession',
        status: 200,
        pointer: '',
        message: 'body: is missing; the spec declares a JSON body for this status',
      },
    ]);
  });

  it('reports a success whose body is not JSON, then throws the parse error', async () => {
    const { client, violations } = await reporting((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('<html>maintenance</html>');
    });

    const error = await getSession(client).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(SyntaxError);
    expect(violations).toMatchObject([
      { operationId: 'getSession', status: 200, pointer: '', message: /^body: is not JSON/ },
    ]);
  });
});

describe("validateResponses: 'throw'", () => {
  it('throws a PaveContractError carrying every violation', async () => {
    const server = await startPaveServer((_, res) => sendJson(res, 200, offSpecSession()));
    const client = clientOf(server, { validateResponses: 'throw' });

    const error = await getSession(client).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(PaveContractError);
    expect(error).toBeInstanceOf(PaveError);
    const contractError = error as PaveContractError;
    expect(contractError).toMatchObject({
      name: 'PaveContractError',
      operationId: 'getSession',
      status: 200,
      method: 'GET',
      url: `${server.baseUrl}/v1/sessions/TOA-QGMWRCHHGB`,
    });
    expect(contractError.violations.map((violation) => violation.pointer)).toEqual([
      '/active',
      '/status',
    ]);
    expect(contractError.message).toMatch(
      /^PAVE's 200 answer to GET \/v1\/sessions\/TOA-QGMWRCHHGB breaks the spec of getSession: active: must be true or false, got "yes" \(and 1 more\)$/,
    );
    expect(contractError.response?.status).toBe(200);
    expect(Object.keys(contractError)).not.toContain('response');
    expect(JSON.stringify(contractError)).not.toContain(credentials.apiSecret);
  });

  it('throws nothing for an answer the spec allows', async () => {
    const client = await clientFor((_, res) => sendJson(res, 200, createdSession()), {
      validateResponses: 'throw',
    });

    const { data } = await getSession(client);

    expect(data?.session_key).toBe('TOA-QGMWRCHHGB');
  });

  it('throws a PaveContractError caused by the parse error when a success is not JSON', async () => {
    const client = await clientFor(
      (_, res) => {
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end('{"session_key": ');
      },
      { validateResponses: 'throw' },
    );

    const error = await client
      .POST('/v1/sessions', { body: {} })
      .catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(PaveContractError);
    expect(error).toMatchObject({ operationId: 'createSession', status: 201 });
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });
});

describe('the options', () => {
  it.each([
    [
      { validateResponses: 'yes' },
      "validateResponses must be false, 'report' or 'throw' (got \"yes\")",
    ],
    [
      { validateResponses: true },
      "validateResponses must be false, 'report' or 'throw' (got boolean)",
    ],
    [
      { validateResponses: 'report' },
      "onContractViolation is required when validateResponses is 'report'",
    ],
    [
      { validateResponses: 'report', onContractViolation: 'console.warn' },
      'onContractViolation must be a function (got string)',
    ],
  ])('refuses %j, naming the option and the rule', (options, message) => {
    const create = () => createPaveClient({ ...credentials, ...(options as object) });
    expect(create).toThrow(PaveOptionsError);
    expect(create).toThrow(`createPaveClient: ${message}`);
  });

  it('fails the call with a PaveOptionsError when the contract cannot be loaded', async () => {
    vi.resetModules();
    vi.doMock('@pave-kit/contract', () => {
      throw new Error('Cannot find package @pave-kit/contract');
    });
    const fresh = await import('../src/create-pave-client.js');
    const freshErrors = await import('../src/errors/pave-options-error.js');
    const server = await startPaveServer((_, res) => sendJson(res, 200, createdSession()));
    const client = fresh.createPaveClient({
      ...credentials,
      baseUrl: server.baseUrl,
      validateResponses: 'throw',
    });

    const error = await getSession(client).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(freshErrors.PaveOptionsError);
    expect((error as Error).message).toMatch(
      /^createPaveClient: validateResponses needs @pave-kit\/contract, which holds the spec at run time: install it next to @pave-kit\/client/,
    );
  });
});
