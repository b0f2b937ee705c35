import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCredentialsFile } from './credentials-file.js';

const account = { username: 'demo', apiKey: 'key_123', apiSecret: 'secret_456' };
let dir: string;

async function fileWith(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pave-mock-credentials-'));
});

describe('loadCredentialsFile', () => {
  test('reads one account or a list of them', async () => {
    expect(await loadCredentialsFile(await fileWith('one.json', JSON.stringify(account)))).toEqual([
      account,
    ]);
    const two = [account, { ...account, apiKey: 'key_2' }];
    expect(await loadCredentialsFile(await fileWith('two.json', JSON.stringify(two)))).toEqual(two);
  });

  test('names a missing file', async () => {
    await expect(loadCredentialsFile(join(dir, 'absent.json'))).rejects.toThrow(
      /Cannot read the credentials file .*absent\.json: ENOENT/,
    );
  });

  test('reports broken JSON without quoting the file', async () => {
    const path = await fileWith('broken.json', '{"apiSecret": "secret_456",');
    const error = await loadCredentialsFile(path).catch((e: Error) => e);
    expect(String(error)).toMatch(/is not valid JSON/);
    expect(String(error)).not.toContain('secret_456');
  });

  test('names the entry and the field that is missing, never the secret', async () => {
    const path = await fileWith(
      'bad.json',
      JSON.stringify([account, { ...account, username: '' }]),
    );
    const error = await loadCredentialsFile(path).catch((e: Error) => e);
    expect(String(error)).toMatch(/bad\.json\[1\]: username/);
    expect(String(error)).not.toContain('secret_456');
  });

  test('refuses an empty list', async () => {
    await expect(loadCredentialsFile(await fileWith('empty.json', '[]'))).rejects.toThrow(
      /lists no accounts/,
    );
  });
});
