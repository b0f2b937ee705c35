/** Signed JSON calls to a running mock, as one PAVE account, for the stateful tests. */
import { createAuthHeaders, type PaveCredentials } from '@pave-kit/auth';

export interface Answer {
  status: number;
  body: any;
}

export function signedCaller(url: string, credentials: PaveCredentials) {
  return async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...createAuthHeaders(credentials) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
}
