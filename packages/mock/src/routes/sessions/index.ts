// Sessions from the mock's state: create, read, update, delete, and their photos, notes and results.
import type { MiddlewareHandler } from 'hono';
import type { MockEnv } from '../../mock-env.js';
import { sessionResults } from '../../state/lifecycle.js';
import type { MockState } from '../../state/mock-state.js';
import { sessionView } from '../../state/session-record.js';
import { answerJson, parsedBody, pathSegment, stateAccount } from '../state-answer.js';

const notFound = (key: string) => ({ message: `Session ${key} cannot be found.` });

export function sessionRoutes(state: MockState): MiddlewareHandler<MockEnv> {
  return async (c, next) => {
    const operationId = c.var.operation?.operationId;
    const apiKey = stateAccount(c);
    if (!operationId || apiKey === undefined) return next();
    if (operationId === 'createSession') {
      return answerJson(c, sessionView(state.createSession(apiKey, parsedBody(c))), 201);
    }
    const key = pathSegment(c, 3);
    switch (operationId) {
      case 'getSession': {
        const session = state.session(apiKey, key);
        return session
          ? answerJson(c, sessionView(session), 200)
          : answerJson(c, notFound(key), 404);
      }
      case 'updateSession': {
        const updated = state.updateSession(apiKey, key, parsedBody(c));
        if (!updated) return answerJson(c, notFound(key), 404);
        if ('refused' in updated) return answerJson(c, { message: updated.refused }, 400);
        return answerJson(c, sessionView(updated), 200);
      }
      case 'deleteSession': {
        const outcome = state.deleteSession(apiKey, key);
        if (outcome === 'unknown') return answerJson(c, notFound(key), 404);
        if (outcome === 'started') {
          return answerJson(
            c,
            { message: `Session ${key} has been started and cannot be deleted.` },
            400,
          );
        }
        return answerJson(c, { message: `Session ${key} has been successfully removed.` }, 200);
      }
      case 'listSessionPhotos': {
        const session = state.session(apiKey, key);
        return session ? answerJson(c, session.photos, 200) : answerJson(c, notFound(key), 404);
      }
      case 'getSessionNotes': {
        const session = state.session(apiKey, key);
        return session ? answerJson(c, { data: [] }, 200) : answerJson(c, notFound(key), 404);
      }
      case 'getSessionResults': {
        const session = state.session(apiKey, key);
        if (!session) return answerJson(c, notFound(key), 404);
        if (session.status !== 'COMPLETE') {
          return answerJson(c, { message: 'Session is not yet completed.' }, 400);
        }
        return answerJson(c, sessionResults(session), 200);
      }
      default:
        return next();
    }
  };
}
