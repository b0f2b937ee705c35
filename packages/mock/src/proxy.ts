// Passes a request on to Prism and streams its answer back unchanged.
import { type IncomingHttpHeaders, request, type ServerResponse } from 'node:http';

// Hop-by-hop headers describe the client's connection to the mock, not the mock's to Prism.
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'host',
  'content-length',
]);

export function forward(
  method: string,
  path: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
  target: string,
  outgoing: ServerResponse,
): Promise<number> {
  const passed: IncomingHttpHeaders = { 'content-length': String(body.length) };
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !hopByHop.has(name)) passed[name] = value;
  }
  return new Promise((resolve, reject) => {
    const upstream = request(new URL(path, target), { method, headers: passed }, (answer) => {
      const status = answer.statusCode ?? 502;
      outgoing.writeHead(status, answer.headers);
      answer.pipe(outgoing);
      answer.on('end', () => resolve(status));
      answer.on('error', reject);
    });
    upstream.on('error', reject);
    upstream.end(body);
  });
}
