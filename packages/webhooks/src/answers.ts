/** What the handler answers PAVE, one function per outcome; every body is `{ message, errors? }`. */

export interface WebhookAnswerBody {
  message: string;
  /** Messages by field, as PAVE's own 400 bodies group them: `{ "photo_url": ["must be ..."] }`. */
  errors?: Record<string, string[]>;
}

/**
 * `close` is for answers given before the whole body was read: the server then ends the
 * connection with the answer, instead of reading the rest of a refused body to reuse it.
 */
function json(status: number, body: WebhookAnswerBody, { close = false } = {}): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (close) headers.connection = 'close';
  return new Response(JSON.stringify(body), { status, headers });
}

export const answers = {
  received: (event: string) => json(200, { message: `${event} received.` }),
  ignored: (event: string) =>
    json(200, { message: `${event} has no handler here; acknowledged and ignored.` }),
  unknownEvent: () =>
    json(200, {
      message: 'The event is not one the PAVE spec defines; acknowledged and ignored.',
    }),
  // Says nothing of which header failed: that would help a guesser.
  unauthorized: () =>
    json(
      401,
      { message: 'The call does not carry the headers registered with PAVE.' },
      { close: true },
    ),
  methodNotAllowed: () => {
    const response = json(405, {
      message: 'PAVE delivers events in a request body; GET and HEAD have none.',
    });
    response.headers.set('allow', 'POST, PUT, PATCH, DELETE');
    return response;
  },
  unsupportedType: () =>
    json(
      415,
      { message: 'The body must be JSON (Content-Type: application/json).' },
      { close: true },
    ),
  tooLarge: (maxBytes: number) =>
    json(
      413,
      { message: `The body is larger than the ${maxBytes} bytes accepted.` },
      { close: true },
    ),
  tooSlow: (timeoutMs: number) =>
    json(408, { message: `The body did not arrive within ${timeoutMs} ms.` }, { close: true }),
  unreadable: () => json(400, { message: 'The body could not be read.' }, { close: true }),
  invalidBody: (message: string, errors: Record<string, string[]>) =>
    json(400, { message, errors }),
  handlerFailed: (event: string) => json(500, { message: `The ${event} handler failed.` }),
  unexpected: () => json(500, { message: 'The call could not be handled.' }),
};
