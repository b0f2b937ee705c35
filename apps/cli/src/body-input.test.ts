import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readBodyOption } from './body-input.js';

async function* chunks(...parts: string[]): AsyncGenerator<string | Uint8Array> {
  for (const part of parts) yield new TextEncoder().encode(part);
}

describe('readBodyOption', () => {
  test('reads a JSON file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pave-cli-'));
    const file = join(dir, 'body.json');
    await writeFile(file, '{"vehicle":{"vin":"JN1CV6AR9BMXXXXXX"}}');
    await expect(readBodyOption(file, undefined)).resolves.toEqual({
      vehicle: { vin: 'JN1CV6AR9BMXXXXXX' },
    });
  });

  test('reads stdin for -, in chunks', async () => {
    await expect(readBodyOption('-', chunks('{"sms":', '{"to":"1"}}'))).resolves.toEqual({
      sms: { to: '1' },
    });
  });

  test('names a file it cannot read', async () => {
    await expect(readBodyOption('/no/such/body.json', undefined)).rejects.toThrow(
      '--body: cannot read /no/such/body.json (ENOENT)',
    );
  });

  test('names the source of broken JSON', async () => {
    await expect(readBodyOption('-', chunks('{"vehicle":'))).rejects.toThrow(
      /^--body: stdin is not valid JSON/,
    );
  });

  test('refuses JSON nested deeper than 32 levels, naming the limit', async () => {
    const nested = (depth: number) =>
      `{"session": {"reference": {"x": ${'['.repeat(depth - 3)}${']'.repeat(depth - 3)}}}}`;
    await expect(readBodyOption('-', chunks(nested(32)))).resolves.toBeTypeOf('object');
    await expect(readBodyOption('-', chunks(nested(33)))).rejects.toThrow(
      "--body: stdin nests arrays and objects more than 32 levels deep; pave accepts at most 32 (PAVE's bodies need 3).",
    );
  });
});
