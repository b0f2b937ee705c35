/** `POST /webhooks/pave`: PAVE's calls in, through `@pave-kit/webhooks`, into the live list. */

import { createWebhookHandler } from '@pave-kit/webhooks';
import type { Context } from 'hono';
import { withNestingLimit } from './json-nesting-stream.js';
import { portalLimits } from './portal-limits.js';
import type { SessionUpdates } from './session-updates.js';

/** Where the portal receives PAVE's webhooks. */
export const webhookPath = '/webhooks/pave';

/** The header PAVE sends back with every call, holding the token registered with it. */
export const webhookTokenHeader = 'X-Portal-Webhook-Token';

export interface WebhookRouteOptions {
  /** The value registered in `X-Portal-Webhook-Token`; new at every start. */
  token: string;
  updates: SessionUpdates;
}

/**
 * The handler checks the token (constant time) before it reads a byte of the body, then reads
 * it within the size and time limits. The portal adds the nesting limit while the body streams
 * in, so a body nested too deeply is cut off at the chunk that goes too deep, never parsed.
 */
export function createWebhookRoute({
  token,
  updates,
}: WebhookRouteOptions): (c: Context) => Promise<Response> {
  const handler = createWebhookHandler({
    headers: { [webhookTokenHeader]: token },
    maxBodyBytes: portalLimits.maxWebhookBodyBytes,
    bodyTimeoutMs: portalLimits.webhookBodyTimeoutMs,
    on: {
      'SESSION:STATUS_CHANGE': (change) => updates.statusChanged(change.session_key, change.status),
      'SESSION:COMPLETE': (results) => updates.completed(results.session?.session_key),
    },
    onError: (error, { event }) => console.error(`portal: handling ${event} failed`, error),
  });
  const { maxJsonNesting } = portalLimits;

  return async (c) => {
    let tooDeep = false;
    const response = await handler(
      withNestingLimit(c.req.raw, maxJsonNesting, () => {
        tooDeep = true;
      }),
    );
    if (!tooDeep) return response;
    return c.json(
      {
        message:
          `The body nests arrays and objects more than ${maxJsonNesting} levels deep; ` +
          `the portal accepts at most ${maxJsonNesting}.`,
      },
      400,
      { Connection: 'close' },
    );
  };
}
