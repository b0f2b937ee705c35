import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startMock } from '../start-mock.js';
import { readStateFile, StateFileError, writeStateFile } from './state-file.js';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pave-mock-state-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const auth = { 'API-Key': 'key_saved', 'API-Token': 't', 'API-Timestamp': '2021-05-30T12:49:19Z' };

describe('the state file', () => {
  test('a missing file is an empty state; a written one reads back, with no temp file left', async () => {
    const file = join(folder, 'state.json');
    expect(await readStateFile(file)).toBeUndefined();
    const snapshot = { format: 'pave-kit-mock-state', version: 1, accounts: {} } as const;
    await writeStateFile(file, snapshot);
    expect(await readStateFile(file)).toEqual(snapshot);
    expect(await readdir(folder)).toEqual(['state.json']);
  });

  test.each([
    ['not JSON', '{"format": ', /is not valid JSON/],
    ['foreign', '{"name": "some-package"}', /is not a pave-kit mock state file/],
    [
      'a newer version',
      '{"format":"pave-kit-mock-state","version":2,"accounts":{}}',
      /has version 2/,
    ],
    [
      'a broken account',
      '{"format":"pave-kit-mock-state","version":1,"accounts":{"k":{"sessions":5}}}',
      /account "k" without "sessions" and "callbacks" lists/,
    ],
    [
      'a callback without a method',
      '{"format":"pave-kit-mock-state","version":1,"accounts":{"k":{"sessions":[],"callbacks":[{"event":"SESSION:COMPLETE","url":"http://127.0.0.1:9/","headers":{},"payload":{}}]}}}',
      /a callback under "k" without a "method" string/,
    ],
    [
      'a callback with headers that are not strings',
      '{"format":"pave-kit-mock-state","version":1,"accounts":{"k":{"sessions":[],"callbacks":[{"event":"SESSION:COMPLETE","url":"http://127.0.0.1:9/","method":"POST","headers":{"x":1},"payload":{}}]}}}',
      /a callback under "k" whose "headers" is not an object of strings/,
    ],
  ])('a %s file is refused by name and left untouched', async (_, text, problem) => {
    const file = join(folder, 'state.json');
    await writeFile(file, text);
    const refusal = readStateFile(file);
    await expect(refusal).rejects.toThrow(StateFileError);
    await expect(refusal).rejects.toThrow(problem);
    await expect(refusal).rejects.toThrow(file);
    await expect(startMock({ stateFile: file })).rejects.toThrow(file);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  test('sessions and callbacks outlive a restart', async () => {
    const file = join(folder, 'state.json');
    const first = await startMock({ stateFile: file });
    const created = await fetch(`${first.url}/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: '{"vehicle":{"vin":"JN1CV6AR9BM000004"}}',
    });
    const { session_key } = (await created.json()) as { session_key: string };
    await fetch(`${first.url}/v1/callbacks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: '{"event":"SESSION:COMPLETE","url":"http://127.0.0.1:9/none"}',
    });
    await first.advance(session_key, 'STARTED');
    await first.close();

    const second = await startMock({ stateFile: file });
    try {
      const session = await fetch(`${second.url}/v1/sessions/${session_key}`, { headers: auth });
      expect(await session.json()).toMatchObject({
        status: 'STARTED',
        vehicle: { vin: 'JN1CV6AR9BM000004' },
      });
      const callbacks = await fetch(`${second.url}/v1/callbacks`, { headers: auth });
      expect(((await callbacks.json()) as { data: unknown[] }).data).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  test('reads under ever new API keys leave no account behind, in memory or in the file', async () => {
    const file = join(folder, 'state.json');
    const mock = await startMock({ stateFile: file });
    try {
      await fetch(`${mock.url}/v1/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: '{}',
      });
      for (let i = 0; i < 200; i += 1) {
        const someone = { ...auth, 'API-Key': `key_reader_${i}` };
        const read = await fetch(`${mock.url}/v1/sessions/ABC-1234567890`, { headers: someone });
        expect(read.status).toBe(404);
        const listed = await fetch(`${mock.url}/v1/callbacks`, { headers: someone });
        expect(((await listed.json()) as { data: unknown[] }).data).toEqual([]);
        await fetch(`${mock.url}/v1/callbacks/SESSION:COMPLETE`, {
          method: 'DELETE',
          headers: someone,
        });
      }
      // An account whose last callback goes is forgotten too.
      const leaving = { ...auth, 'API-Key': 'key_leaving' };
      await fetch(`${mock.url}/v1/callbacks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...leaving },
        body: '{"event":"SESSION:COMPLETE","url":"http://127.0.0.1:9/none"}',
      });
      await fetch(`${mock.url}/v1/callbacks/SESSION:COMPLETE`, {
        method: 'DELETE',
        headers: leaving,
      });
    } finally {
      await mock.close();
    }
    const saved = JSON.parse(await readFile(file, 'utf8')) as { accounts: object };
    expect(Object.keys(saved.accounts)).toEqual(['key_saved']);
  });
});
