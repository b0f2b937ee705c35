// A client still sending a body the mock refused reads the refusal, not a reset: the mock drains
// that body for a bounded time and size after answering, then closes.
import { connect } from 'node:net';
import { createAuthHeaders } from '@pave-kit/auth';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mockLimits } from '../src/limits.js';
import { type RunningMock, startMock } from '../src/start-mock.js';

const account = { username: 'demo', apiKey: 'key_linger', apiSecret: 'secret_linger' };
const mebibyte = 1024 * 1024;
const statusLine = /^HTTP\/1\.1 (\d{3})/;

/**
 * Writes the whole request before reading anything, as many clients do, then reads: the answer's
 * status, or how the connection failed.
 */
function sendThenRead(port: number, request: Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.pause();
    let received = '';
    let settled = false;
    const settle = (failure: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(statusLine.exec(received)?.[1] ?? failure);
    };
    const timer = setTimeout(() => settle('no answer within 20 s'), 20_000);
    socket.on('error', (error: NodeJS.ErrnoException) => settle(`error ${error.code}`));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    socket.on('close', () => settle(`closed after ${JSON.stringify(received)}`));
    socket.write(request, () => socket.resume());
  });
}

function head(lines: string[]): Buffer {
  return Buffer.from(
    `POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${lines.join('\r\n')}\r\n\r\n`,
  );
}

function signedLines(): string[] {
  return Object.entries(createAuthHeaders(account)).map(([name, value]) => `${name}: ${value}`);
}

// Each case sends 8 MiB a few dozen times: without the drain, every run here lost some answers to
// a reset, while a busy machine moves that much data slowly, hence the long allowance.
describe('a refused request whose body is still arriving', { timeout: 120_000 }, () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ credentials: account });
  });
  afterAll(() => mock.close());

  const body = Buffer.alloc(8 * mebibyte, 'x');

  test('an unsigned POST of 8 MiB reads its 401, 40 times in a row', async () => {
    const unsigned = [
      'API-Key: key_linger',
      'API-Token: wrong',
      'API-Timestamp: 2021-05-30T12:49:19Z',
    ];
    const request = Buffer.concat([head([`Content-Length: ${body.length}`, ...unsigned]), body]);
    const outcomes: string[] = [];
    for (let i = 0; i < 40; i += 1) outcomes.push(await sendThenRead(mock.port, request));
    expect(outcomes.filter((outcome) => outcome !== '401')).toEqual([]);
  });

  test('a signed POST announcing 8 MiB reads its 413, 40 times in a row', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      const request = Buffer.concat([
        head([`Content-Length: ${body.length}`, ...signedLines()]),
        body,
      ]);
      outcomes.push(await sendThenRead(mock.port, request));
    }
    expect(outcomes.filter((outcome) => outcome !== '413')).toEqual([]);
  });

  test('a signed chunked body refused past 1 MiB reads its 413, 25 times in a row', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const chunks: Buffer[] = [];
    for (let sent = 0; sent < 8 * mebibyte; sent += chunk.length) {
      chunks.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n'));
    }
    chunks.push(Buffer.from('0\r\n\r\n'));
    const outcomes: string[] = [];
    for (let i = 0; i < 25; i += 1) {
      const request = Buffer.concat([
        head(['Transfer-Encoding: chunked', ...signedLines()]),
        ...chunks,
      ]);
      outcomes.push(await sendThenRead(mock.port, request));
    }
    expect(outcomes.filter((outcome) => outcome !== '413')).toEqual([]);
  });

  test('a body that never ends is drained only up to the bound, then the connection closes', async () => {
    const socket = connect(mock.port, '127.0.0.1');
    socket.on('error', () => {});
    let closed = false;
    socket.on('close', () => {
      closed = true;
    });
    let received = '';
    socket.on('data', (data: Buffer) => {
      received += data.toString('latin1');
    });
    socket.write(
      head([
        'Transfer-Encoding: chunked',
        'API-Key: key_linger',
        'API-Token: x',
        'API-Timestamp: x',
      ]),
    );
    const chunk = Buffer.alloc(256 * 1024, 'x');
    const frame = Buffer.concat([
      Buffer.from(`${chunk.length.toString(16)}\r\n`),
      chunk,
      Buffer.from('\r\n'),
    ]);
    // Far past the drain bound: only a connection the mock closed stops this loop early.
    const ceiling = 16 * mockLimits.refusalLingerBytes;
    let sent = 0;
    while (!closed && sent < ceiling) {
      const wrote = socket.write(frame);
      sent += chunk.length;
      if (!wrote) {
        await new Promise<void>((resolve) => {
          const done = () => {
            socket.off('drain', done).off('close', done);
            resolve();
          };
          socket.on('drain', done).on('close', done);
        });
      }
    }
    socket.destroy();
    expect(statusLine.exec(received)?.[1]).toBe('401');
    expect(closed).toBe(true);
    expect(sent).toBeLessThan(ceiling);
  });
});
