/** HTTP/1.1 over a bare socket, for requests `fetch` refuses to send: odd targets, lying lengths. */
import { connect, type Socket } from 'node:net';

export interface RawAnswer {
  status: number;
  /** Header names in lower case; a repeated header keeps its last value. */
  headers: Record<string, string>;
  /** The names exactly as the server wrote them, in order, repeats included. */
  headerNames: string[];
  body: string;
}

export interface RawConnection {
  socket: Socket;
  /** Writes more of the request; resolves once the socket took it (or has closed). */
  write(data: string | Buffer): Promise<void>;
  /** The first complete answer on the connection. Rejects if none came before `deadlineMs`. */
  answer: Promise<RawAnswer>;
  /** Resolves when the server has closed the connection. */
  closed: Promise<void>;
  /** Whether the server has closed the connection. */
  isClosed(): boolean;
}

function parseHead(head: string): Omit<RawAnswer, 'body'> {
  const [statusLine = '', ...lines] = head.split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
  const headers: Record<string, string> = {};
  const headerNames: string[] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    headerNames.push(name);
    headers[name.toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status, headers, headerNames };
}

/** The body when the answer is complete in `rest`, else undefined. */
function completeBody(headers: Record<string, string>, rest: Buffer): string | undefined {
  if (headers['transfer-encoding']?.toLowerCase() === 'chunked') {
    let offset = 0;
    const parts: Buffer[] = [];
    for (;;) {
      const lineEnd = rest.indexOf('\r\n', offset);
      if (lineEnd < 0) return undefined;
      const size = Number.parseInt(rest.subarray(offset, lineEnd).toString('latin1'), 16);
      const start = lineEnd + 2;
      if (rest.length < start + size + 2) return undefined;
      if (size === 0) return Buffer.concat(parts).toString('utf8');
      parts.push(rest.subarray(start, start + size));
      offset = start + size + 2;
    }
  }
  const length = Number(headers['content-length'] ?? 0);
  return rest.length >= length ? rest.subarray(0, length).toString('utf8') : undefined;
}

/** `headRequest`: the answer is to a HEAD, so it ends with its headers whatever they announce. */
export function openRaw(
  port: number,
  { deadlineMs = 15_000, headRequest = false } = {},
): RawConnection {
  const socket = connect(port, '127.0.0.1');
  let received = Buffer.alloc(0);
  let closed = false;
  const closedPromise = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.on('close', () => {
    closed = true;
  });
  // A reset after the answer is the server's business; the answer already read still counts.
  socket.on('error', () => {});

  const answer = new Promise<RawAnswer>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no complete answer within ${deadlineMs} ms; got: ${received}`));
    }, deadlineMs);
    const tryParse = () => {
      const headEnd = received.indexOf('\r\n\r\n');
      if (headEnd < 0) return false;
      const head = parseHead(received.subarray(0, headEnd).toString('latin1'));
      const body = headRequest ? '' : completeBody(head.headers, received.subarray(headEnd + 4));
      if (body === undefined) return false;
      clearTimeout(timer);
      resolve({ ...head, body });
      return true;
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      tryParse();
    });
    socket.on('close', () => {
      if (tryParse()) return;
      clearTimeout(timer);
      reject(new Error(`the connection closed without a complete answer; got: ${received}`));
    });
  });
  answer.catch(() => {});

  return {
    socket,
    write: (data) =>
      new Promise((resolve) => {
        if (socket.destroyed) return resolve();
        socket.write(data, () => resolve());
      }),
    answer,
    closed: closedPromise,
    isClosed: () => closed,
  };
}

/** Sends a whole request and waits for the answer. */
export async function exchange(port: number, request: string | Buffer): Promise<RawAnswer> {
  const connection = openRaw(port);
  await connection.write(request);
  return connection.answer;
}

/** A request head; `lines` are header lines without the final CRLF. */
export function head(requestLine: string, lines: readonly string[]): string {
  return `${requestLine}\r\n${[...lines, ''].join('\r\n')}\r\n`;
}
