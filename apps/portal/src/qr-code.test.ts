import { describe, expect, test } from 'vitest';
import { renderQrSvg } from './qr-code.js';

describe('renderQrSvg', () => {
  test('draws an SVG document with a view box', async () => {
    const svg = await renderQrSvg('https://demoadmin.vehiclecapture.com/XXX-ABCDE12345');
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 \d+ \d+"/,
    );
    expect(svg).toContain('<path');
  });

  test('a longer text gives a denser code', async () => {
    const size = (svg: string) => Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
    const short = await renderQrSvg('https://a.example/1');
    const long = await renderQrSvg(`https://a.example/${'x'.repeat(200)}`);
    expect(size(long)).toBeGreaterThan(size(short));
  });
});
