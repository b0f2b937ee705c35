import { describe, expect, test } from 'vitest';
import { createNestingScan, withNestingLimit } from './json-nesting-stream.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('createNestingScan', () => {
  test.each([
    ['{}', 1, true],
    ['{"a": []}', 1, false],
    ['{"a": []}', 2, true],
    ['[[[]]]', 2, false],
    // Brackets inside strings, escaped quotes included, are text, not nesting.
    ['{"a": "[[[[\\"[[[["}', 1, true],
    ['{"a": "\\\\"}', 1, true],
    ['[{}, {}, {}, [], []]', 2, true],
  ])('%s with a limit of %i: %s', (json, limit, within) => {
    expect(createNestingScan(limit).take(bytes(json))).toBe(within);
  });

  test('keeps its place across chunks split anywhere, inside strings and escapes too', () => {
    const json = '{"a": "x\\"[[", "b": [[1]], "c": "]]]"}';
    for (let cut = 0; cut <= json.length; cut += 1) {
      const within = createNestingScan(3);
      expect(within.take(bytes(json.slice(0, cut))) && within.take(bytes(json.slice(cut)))).toBe(
        true,
      );
      const over = createNestingScan(2);
      expect(over.take(bytes(json.slice(0, cut))) && over.take(bytes(json.slice(cut)))).toBe(false);
    }
  });
});

describe('withNestingLimit', () => {
  function requestOf(chunks: string[], pulls: { count: number }) {
    let index = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulls.count += 1;
          const chunk = chunks[index];
          index += 1;
          if (chunk === undefined) controller.close();
          else controller.enqueue(bytes(chunk));
        },
      },
      { highWaterMark: 0 },
    );
    return new Request('http://portal.test/webhooks/pave', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
  }

  test('reads nothing of the body until the new request is read, then passes it on unchanged', async () => {
    const pulls = { count: 0 };
    let tooDeep = false;
    const limited = withNestingLimit(requestOf(['{"a": ', '[1, 2]}'], pulls), 2, () => {
      tooDeep = true;
    });
    expect(limited.headers.get('content-type')).toBe('application/json');
    expect(limited.method).toBe('POST');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pulls.count).toBe(0);
    expect(await limited.text()).toBe('{"a": [1, 2]}');
    expect(tooDeep).toBe(false);
  });

  test('stops reading at the chunk that goes past the limit', async () => {
    const pulls = { count: 0 };
    let tooDeep = false;
    const chunks = ['{"a":', '[[[', ']]]}', ' ', ' ', ' '];
    const limited = withNestingLimit(requestOf(chunks, pulls), 3, () => {
      tooDeep = true;
    });
    await expect(limited.text()).rejects.toThrow();
    expect(tooDeep).toBe(true);
    expect(pulls.count).toBe(2);
  });

  test('leaves a GET as it is', () => {
    const request = new Request('http://portal.test/');
    expect(withNestingLimit(request, 1, () => {})).toBe(request);
  });
});
