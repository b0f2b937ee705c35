/** A request body that stops being read the moment its JSON nests deeper than a limit. */

const quote = 0x22;
const backslash = 0x5c;
const openers = new Set([0x5b, 0x7b]); // [ {
const closers = new Set([0x5d, 0x7d]); // ] }

export interface NestingScan {
  /** Counts the depth through `chunk`; false once it has gone past the limit. */
  take(chunk: Uint8Array): boolean;
}

/**
 * Tracks `[`/`{` depth byte by byte, skipping strings (and the escapes in them), so it holds only
 * a few numbers however the body is split into chunks. Brackets and quotes are ASCII, and UTF-8
 * never uses ASCII bytes inside a multi-byte character, so bytes are enough. It does not check
 * that the JSON is well formed: the parser after it does.
 */
export function createNestingScan(limit: number): NestingScan {
  let depth = 0;
  let inString = false;
  let escaped = false;
  return {
    take(chunk) {
      for (const byte of chunk) {
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === backslash) escaped = true;
          else if (byte === quote) inString = false;
        } else if (byte === quote) inString = true;
        else if (openers.has(byte)) {
          depth += 1;
          if (depth > limit) return false;
        } else if (closers.has(byte)) depth -= 1;
      }
      return true;
    },
  };
}

/**
 * The body of `request` behind a depth check, as a new Request with the same method, URL and
 * headers. Nothing of the original body is touched until the new one is read: a caller that
 * refuses the request on its headers leaves it unread. Past `limit`, the stream errors, the
 * original is cancelled, and `onTooDeep` is told.
 */
export function withNestingLimit(request: Request, limit: number, onTooDeep: () => void): Request {
  if (request.method === 'GET' || request.method === 'HEAD') return request;
  const scan = createNestingScan(limit);
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!reader) {
          const source = request.body;
          if (!source) {
            controller.close();
            return;
          }
          reader = source.getReader();
        }
        const next = await reader.read();
        if (next.done) {
          controller.close();
          return;
        }
        if (!scan.take(next.value)) {
          onTooDeep();
          reader.cancel().catch(() => {});
          controller.error(new RangeError(`the JSON body nests deeper than ${limit} levels`));
          return;
        }
        controller.enqueue(next.value);
      },
      cancel(reason) {
        return reader?.cancel(reason);
      },
    },
    // Pull only when the consumer asks: no read ahead of the header check.
    { highWaterMark: 0 },
  );
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    duplex: 'half',
  } as RequestInit);
}
