// Recognises Prism speaking for itself (a problem+json about the request, not an answer from
// the spec) so the mock can say what went wrong with the right status.

const prismErrors = 'https://stoplight.io/prism/errors#';

/** Prism's error kinds that are the caller's doing, with the status and what to say about them. */
const callerErrors: Record<string, { status: 404 | 406; about: string }> = {
  NOT_ACCEPTABLE: { status: 406, about: 'No answer comes in a type the Accept header allows' },
  NOT_FOUND: { status: 404, about: 'The mock has no answer for what the request asks for' },
};

interface ProblemBody {
  type?: unknown;
  title?: unknown;
  detail?: unknown;
}

/**
 * When Prism answered with an error of its own that the caller caused (an Accept it cannot
 * meet, a `__code` or `__example` the spec lacks), the status and message to answer instead;
 * Prism wraps some of these in a 500 of kind UNKNOWN, which the kind inside its title undoes.
 */
export function prismProblem(answer: {
  status: number;
  headers: Headers;
  body: string | undefined;
}): { status: 404 | 406; message: string } | undefined {
  if (!/problem\+json/i.test(answer.headers.get('content-type') ?? '')) return undefined;
  let body: ProblemBody;
  try {
    body = JSON.parse(answer.body ?? '') as ProblemBody;
  } catch {
    return undefined;
  }
  if (typeof body.type !== 'string' || !body.type.startsWith(prismErrors)) return undefined;
  const title = typeof body.title === 'string' ? body.title : '';
  const wrapped = new RegExp(`${prismErrors.replaceAll('.', '\\.')}([A-Z_]+)`).exec(title)?.[1];
  const kind =
    body.type.endsWith('#UNKNOWN') && wrapped ? wrapped : body.type.slice(prismErrors.length);
  const known = callerErrors[kind];
  if (!known) return undefined;
  const detail =
    typeof body.detail === 'string' && body.detail && kind === body.type.slice(prismErrors.length)
      ? body.detail
      : title.replace(/^https:\S+: /, '').replace(/\s*We tried default response[\s\S]*$/, '');
  return { status: known.status, message: `${known.about}: ${detail}` };
}
