// New session keys in PAVE's form: three letters, a dash, ten letters or digits (`XXX-ABCDE12345`).
import { randomInt } from 'node:crypto';

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const alphanumerics = `${letters}0123456789`;

function pick(alphabet: string, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export const sessionKeyPattern = /^[A-Z]{3}-[A-Z0-9]{10}$/;

/** A key not in `taken`; 36^10 keys per prefix make a second draw rare, never endless. */
export function newSessionKey(taken: (key: string) => boolean): string {
  for (;;) {
    const key = `${pick(letters, 3)}-${pick(alphanumerics, 10)}`;
    if (!taken(key)) return key;
  }
}
