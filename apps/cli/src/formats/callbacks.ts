/** How callback registrations read in a terminal. */
import type {
  CallbackEnvelope,
  CallbackList,
  CallbackRemoved,
  CallbackSetting,
  Schema,
} from '@pave-kit/types';
import { labelled } from '../output.js';

type CallbackEntry = Schema<'CallbackEntry'>;

export function formatCallbackList(list: CallbackList): string[] {
  if (list.data.length === 0) return ['No callbacks are registered for this API key.'];
  const width = Math.max(...list.data.map((entry) => entry.event.length));
  return list.data.map(
    (entry) => `${entry.event.padEnd(width)}  ${entry.method ?? 'POST'} ${entry.url}`,
  );
}

/**
 * Header values are left out: they are how PAVE authenticates to your endpoint (a bearer token,
 * typically). `--json` shows the whole registration.
 */
export function formatCallbackEntry(entry: CallbackEntry): string[] {
  const headerNames = Object.keys(entry.headers ?? {});
  const payload = entry.payload ?? {};
  return labelled([
    ['Event', entry.event],
    ['URL', entry.url],
    ['Method', entry.method ?? 'POST'],
    [
      'Headers',
      headerNames.length > 0
        ? `${headerNames.join(', ')} (values hidden; --json shows them)`
        : undefined,
    ],
    ['Payload', Object.keys(payload).length > 0 ? payload : undefined],
  ]);
}

export function formatCallbackEnvelope(envelope: CallbackEnvelope): string[] {
  return formatCallbackEntry(envelope.data);
}

export function formatCallbackSaved(setting: CallbackSetting): string[] {
  return [`Saved the callback for ${setting.event}.`, ...formatCallbackEntry(setting)];
}

export function formatCallbackRemoved(body: CallbackRemoved): string[] {
  return [body.message];
}
