// The sample's PNG encoder, checked against Node's zlib: the stream inflates, and unfiltering it gives
// back every pixel.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkImageSrc } from '../richtext/image';
import { drawPercentBarChart, sampleAuditChart } from './chart-image';
import { encodePng, zlibFixed } from './png';

function chunks(png: Uint8Array): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let i = 8; i < png.length; ) {
    const len = view.getUint32(i);
    const type = String.fromCharCode(...png.subarray(i + 4, i + 8));
    out.set(type, png.subarray(i + 8, i + 8 + len));
    i += 12 + len;
  }
  return out;
}

/** Undoes the None, Sub and Up filters (the ones the encoder writes) for 8-bit palette rows. */
function unfilter(raw: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (width + 1)]!;
    for (let x = 0; x < width; x++) {
      const v = raw[y * (width + 1) + 1 + x]!;
      const left = x > 0 ? out[y * width + x - 1]! : 0;
      const up = y > 0 ? out[(y - 1) * width + x]! : 0;
      out[y * width + x] = (filter === 0 ? v : filter === 1 ? v + left : filter === 2 ? v + up : NaN) & 0xff;
    }
  }
  return out;
}

describe('encodePng', () => {
  it('writes a PNG whose pixels read back exactly', () => {
    const width = 37;
    const height = 23;
    const pixels = Uint8Array.from({ length: width * height }, (_, i) => (Math.floor(i / width) < 10 ? 1 : (i * 7) % 5));
    const png = encodePng({ width, height, palette: [0xffffff, 0xff0000, 0x00ff00, 0x0000ff, 0x000000], pixels });
    const c = chunks(png);
    expect([...c.keys()]).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    const raw = inflateSync(c.get('IDAT')!);
    expect(unfilter(new Uint8Array(raw), width, height)).toEqual(pixels);
  });
  it('compresses runs and repeated rows, and inflates to the input', () => {
    const data = Uint8Array.from({ length: 5000 }, (_, i) => (i % 101 < 90 ? 0 : i % 7));
    const z = zlibFixed(data, [1, 101]);
    expect(new Uint8Array(inflateSync(z))).toEqual(data);
    expect(z.length).toBeLessThan(data.length / 5);
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
