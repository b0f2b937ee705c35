/** `--body file.json` and `--body -`: a whole request body as JSON, from a file or stdin. */
import { readFile } from 'node:fs/promises';
import { nestsDeeperThan } from '@pave-kit/contract';
import { maxJsonNesting } from './json-nesting.js';
import { UsageError } from './usage-error.js';

export type InputStream = AsyncIterable<string | Uint8Array>;

async function readAll(stream: InputStream): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of stream) {
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

/** The parsed JSON; a missing file or broken JSON is a usage error naming the source. */
export async function readBodyOption(
  source: string,
  stdin: InputStream | undefined,
): Promise<unknown> {
  const label = source === '-' ? 'stdin' : source;
  let text: string;
  try {
    if (source === '-') {
      if (!stdin) throw new Error('no standard input is available');
      text = await readAll(stdin);
    } else {
      text = await readFile(source, 'utf8');
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`--body: cannot read ${label} (${reason})`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--body: ${label} is not valid JSON (${(error as Error).message})`);
  }
  // Checked here, first, so merging, validating, sending and printing never walk deeper.
  if (nestsDeeperThan(body, maxJsonNesting)) {
    throw new UsageError(
      `--body: ${label} nests arrays and objects more than ${maxJsonNesting} levels deep; ` +
        `pave accepts at most ${maxJsonNesting} (PAVE's bodies need 3).`,
    );
  }
  return body;
}
