/** The seed's samples, as saved under `samples/`: read as text, or parsed as the JSON object each is. */
import { readFileSync } from 'node:fs';

/** The text of `samples/<path>`, e.g. `vehicle.json` or `as-published/vehicle.txt`. */
export const readSample = (path: string): string =>
  readFileSync(new URL(`./samples/${path}`, import.meta.url), 'utf8');

/** `samples/<name>.json`, parsed. */
export const loadSample = (name: string): Record<string, unknown> =>
  JSON.parse(readSample(`${name}.json`));
