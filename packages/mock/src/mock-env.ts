// What the mock's middleware and routes share about one request, through Hono's context.
import type { HttpBindings } from '@hono/node-server';
import type { OperationInfo } from '@pave-kit/contract';

export interface MockEnv {
  Bindings: HttpBindings;
  Variables: {
    /** The request's path as sent, percent-escapes kept. */
    pathname: string;
    /** The spec's operation for this method and path, when there is one. */
    operation: OperationInfo | undefined;
    /** The request body, read whole and within the limit before anything looks at it. */
    body: Uint8Array;
    /**
     * The answer's body as text, kept by the route that made it, so that checking the answer
     * does not mean cloning the response.
     */
    answerText: string | undefined;
    /** Why the mock answered itself instead of Prism, for the request log. */
    note: string | undefined;
    /**
     * Set on answers about the HTTP exchange rather than the API (a body too large, a broken
     * Content-Type): the spec does not describe them, so they are not checked against it.
     */
    outsideContract: boolean | undefined;
  };
}
