// One HTTP request with the target and Host header exactly as given: fetch would normalise
// `..` away and refuse to set Host.
import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function rawRequest(options: {
  port: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  timeoutMs?: number;
}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port: options.port,
        method: options.method,
        path: options.path,
        headers: options.headers,
        setHost: false,
        agent: false,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.setTimeout(options.timeoutMs ?? 15_000, () => {
      outgoing.destroy(new Error(`no answer within ${options.timeoutMs ?? 15_000} ms`));
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}
