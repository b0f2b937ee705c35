import { describe, expect, it } from 'vitest';
import { describeWebhookChange, fromStandIn, webhooksAsPaths } from './webhook-payloads.mjs';

const document = {
  openapi: '3.1.0',
  paths: { '/items': { get: { responses: {} } } },
  webhooks: {
    'ITEM:CREATED': {
      post: {
        operationId: 'onItemCreated',
        requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
        responses: { 200: { description: 'what the consumer answers' } },
      },
    },
  },
};

describe('webhooksAsPaths', () => {
  it('turns each webhook into a path whose one response is its payload', () => {
    const { webhooks, paths } = webhooksAsPaths(document);
    expect(webhooks).toBeUndefined();
    expect(paths['/items']).toBe(document.paths['/items']);
    expect(paths['/(webhook)/ITEM:CREATED']).toEqual({
      post: {
        operationId: 'onItemCreated',
        responses: {
          200: {
            description: 'payload',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
        },
      },
    });
  });

  it('leaves a document without webhooks as it is', () => {
    const { webhooks: _, ...plain } = document;
    expect(webhooksAsPaths(plain)).toEqual(plain);
  });
});

describe('fromStandIn', () => {
  it.each([
    [
      [
        'paths',
        '/(webhook)/ITEM:CREATED',
        'post',
        'responses',
        '200',
        'content',
        'application/json',
      ],
      ['webhooks', 'ITEM:CREATED', 'post', 'requestBody', 'content', 'application/json'],
    ],
    [
      ['paths', '/(webhook)/ITEM:CREATED', 'post'],
      ['webhooks', 'ITEM:CREATED', 'post'],
    ],
    [
      ['paths', '/(webhook)/ITEM:CREATED'],
      ['webhooks', 'ITEM:CREATED'],
    ],
    [
      ['paths', '/(webhook)/ITEM:CREATED', 'post', 'summary'],
      ['webhooks', 'ITEM:CREATED', 'post', 'summary'],
    ],
  ])('moves %j back to %j', (standIn, real) => {
    expect(fromStandIn(standIn)).toEqual({ path: real, webhook: 'ITEM:CREATED' });
  });

  it('leaves real paths alone', () => {
    expect(fromStandIn(['paths', '/items', 'get'])).toEqual({ path: ['paths', '/items', 'get'] });
  });
});

describe('describeWebhookChange', () => {
  it('speaks of the payload and the webhook, not of a response and a path', () => {
    expect(
      describeWebhookChange('[Removed] property `name` in Response 200 content (application/json)'),
    ).toBe('[Removed] property `name` in the payload (application/json)');
    expect(describeWebhookChange('[Removed] operation POST /(webhook)/ITEM:CREATED')).toBe(
      '[Removed] operation webhook ITEM:CREATED',
    );
  });
});
