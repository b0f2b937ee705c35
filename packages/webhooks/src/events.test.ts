import { spec, validateAgainst } from '@pave-kit/contract';
import { describe, expect, test } from 'vitest';
import { webhookExamples } from '../test/spec-examples.js';
import { isWebhookEvent, payloadSchemaPointer, webhookEvents } from './events.js';

describe('webhookEvents', () => {
  test('are the five events of the spec, in its order', () => {
    expect(webhookEvents).toEqual([
      'SESSION:SMS_PROCESS',
      'SESSION:STAGE_CHANGE',
      'SESSION:STATUS_CHANGE',
      'SESSION:COMPLETE',
      'SESSION:NOTE_INSERT',
    ]);
    expect(webhookEvents).toEqual(Object.keys(spec.webhooks ?? {}));
  });

  test('isWebhookEvent knows them and nothing else', () => {
    expect(isWebhookEvent('SESSION:COMPLETE')).toBe(true);
    expect(isWebhookEvent('SESSION:COMPLETED')).toBe(false);
    expect(isWebhookEvent('session:complete')).toBe(false);
    expect(isWebhookEvent('toString')).toBe(false);
  });
});

describe('payloadSchemaPointer', () => {
  test.each(webhookEvents)('%s: the spec examples of the event pass its schema', (event) => {
    const examples = webhookExamples(event);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      expect(validateAgainst(payloadSchemaPointer(event), example)).toEqual({ ok: true });
    }
  });

  test('points at the schema the spec gives the event, so its rules apply', () => {
    const result = validateAgainst(payloadSchemaPointer('SESSION:STAGE_CHANGE'), {
      session_key: 'XXX-ABCDE12345',
      photo_url: 'not a url',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => issue.field)).toEqual(['photo_url']);
  });

  test('refuses a name the spec does not define', () => {
    expect(() => payloadSchemaPointer('SESSION:NOPE' as never)).toThrow(
      'The PAVE spec has no webhook "SESSION:NOPE"',
    );
  });
});
