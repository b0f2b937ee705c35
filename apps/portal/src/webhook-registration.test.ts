import { describe, expect, test } from 'vitest';
import { stubPaveClient } from '../test/stub-pave.js';
import { newWebhookToken, registerWebhooks, webhookUrl } from './webhook-registration.js';

describe('webhookUrl', () => {
  test('a public URL wins, with or without a path prefix', () => {
    const at = (publicUrl: string) =>
      webhookUrl({
        publicUrl,
        paveBaseUrl: 'https://openapi.paveapi.com',
        portalUrl: 'http://127.0.0.1:3000',
      });
    expect(at('https://portal.dealer.example')).toBe('https://portal.dealer.example/webhooks/pave');
    expect(at('https://dealer.example/portal/')).toBe(
      'https://dealer.example/portal/webhooks/pave',
    );
    expect(at('https://dealer.example/portal')).toBe('https://dealer.example/portal/webhooks/pave');
  });

  test("the portal's own URL only when PAVE is a mock on this machine", () => {
    const portalUrl = 'http://127.0.0.1:3000';
    expect(webhookUrl({ paveBaseUrl: 'http://127.0.0.1:4010', portalUrl })).toBe(
      'http://127.0.0.1:3000/webhooks/pave',
    );
    expect(webhookUrl({ paveBaseUrl: 'https://openapi.paveapi.com', portalUrl })).toBeUndefined();
  });
});

describe('newWebhookToken', () => {
  test('is new every time, and long enough not to be guessed', () => {
    const tokens = new Set(Array.from({ length: 50 }, newWebhookToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('registerWebhooks', () => {
  function client(answer: (request: Request) => Response) {
    const sent: { path: string; body: unknown }[] = [];
    return {
      sent,
      client: stubPaveClient(async (request) => {
        sent.push({ path: new URL(request.url).pathname, body: await request.clone().json() });
        return answer(request);
      }, 'http://127.0.0.1:4010'),
    };
  }
  const saved = () =>
    new Response(JSON.stringify({ api_key: 'key-1', message: 'Callback setting saved.' }), {
      headers: { 'content-type': 'application/json' },
    });

  test('registers both followed events, the token in the headers and the event in the payload', async () => {
    const { client: pave, sent } = client(saved);
    const result = await registerWebhooks({
      client: pave,
      token: 'the-token',
      paveBaseUrl: 'http://127.0.0.1:4010',
      portalUrl: 'http://127.0.0.1:3000',
    });
    expect(result).toEqual({
      registered: true,
      url: 'http://127.0.0.1:3000/webhooks/pave',
      message:
        'webhooks registered: PAVE calls http://127.0.0.1:3000/webhooks/pave for SESSION:STATUS_CHANGE and SESSION:COMPLETE',
    });
    expect(sent).toEqual(
      ['SESSION:STATUS_CHANGE', 'SESSION:COMPLETE'].map((event) => ({
        path: '/v1/callbacks',
        body: {
          event,
          url: 'http://127.0.0.1:3000/webhooks/pave',
          method: 'POST',
          headers: { 'X-Portal-Webhook-Token': 'the-token' },
          payload: { event },
        },
      })),
    );
  });

  test('PAVE refusing is a message that names the event and the reason, never the token', async () => {
    const { client: pave } = client(
      () =>
        new Response(JSON.stringify({ message: 'Invalid credentials' }), {
          status: 401,
          headers: { 'content-type': 'application/json' },
        }),
    );
    const result = await registerWebhooks({
      client: pave,
      token: 'the-token',
      paveBaseUrl: 'http://127.0.0.1:4010',
      portalUrl: 'http://127.0.0.1:3000',
    });
    expect(result.registered).toBe(false);
    expect(result.message).toMatch(
      /^webhooks not registered: PAVE did not take the SESSION:STATUS_CHANGE callback\. .*401.*\. The portal serves on and tries again in the background; until then the list updates on Refresh only\.$/,
    );
    expect(result.message).not.toContain('the-token');
  });

  test('a refusal that quotes the token does not carry it into the message', async () => {
    const token = newWebhookToken();
    const { client: pave } = client(
      () =>
        new Response(
          JSON.stringify({ message: `Header X-Portal-Webhook-Token "${token}" is not allowed` }),
          { status: 422, headers: { 'content-type': 'application/json' } },
        ),
    );
    const result = await registerWebhooks({
      client: pave,
      token,
      paveBaseUrl: 'http://127.0.0.1:4010',
      portalUrl: 'http://127.0.0.1:3000',
    });
    expect(result.message).toContain(
      'Header X-Portal-Webhook-Token "[webhook token]" is not allowed',
    );
    expect(result.message).not.toContain(token);
  });

  test('the real PAVE without a public URL: nothing is sent, and the message says what to set', async () => {
    const { client: pave, sent } = client(saved);
    const result = await registerWebhooks({
      client: pave,
      token: 'the-token',
      paveBaseUrl: 'https://openapi.paveapi.com',
      portalUrl: 'http://127.0.0.1:3000',
    });
    expect(result).toMatchObject({ registered: false, url: null });
    expect(result.message).toContain('set PORTAL_PUBLIC_URL');
    expect(sent).toEqual([]);
  });
});
