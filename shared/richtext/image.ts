// The one rule for images in rich text: a PNG or JPEG carried in the document itself as a base64
// data URL (the app is offline and loads nothing remote), no larger than IMAGE_LIMITS, whose bytes
// really are the type it claims. The editor (file picker, paste, drop), the database, backups and
// the Word export all check through here. Pure: no Buffer, no DOM.
import { byteAt, decodeBase64, decodedLength, encodeBase64, isBase64 } from './base64';

/** docx's names for the two formats. */
export type ImageType = 'png' | 'jpg';

export const IMAGE_MIME: Readonly<Record<ImageType, string>> = { png: 'image/png', jpg: 'image/jpeg' };

export const IMAGE_LIMITS = {
  /** Decoded size: far above a chart or photo for a paper, low enough to keep bodies quick to save. */
  bytes: 5 * 1024 * 1024,
  /** Pixels along either side: a sanity bound (an A4 page at 600 dpi is about 5000 × 7000). */
  side: 10_000,
  /** Total pixels, so a small file cannot unpack into an enormous bitmap in Word or the browser. */
  pixels: 50_000_000,
} as const;

export interface ImageFacts {
  readonly type: ImageType;
  /** Intrinsic size in pixels. */
  readonly width: number;
  readonly height: number;
  /** Decoded size in bytes. */
  readonly bytes: number;
}

export type ImageCheck = { readonly ok: true; readonly facts: ImageFacts } | { readonly ok: false; readonly reason: string };

const fail = (reason: string): ImageCheck => ({ ok: false, reason });

const PREFIX = /^data:image\/(png|jpeg);base64,/;
const MB = IMAGE_LIMITS.bytes / 1024 / 1024;
/** The longest src that can pass: the prefix and the base64 of IMAGE_LIMITS.bytes. */
export const MAX_IMAGE_SRC_CHARS = 'data:image/jpeg;base64,'.length + Math.ceil(IMAGE_LIMITS.bytes / 3) * 4;

interface Bytes {
  readonly length: number;
  at(index: number): number;
}

const u16 = (b: Bytes, i: number) => (b.at(i) << 8) | b.at(i + 1);
const u32 = (b: Bytes, i: number) => b.at(i) * 0x1000000 + ((b.at(i + 1) << 16) | (b.at(i + 2) << 8) | b.at(i + 3));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IHDR = [0x49, 0x48, 0x44, 0x52];

function pngSize(b: Bytes): { width: number; height: number } | null {
  if (b.length < 24 || !PNG_SIGNATURE.every((v, i) => b.at(i) === v)) return null;
  // The first chunk is always IHDR: width and height, big-endian, at bytes 16 and 20.
  if (!IHDR.every((v, i) => b.at(12 + i) === v)) return null;
  return { width: u32(b, 16), height: u32(b, 20) };
}

// Start-of-frame markers carry the size; C4 (Huffman tables), C8 (reserved) and CC (arithmetic) do not.
const isStartOfFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function jpegSize(b: Bytes): { width: number; height: number } | null {
  if (b.length < 4 || b.at(0) !== 0xff || b.at(1) !== 0xd8) return null;
  // Walk the segments (each "FF marker length …") to the frame header; a few reads, not the whole file.
  let i = 2;
  while (i + 4 <= b.length) {
    if (b.at(i) !== 0xff) return null;
    let marker = b.at(i + 1);
    while (marker === 0xff && i + 2 < b.length) marker = b.at(++i + 1); // fill bytes
    i += 2;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) continue; // markers without a length
    if (marker === 0xd9 || marker === 0xda) return null; // end, or image data before any frame header
    const length = u16(b, i);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) return i + 7 <= b.length ? { height: u16(b, i + 3), width: u16(b, i + 5) } : null;
    i += length;
  }
  return null;
}

function sniff(b: Bytes): ImageCheck {
  if (b.length > IMAGE_LIMITS.bytes) return fail(`The image is larger than ${MB} MB. Save it smaller (a chart rarely needs more than 1 MB) and add it again.`);
  const png = pngSize(b);
  const size = png ?? jpegSize(b);
  if (!size) return fail('This is not a PNG or JPEG image (or the file is damaged). Only PNG and JPEG images can be added.');
  const { width, height } = size;
  if (width < 1 || height < 1) return fail('The image has no size (0 pixels wide or high); the file may be damaged.');
  if (width > IMAGE_LIMITS.side || height > IMAGE_LIMITS.side || width * height > IMAGE_LIMITS.pixels) {
    return fail(
      `The image is ${width} × ${height} pixels, more than ${IMAGE_LIMITS.side.toLocaleString('en-GB')} pixels a side or ${IMAGE_LIMITS.pixels / 1_000_000} million in all. Save it smaller and add it again.`,
    );
  }
  return { ok: true, facts: { type: png ? 'png' : 'jpg', width, height, bytes: b.length } };
}

/** Checks a file's bytes (picked, pasted or dropped). */
export function inspectImage(bytes: Uint8Array): ImageCheck {
  return sniff({ length: bytes.length, at: (i) => bytes[i] ?? 0 });
}

/**
 * Checks a stored or pasted src: a data URL of PNG or JPEG whose base64 is strict, whose decoded size
 * is within the limit and whose bytes are the type it names. Reads only the header bytes it needs.
 */
export function checkImageSrc(src: string): ImageCheck {
  if (typeof src !== 'string') return fail('An image must be a PNG or JPEG held in the document.');
  const m = PREFIX.exec(src);
  if (!m)
    return fail(
      'An image must be a PNG or JPEG held in the document (a data:image/png or data:image/jpeg base64 URL); links to images elsewhere are not allowed.',
    );
  if (src.length > MAX_IMAGE_SRC_CHARS) return fail(`The image is larger than ${MB} MB.`);
  const data = src.slice(m[0].length);
  if (!isBase64(data)) return fail('The image data is damaged (it is not valid base64).');
  const result = sniff({ length: decodedLength(data), at: (i) => byteAt(data, i) });
  if (!result.ok) return result;
  const named = m[1] === 'png' ? 'png' : 'jpg';
  if (result.facts.type !== named) return fail(`The image says it is ${IMAGE_MIME[named]} but its contents are ${IMAGE_MIME[result.facts.type]}.`);
  return result;
}

/** The data URL of a file's bytes, with its facts; or why it cannot be an image. */
export function imageSrcOf(bytes: Uint8Array): { ok: true; src: string; facts: ImageFacts } | { ok: false; reason: string } {
  const check = inspectImage(bytes);
  if (!check.ok) return check;
  return { ok: true, src: `data:${IMAGE_MIME[check.facts.type]};base64,${encodeBase64(bytes)}`, facts: check.facts };
}

/** The bytes and type of a valid src (for the Word export); null if it is not one. */
export function imageData(src: string): { type: ImageType; bytes: Uint8Array } | null {
  const check = checkImageSrc(src);
  if (!check.ok) return null;
  const bytes = decodeBase64(src.slice(src.indexOf(',') + 1));
  return bytes ? { type: check.facts.type, bytes } : null;
}
