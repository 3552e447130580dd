// Base64 without Buffer or atob, so the same code runs in the renderer, in Node and in a worker.
// Strict: the standard alphabet, padded to a multiple of four, no whitespace — what FileReader and
// our own encoder write. Anything looser is refused rather than guessed at.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;
VALUES['='.charCodeAt(0)] = 0; // padding decodes as zero bits, which the byte count then drops

const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const PAD = '='.charCodeAt(0);

const STRICT = /^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Whether `s` is strict, padded base64 (the empty string is). */
export function isBase64(s: string): boolean {
  return s.length % 4 === 0 && STRICT.test(s);
}

/** The number of bytes strict base64 of this length and padding decodes to. */
export function decodedLength(s: string): number {
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return (s.length / 4) * 3 - pad;
}

const value = (s: string, i: number): number => VALUES[s.charCodeAt(i)] ?? 0;

/**
 * Byte `index` of strict base64 `s`, decoded on its own: reading an image's header needs a few
 * bytes, not the whole (up to 5 MB) image. The caller checks `isBase64` and the length first.
 */
export function byteAt(s: string, index: number): number {
  const q = Math.floor(index / 3) * 4;
  const n = (value(s, q) << 18) | (value(s, q + 1) << 12) | (value(s, q + 2) << 6) | value(s, q + 3);
  return (n >> (16 - (index % 3) * 8)) & 0xff;
}

/** Decodes strict base64; null if `s` is not. */
export function decodeBase64(s: string): Uint8Array | null {
  if (!isBase64(s)) return null;
  const out = new Uint8Array(decodedLength(s));
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const n = (value(s, i) << 18) | (value(s, i + 1) << 12) | (value(s, i + 2) << 6) | value(s, i + 3);
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 0xff;
    if (o < out.length) out[o++] = n & 0xff;
  }
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  // Character codes into an array, turned into text at once (TextDecoder is in browsers and Node
  // alike): concatenating one character at a time takes about a second for a 5 MB image.
  const codes = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const n = ((bytes[i] ?? 0) << 16) | ((rest > 1 ? (bytes[i + 1] ?? 0) : 0) << 8) | (rest > 2 ? (bytes[i + 2] ?? 0) : 0);
    codes[o++] = CODES[n >> 18] ?? PAD;
    codes[o++] = CODES[(n >> 12) & 63] ?? PAD;
    codes[o++] = rest > 1 ? (CODES[(n >> 6) & 63] ?? PAD) : PAD;
    codes[o++] = rest > 2 ? (CODES[n & 63] ?? PAD) : PAD;
  }
  return new TextDecoder('ascii').decode(codes);
}
