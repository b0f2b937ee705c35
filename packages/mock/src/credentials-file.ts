// Reads the accounts a mock accepts from a JSON file: one object, or a list of them.
import { readFile } from 'node:fs/promises';
import { assertCredentialsList, type PaveCredentials } from '@pave-kit/auth';

export async function loadCredentialsFile(path: string): Promise<PaveCredentials[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(
      `Cannot read the credentials file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // The parser's message can quote the file's text, which holds secrets: keep only its position.
    const position = /position \d+/.exec(String((error as Error).message))?.[0];
    throw new Error(
      `The credentials file ${path} is not valid JSON${position ? ` (at ${position})` : ''}`,
    );
  }
  if (Array.isArray(parsed) && parsed.length === 0) {
    throw new Error(`The credentials file ${path} lists no accounts`);
  }
  return assertCredentialsList(parsed as PaveCredentials | PaveCredentials[], path);
}
