/** The portal's failure answers: a status and `{ error: { kind, message } }`, which the page shows as a banner. */
import { expect } from 'vitest';

export async function expectErrorAnswer(
  response: Response,
  status: number,
  kind: string,
  message: string,
): Promise<void> {
  expect(response.status).toBe(status);
  expect(await response.json()).toEqual({ error: { kind, message } });
}
