/** A response whose body has been read, so the call's timeout covers the body too. */

// Statuses whose Response must have a null body (the Response constructor throws otherwise).
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

/**
 * Reads the body while the deadline still applies, then hands openapi-fetch a copy that reads
 * from memory. Without this a server that sends headers and then stalls would hang the call
 * after the timer was cleared. PAVE's answers are small JSON documents, so nothing is lost by not
 * streaming them.
 */
export async function bufferResponse(response: Response): Promise<Response> {
  const body = nullBodyStatuses.has(response.status) ? null : await response.arrayBuffer();
  const copy = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // A constructed Response has an empty url; error messages and callers want the real one.
  Object.defineProperty(copy, 'url', { value: response.url });
  return copy;
}
