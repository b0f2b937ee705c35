// Whether a request says a body follows, judged from its headers before any of it is read.

/** Node's parser has already refused a Content-Length that is not a plain number. */
export function announcesBody(headers: Headers): boolean {
  return headers.has('transfer-encoding') || Number(headers.get('content-length') ?? 0) > 0;
}
