// The sample's pictures as PNG: a palette image whose pixels read back exactly, small and the same
// bytes every time.
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { checkImageSrc } from '../richtext/image';
import { drawPercentBarChart, sampleAuditChart } from './chart-image';
import { encodePng } from './png';

describe('encodePng', () => {
  it('writes a palette PNG whose pixels and colours read back exactly', () => {
    const width = 37;
    const height = 23;
    const pixels = Uint8Array.from({ length: width * height }, (_, i) => (Math.floor(i / width) < 10 ? 1 : (i * 7) % 5));
    const palette = [0xffffff, 0xff0000, 0x00ff00, 0x0000ff, 0x000000];
    const png = decode(encodePng({ width, height, palette, pixels }));
    expect([png.width, png.height, png.channels, png.depth]).toEqual([width, height, 1, 8]);
    expect(png.palette).toEqual([
      [255, 255, 255],
      [255, 0, 0],
      [0, 255, 0],
      [0, 0, 255],
      [0, 0, 0],
    ]);
    expect(new Uint8Array(png.data)).toEqual(pixels);
  });
  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng({ width: 2, height: 2, palette: [0], pixels: new Uint8Array(3) })).toThrow(/do not match/);
  });
  it('is deterministic', () => {
    const chart = { width: 200, height: 120, bars: [['Burglary', 97]] as const };
    expect(drawPercentBarChart(chart)).toEqual(drawPercentBarChart(chart));
  });
});

describe('the sample chart', () => {
  it('is a valid image node of a few KB, with alt text and a caption', () => {
    const node = sampleAuditChart();
    expect(checkImageSrc(node.attrs.src)).toMatchObject({ ok: true, facts: { type: 'png', width: node.attrs.width, height: node.attrs.height } });
    expect(node.attrs.src.length).toBeLessThan(10_000);
    expect(node.attrs.alt).toMatch(/91%.*94%.*97%/);
    expect(node.attrs.caption).toMatch(/^Figure 1/);
  });
});
