// Palette (flat-colour) pictures as PNG, encoded by fast-png (pure JavaScript over fflate, so it runs
// in the renderer and in Node alike). Deterministic: the same pixels give the same bytes, so
// assets/sample-backup.json stays the same from one generation to the next.
import { encode } from 'fast-png';

export interface PaletteImage {
  readonly width: number;
  readonly height: number;
  /** Colours as 0xRRGGBB; at most 256. */
  readonly palette: readonly number[];
  /** One palette index per pixel, row by row. */
  readonly pixels: Uint8Array;
}

export function encodePng(image: PaletteImage): Uint8Array {
  const { width, height, palette, pixels } = image;
  if (pixels.length !== width * height || palette.length === 0 || palette.length > 256)
    throw new Error('encodePng: pixels do not match the size, or the palette is empty or too long');
  return encode(
    { width, height, data: pixels, depth: 8, channels: 1, palette: palette.map((c) => [(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff]) },
    { zlib: { level: 9 } },
  );
}
