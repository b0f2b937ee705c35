/** Reads a request body within a size limit and a deadline, checking both while it reads. */

export interface BodyLimits {
  maxBytes: number;
  timeoutMs: number;
}

export type BodyRead =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too-large' | 'too-slow' | 'unreadable' };

function declaredLength(request: Request): number | undefined {
  const header = request.headers.get('content-length');
  return header !== null && /^\d+$/.test(header) ? Number(header) : undefined;
}

function concatenate(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * A body announced as too large is refused before a byte is read; any other is counted chunk by
 * chunk and abandoned as soon as it passes the limit or the deadline, whatever it announced.
 * Abandoning cancels the stream, so its source stops reading; the answer is written all the same.
 */
export async function readBody(request: Request, limits: BodyLimits): Promise<BodyRead> {
  const declared = declaredLength(request);
  if (declared !== undefined && declared > limits.maxBytes)
    return { ok: false, reason: 'too-large' };
  if (request.body === null) return { ok: true, bytes: new Uint8Array() };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), limits.timeoutMs);
  });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = request.body.getReader();
    // Not awaited: a source may take its time to stop, and the answer need not wait for it.
    const abandon = (reason: 'too-large' | 'too-slow'): BodyRead => {
      reader.cancel().catch(() => {});
      return { ok: false, reason };
    };
    for (;;) {
      const next = await Promise.race([reader.read(), deadline]);
      if (next === 'timeout') return abandon('too-slow');
      if (next.done) return { ok: true, bytes: concatenate(chunks, size) };
      size += next.value.byteLength;
      if (size > limits.maxBytes) return abandon('too-large');
      chunks.push(next.value);
    }
  } catch {
    return { ok: false, reason: 'unreadable' };
  } finally {
    clearTimeout(timer);
  }
}
