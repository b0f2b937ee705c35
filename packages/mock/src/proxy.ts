// Passes a request on to Prism and collects its answer.
import { type IncomingHttpHeaders, request } from 'node:http';

// Hop-by-hop headers describe the client's connection to the mock, not the mock's to Prism.
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'host',
  'content-length',
]);

export interface UpstreamAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export function forward(
  method: string,
  path: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
  target: string,
): Promise<UpstreamAnswer> {
  const passed: IncomingHttpHeaders = { 'content-length': String(body.length) };
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !hopByHop.has(name)) passed[name] = value;
  }
  return new Promise((resolve, reject) => {
    const upstream = request(new URL(path, target), { method, headers: passed }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () =>
        resolve({
          status: answer.statusCode ?? 502,
          headers: answer.headers,
          body: Buffer.concat(chunks),
        }),
      );
      answer.on('error', reject);
    });
    upstream.on('error', reject);
    upstream.end(body);
  });
}
