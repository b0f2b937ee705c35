import type { components, webhooks } from '@pave-kit/types';
import { describe, expectTypeOf, test } from 'vitest';
import { createWebhookHandler, type WebhookHandler } from './create-webhook-handler.js';
import type { WebhookEvent, WebhookPayload } from './events.js';
import type { WebhookHandlers } from './webhook-options.js';

type Schemas = components['schemas'];

describe('handlers are typed by the spec', () => {
  test('the events are the keys of the generated webhooks', () => {
    expectTypeOf<WebhookEvent>().toEqualTypeOf<keyof webhooks>();
  });

  test("on['SESSION:COMPLETE'] receives the session results", () => {
    expectTypeOf<Parameters<NonNullable<WebhookHandlers['SESSION:COMPLETE']>>[0]>().toEqualTypeOf<
      Schemas['SessionResults']
    >();
    createWebhookHandler({
      headers: { Authorization: 'Bearer x' },
      on: {
        'SESSION:COMPLETE': (results) => {
          expectTypeOf(results).toEqualTypeOf<Schemas['SessionResults']>();
          expectTypeOf(results.vehicle).toEqualTypeOf<Schemas['ResultsVehicle'] | undefined>();
        },
      },
    });
  });

  test('each other event receives its own body', () => {
    // Each event beside the schema of its body, compared as one table.
    type BodyByEvent = {
      'SESSION:SMS_PROCESS': Schemas['SmsProcessEvent'];
      'SESSION:STAGE_CHANGE': Schemas['StageChangeEvent'];
      'SESSION:STATUS_CHANGE': Schemas['StatusChangeEvent'];
      'SESSION:NOTE_INSERT': Schemas['NoteInsertEvent'];
    };
    expectTypeOf<{
      [Event in keyof BodyByEvent]: WebhookPayload<Event>;
    }>().toEqualTypeOf<BodyByEvent>();
    createWebhookHandler({
      headers: { Authorization: 'Bearer x' },
      on: {
        'SESSION:STATUS_CHANGE': async (change) => {
          expectTypeOf(change.status).toEqualTypeOf<Schemas['SessionStatus'] | undefined>();
        },
      },
    });
  });

  test('a misspelled event or a wrong argument type does not compile', () => {
    createWebhookHandler({
      headers: { Authorization: 'Bearer x' },
      // @ts-expect-error: there is no SESSION:COMPLETED event
      on: { 'SESSION:COMPLETED': () => {} },
    });
    createWebhookHandler({
      headers: { Authorization: 'Bearer x' },
      on: {
        // @ts-expect-error: the complete event's body is not a string
        'SESSION:COMPLETE': (results: string) => results,
      },
    });
  });

  test('the handler is a web-standard request handler', () => {
    const handler = createWebhookHandler({ headers: { a: 'b' }, on: {} });
    expectTypeOf(handler).toEqualTypeOf<WebhookHandler>();
    expectTypeOf(handler).toEqualTypeOf<(request: Request) => Promise<Response>>();
  });
});
