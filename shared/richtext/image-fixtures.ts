// Small image files for tests: a real PNG (the sample's encoder, fast-png) and JPEG
// headers with a chosen size (nothing here decodes JPEG pixels; only the header is read).
import { encodePng } from '../sample/png';
import { encodeBase64 } from './base64';

export function testPng(width = 4, height = 3): Uint8Array {
  const pixels = new Uint8Array(width * height).map((_, i) => i % 2);
  return encodePng({ width, height, palette: [0xffffff, 0x1f4e79], pixels });
}

const segment = (marker: number, body: readonly number[]) => [0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body];

/** A baseline JPEG's markers: JFIF, an optional large APP1 (as EXIF is) before the frame header, the scan, the end. */
export function testJpeg(width: number, height: number, options: { app1Bytes?: number; fill?: boolean } = {}): Uint8Array {
  const jfif = [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const frame = [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0];
  return Uint8Array.from([
    0xff,
    0xd8,
    ...segment(0xe0, jfif),
    ...(options.app1Bytes ? segment(0xe1, new Array<number>(options.app1Bytes).fill(0x45)) : []),
    ...segment(0xdb, new Array<number>(65).fill(1)),
    ...(options.fill ? [0xff, 0xff] : []),
    ...segment(0xc0, frame),
    ...segment(0xda, [1, 1, 0, 0, 0x3f, 0]),
    0x12,
    0x34,
    0xff,
    0xd9,
  ]);
}

export const dataUrl = (mime: string, bytes: Uint8Array) => `data:${mime};base64,${encodeBase64(bytes)}`;
