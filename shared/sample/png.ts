// A small PNG encoder for drawn, flat-colour pictures (the sample's chart): a palette image,
// rows filtered Up when they repeat the row above and Sub otherwise (so flat areas become zeros),
// compressed with fixed-Huffman deflate matching runs and the row above. Pure and deterministic,
// so assets/sample-backup.json stays byte-for-byte the same; a few KB for a chart, not a general codec.

export interface PaletteImage {
  readonly width: number;
  readonly height: number;
  /** Colours as 0xRRGGBB; at most 256. */
  readonly palette: readonly number[];
  /** One palette index per pixel, row by row. */
  readonly pixels: Uint8Array;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

class BitWriter {
  private readonly bytes: number[] = [];
  private acc = 0;
  private n = 0;
  /** `count` bits of `value`, least significant first (deflate's order for everything but Huffman codes). */
  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      this.acc |= ((value >> i) & 1) << this.n;
      if (++this.n === 8) this.flush();
    }
  }
  /** A Huffman code, most significant bit first. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bits((value >> i) & 1, 1);
  }
  private flush(): void {
    this.bytes.push(this.acc);
    this.acc = 0;
    this.n = 0;
  }
  finish(): number[] {
    if (this.n > 0) this.flush();
    return this.bytes;
  }
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

/** The fixed Huffman code of a literal/length symbol (RFC 1951 §3.2.6). */
function literal(w: BitWriter, symbol: number): void {
  if (symbol < 144) w.code(0x30 + symbol, 8);
  else if (symbol < 256) w.code(0x190 + symbol - 144, 9);
  else if (symbol < 280) w.code(symbol - 256, 7);
  else w.code(0xc0 + symbol - 280, 8);
}

const lastIndexAtMost = (table: readonly number[], v: number) => {
  let i = table.length - 1;
  while (table[i]! > v) i--;
  return i;
};

function match(w: BitWriter, length: number, distance: number): void {
  const li = lastIndexAtMost(LENGTH_BASE, length);
  literal(w, 257 + li);
  w.bits(length - LENGTH_BASE[li]!, LENGTH_EXTRA[li]!);
  const di = lastIndexAtMost(DIST_BASE, distance);
  w.code(di, 5);
  w.bits(distance - DIST_BASE[di]!, DIST_EXTRA[di]!);
}

/** zlib stream of `data`, looking for repeats only at the given distances (enough for filtered rows). */
export function zlibFixed(data: Uint8Array, distances: readonly number[]): Uint8Array {
  const w = new BitWriter();
  w.bits(1, 1); // the last block
  w.bits(1, 2); // fixed Huffman codes
  let i = 0;
  while (i < data.length) {
    let best = 0;
    let bestDistance = 0;
    for (const d of distances) {
      if (d > i || d > 32768) continue;
      let n = 0;
      while (n < 258 && i + n < data.length && data[i + n] === data[i + n - d]) n++;
      if (n > best) [best, bestDistance] = [n, d];
    }
    if (best >= 3) {
      match(w, best, bestDistance);
      i += best;
    } else literal(w, data[i++]!);
  }
  literal(w, 256);
  const body = w.finish();
  const a = adler32(data);
  return Uint8Array.from([0x78, 0x01, ...body, a >>> 24, (a >>> 16) & 0xff, (a >>> 8) & 0xff, a & 0xff]);
}

function chunk(type: string, data: Uint8Array): number[] {
  const typed = Uint8Array.from([...type].map((c) => c.charCodeAt(0)).concat([...data]));
  const len = data.length;
  const crc = crc32(typed);
  return [len >>> 24, (len >>> 16) & 0xff, (len >>> 8) & 0xff, len & 0xff, ...typed, crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff];
}

const u32be = (v: number) => [v >>> 24, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];

export function encodePng(image: PaletteImage): Uint8Array {
  const { width, height, palette, pixels } = image;
  if (pixels.length !== width * height || palette.length === 0 || palette.length > 256) throw new Error('encodePng: pixels do not match the size, or the palette is empty or too long');
  const stride = width + 1;
  const raw = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const row = pixels.subarray(y * width, (y + 1) * width);
    const above = y > 0 ? pixels.subarray((y - 1) * width, y * width) : null;
    const repeats = above !== null && row.every((v, x) => v === above[x]);
    raw[y * stride] = repeats ? 2 : 1; // Up (all zeros) or Sub
    for (let x = 0; x < width; x++) raw[y * stride + 1 + x] = repeats ? 0 : (row[x]! - (x > 0 ? row[x - 1]! : 0)) & 0xff;
  }
  const header = Uint8Array.from([...u32be(width), ...u32be(height), 8, 3, 0, 0, 0]); // 8-bit palette, no interlace
  const plte = Uint8Array.from(palette.flatMap((c) => [(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff]));
  const idat = zlibFixed(raw, [1, stride]);
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...chunk('IHDR', header), ...chunk('PLTE', plte), ...chunk('IDAT', idat), ...chunk('IEND', new Uint8Array())]);
}
