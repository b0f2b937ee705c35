// One HTTP request with the target and Host header exactly as given: fetch would normalise
// `..` away and refuse to set Host.
import { request } from 'node:http';
import { type Answer as RawAnswer, readAnswer } from '../../../../tools/test-support/loopback.js';

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
      (incoming) => readAnswer(incoming).then(resolve, reject),
    );
    outgoing.setTimeout(options.timeoutMs ?? 15_000, () => {
      outgoing.destroy(new Error(`no answer within ${options.timeoutMs ?? 15_000} ms`));
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}
