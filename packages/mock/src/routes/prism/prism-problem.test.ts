import { describe, expect, test } from 'vitest';
import { prismProblem } from './prism-problem.js';

const problem = (status: number, body: unknown) => ({
  status,
  headers: new Headers({ 'content-type': 'application/problem+json' }),
  body: JSON.stringify(body),
});

describe('prismProblem', () => {
  test('unwraps the kind Prism hides inside a 500 of kind UNKNOWN', () => {
    const answer = problem(500, {
      type: 'https://stoplight.io/prism/errors#UNKNOWN',
      title:
        'https://stoplight.io/prism/errors#NOT_ACCEPTABLE: The server cannot produce a representation for your accept header. We tried default response, but we got https://stoplight.io/prism/errors#NOT_FOUND',
      status: 500,
    });
    expect(prismProblem(answer)).toEqual({
      status: 406,
      message:
        'No answer comes in a type the Accept header allows: The server cannot produce a representation for your accept header.',
    });
  });

  test('keeps the detail of a plain caller error', () => {
    const answer = problem(404, {
      type: 'https://stoplight.io/prism/errors#NOT_FOUND',
      title: 'The server cannot find the requested content',
      detail: 'Requested status code 999 is not defined in the document.',
    });
    expect(prismProblem(answer)).toEqual({
      status: 404,
      message:
        'The mock has no answer for what the request asks for: Requested status code 999 is not defined in the document.',
    });
  });

  test("leaves the spec's own answers and Prism's unknown failures alone", () => {
    const spec = {
      status: 500,
      headers: new Headers({ 'content-type': 'application/json' }),
      body: '{"message":"Server error."}',
    };
    expect(prismProblem(spec)).toBeUndefined();
    expect(
      prismProblem(
        problem(500, { type: 'https://stoplight.io/prism/errors#UNKNOWN', title: 'boom' }),
      ),
    ).toBeUndefined();
    expect(prismProblem({ ...problem(500, {}), body: 'not json' })).toBeUndefined();
  });
});
