// Callback registrations from the mock's state, one per event and API key, in PAVE's envelopes.
import type { MiddlewareHandler } from 'hono';
import type { MockEnv } from '../../mock-env.js';
import type { StoredCallback } from '../../state/account-store.js';
import type { MockState } from '../../state/mock-state.js';
import { answerJson, parsedBody, pathSegment, stateAccount } from '../state-answer.js';

const callbackEvents = new Set([
  'SESSION:SMS_PROCESS',
  'SESSION:STAGE_CHANGE',
  'SESSION:STATUS_CHANGE',
  'SESSION:COMPLETE',
  'SESSION:NOTE_INSERT',
]);

function registration(event: string, body: Record<string, unknown>): StoredCallback {
  return {
    event,
    url: String(body.url),
    method: typeof body.method === 'string' ? body.method.toUpperCase() : 'POST',
    headers: (body.headers as Record<string, string> | undefined) ?? {},
    payload: (body.payload as Record<string, unknown> | undefined) ?? {},
  };
}

export function callbackRoutes(state: MockState): MiddlewareHandler<MockEnv> {
  return async (c, next) => {
    const operationId = c.var.operation?.operationId;
    const apiKey = stateAccount(c);
    if (!operationId || apiKey === undefined) return next();
    if (operationId === 'listCallbacks') {
      return answerJson(c, { api_key: apiKey, data: [...state.callbacks(apiKey).values()] }, 200);
    }
    if (operationId === 'createCallback') {
      const body = parsedBody(c);
      const saved = registration(String(body.event), body);
      state.saveCallback(apiKey, saved);
      return answerJson(c, { api_key: apiKey, ...saved }, 200);
    }
    const event = pathSegment(c, 3);
    // An event the spec does not list is Prism's to refuse, as the spec's parameter check says.
    if (!callbackEvents.has(event)) return next();
    const stored = state.callbacks(apiKey).get(event);
    const missing = {
      api_key: apiKey,
      message: `Your API Key does not have callback setting for the event ${event}.`,
    };
    switch (operationId) {
      case 'getCallback':
        return stored
          ? answerJson(c, { api_key: apiKey, data: stored }, 200)
          : answerJson(c, missing, 404);
      case 'updateCallback': {
        if (!stored) return answerJson(c, missing, 404);
        const saved = registration(event, parsedBody(c));
        state.saveCallback(apiKey, saved);
        return answerJson(c, { api_key: apiKey, ...saved }, 200);
      }
      case 'deleteCallback':
        if (!state.removeCallback(apiKey, event)) return answerJson(c, missing, 404);
        return answerJson(
          c,
          { api_key: apiKey, message: `Callback setting ${event} has been successfully removed.` },
          200,
        );
      default:
        return next();
    }
  };
}
