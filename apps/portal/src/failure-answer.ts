/** How a failed PAVE call is answered to the browser: a status, and words for a person. */

import { describeFailure, PaveApiError, type PaveFailureKind } from '@pave-kit/client';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { UnusableAnswerError } from './pave-answer.js';

/** The portal's own kinds, beside the ones `describeFailure` sorts PAVE's failures into. */
export type PortalErrorKind =
  | PaveFailureKind
  | 'bad-answer'
  | 'bad-request'
  | 'conflict'
  | 'misdirected'
  | 'unavailable';

/** Shown in the page's banner. */
export interface BannerErrorBody {
  error: { kind: PortalErrorKind; message: string };
}

/** Shown beside the fields, keyed like the contract and PAVE key them: `vehicle.vin`. */
export interface FieldErrorsBody {
  message: string;
  fieldErrors: Readonly<Record<string, readonly string[]>>;
}

export interface FailureAnswer {
  status: ContentfulStatusCode;
  body: BannerErrorBody | FieldErrorsBody;
  headers: Record<string, string>;
}

/**
 * PAVE's failures are the portal's upstream failures, so most become gateway statuses: the
 * browser did nothing wrong when PAVE refuses the portal's credentials or is slow. A 429 is
 * the portal being unavailable for a while, not the browser sending too much.
 */
const statusByKind: Record<PaveFailureKind, ContentfulStatusCode> = {
  invalid: 422,
  unauthorized: 502,
  'not-found': 404,
  'rate-limited': 503,
  'server-error': 502,
  rejected: 502,
  timeout: 504,
  network: 502,
  unexpected: 500,
};

export const unexpectedMessage =
  'The portal failed to handle this request. Its log has the details; try again.';

export function failureAnswer(error: unknown): FailureAnswer {
  // PAVE answered, but with nothing the portal can use: an upstream failure like a 5xx.
  if (error instanceof UnusableAnswerError) {
    return {
      status: 502,
      body: { error: { kind: 'bad-answer', message: error.message } },
      headers: {},
    };
  }
  const failure = describeFailure(error);
  if (failure.kind === 'invalid') {
    return {
      status: 422,
      body: { message: failure.message, fieldErrors: failure.fieldErrors },
      headers: {},
    };
  }

  const headers: Record<string, string> = {};
  const retryAfter =
    error instanceof PaveApiError ? error.response?.headers.get('retry-after') : undefined;
  if (retryAfter) headers['Retry-After'] = retryAfter;

  const status =
    failure.kind === 'server-error' && failure.status === 503 ? 503 : statusByKind[failure.kind];
  // An error the client did not classify is a bug here; its text is for the log, not the page.
  const message = failure.kind === 'unexpected' ? unexpectedMessage : failure.message;
  return { status, body: { error: { kind: failure.kind, message } }, headers };
}
