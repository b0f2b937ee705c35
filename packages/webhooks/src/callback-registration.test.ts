import { validateRequestBody } from '@pave-kit/contract';
import { describe, expect, test, vi } from 'vitest';
import { webhookExample } from '../test/spec-examples.js';
import { callbackRegistration } from './callback-registration.js';
import { createWebhookHandler } from './create-webhook-handler.js';
import { type WebhookEvent, webhookEvents } from './events.js';

const headers = { Authorization: 'Bearer registered' };
const url = 'https://dealer.example.com/pave/webhooks';

describe('callbackRegistration', () => {
  test.each<[string, WebhookEvent, Record<string, unknown>, Record<string, unknown>]>([
    [
      'the event added to its payload',
      'SESSION:STATUS_CHANGE',
      { dealer: 'south' },
      { dealer: 'south', event: 'SESSION:STATUS_CHANGE' },
    ],
    [
      "the payload's event always the registered one",
      'SESSION:COMPLETE',
      { event: 'SESSION:NOTE_INSERT' },
      { event: 'SESSION:COMPLETE' },
    ],
  ])(
    'builds a POST /v1/callbacks body the spec accepts, with %s',
    (_case, event, payload, sent) => {
      const registration = callbackRegistration({ event, url, headers, payload });
      expect(registration).toEqual({ event, url, method: 'POST', headers, payload: sent });
      expect(validateRequestBody('createCallback', registration)).toEqual({ ok: true });
    },
  );

  test.each(webhookEvents)(
    '%s: PAVE body merged with the registered payload reaches its own handler',
    async (event) => {
      const registration = callbackRegistration({ event, url, headers });
      const calls: [WebhookEvent, unknown][] = [];
      const on = Object.fromEntries(
        webhookEvents.map((name) => [name, vi.fn((body) => void calls.push([name, body]))]),
      );
      const handler = createWebhookHandler({ headers, on });
      // What PAVE does: its default body for the event, the registered payload merged in.
      const body = { ...webhookExample(event), ...registration.payload };
      const response = await handler(
        new Request(registration.url, {
          method: registration.method,
          headers: { ...registration.headers, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      );
      expect(response.status).toBe(200);
      expect(calls).toEqual([[event, body]]);
    },
  );
});
