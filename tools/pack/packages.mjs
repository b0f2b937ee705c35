// The packages pave-kit publishes, in dependency order.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const publishedPackages = [
  'packages/types',
  'packages/auth',
  'packages/contract',
  'packages/client',
  'packages/mock',
  'packages/webhooks',
  'apps/cli',
];
