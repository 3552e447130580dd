import { describe, expect, it } from 'vitest';
import { byteAt, decodeBase64, encodeBase64, isBase64 } from './base64';
import { IMAGE_LIMITS, checkImageSrc, imageData, imageSrcOf, inspectImage } from './image';
import { dataUrl, testJpeg, testPng } from './image-fixtures';

describe('base64', () => {
  it('round-trips every length of tail (0, 1 and 2 padding characters) and matches Node', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 100, 3 * 8192 + 1]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff);
      const b64 = encodeBase64(bytes);
      expect(b64).toBe(Buffer.from(bytes).toString('base64'));
      expect(decodeBase64(b64)).toEqual(bytes);
      bytes.forEach((b, i) => i < 10 && expect(byteAt(b64, i)).toBe(b));
    }
  });
  it('refuses anything but strict, padded base64', () => {
    for (const bad of ['abc', 'ab=c', 'a===', 'ab c', 'ab\ncd==', 'ab-_', 'abcd=', '====']) expect(isBase64(bad), bad).toBe(false);
    expect(decodeBase64('ab$d')).toBeNull();
    expect(isBase64('')).toBe(true);
  });
});

describe('inspectImage (a picked, pasted or dropped file)', () => {
  it('reads a PNG’s type and size from its header', () => {
    expect(inspectImage(testPng(40, 30))).toMatchObject({ ok: true, facts: { type: 'png', width: 40, height: 30 } });
  });
  it('reads a JPEG’s size from its frame header, past large segments and fill bytes', () => {
    expect(inspectImage(testJpeg(640, 480))).toMatchObject({ ok: true, facts: { type: 'jpg', width: 640, height: 480 } });
    expect(inspectImage(testJpeg(1200, 900, { app1Bytes: 30_000, fill: true }))).toMatchObject({ ok: true, facts: { width: 1200, height: 900 } });
  });
  it('refuses other formats and damaged files with a sentence saying what is allowed', () => {
    const gif = Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0]);
    for (const bytes of [
      gif,
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      new Uint8Array(),
      testPng().slice(0, 20),
      testJpeg(10, 10).slice(0, 30),
    ]) {
      const r = inspectImage(bytes);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.reason).toMatch(/Only PNG and JPEG/);
    }
  });
  it('refuses an image without a size, or too many pixels', () => {
    expect(inspectImage(testJpeg(0, 10))).toMatchObject({ ok: false, reason: expect.stringMatching(/no size/) });
    expect(inspectImage(testJpeg(IMAGE_LIMITS.side + 1, 10))).toMatchObject({ ok: false, reason: expect.stringMatching(/10,000 pixels a side/) });
    expect(inspectImage(testJpeg(9000, 9000))).toMatchObject({ ok: false, reason: expect.stringMatching(/million/) });
  });
  it('refuses a file over the size limit before reading it', () => {
    const big = new Uint8Array(IMAGE_LIMITS.bytes + 1);
    big.set(testPng());
    expect(inspectImage(big)).toMatchObject({ ok: false, reason: expect.stringMatching(/larger than 5 MB/) });
  });
});

describe('checkImageSrc (stored, restored or pasted src)', () => {
  it('accepts PNG and JPEG data URLs whose bytes are that type', () => {
    expect(checkImageSrc(dataUrl('image/png', testPng(7, 5)))).toMatchObject({ ok: true, facts: { type: 'png', width: 7, height: 5 } });
    expect(checkImageSrc(dataUrl('image/jpeg', testJpeg(33, 44)))).toMatchObject({ ok: true, facts: { type: 'jpg', width: 33, height: 44 } });
  });
  it('refuses remote, script, file and other data URLs', () => {
    for (const src of [
      'https://example.org/chart.png',
      'http://127.0.0.1/x.png',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'blob:https://x/1',
      'data:image/svg+xml;base64,PHN2Zy8+',
      'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
      'data:image/png,rawbytes',
      'DATA:IMAGE/PNG;BASE64,iVBORw0KGgo=',
      '',
    ]) {
      const r = checkImageSrc(src);
      expect(r.ok, src).toBe(false);
      expect(!r.ok && r.reason, src).toMatch(/PNG or JPEG held in the document/);
    }
  });
  it('refuses a src whose bytes are not the type it names (wrong magic)', () => {
    expect(checkImageSrc(dataUrl('image/png', testJpeg(5, 5)))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/says it is image\/png but its contents are image\/jpeg/),
    });
    expect(checkImageSrc(dataUrl('image/jpeg', testPng()))).toMatchObject({ ok: false });
    expect(checkImageSrc(dataUrl('image/png', new TextEncoder().encode('GIF89a not a png at all')))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a PNG or JPEG/),
    });
  });
  it('refuses data that is not base64', () => {
    const good = dataUrl('image/png', testPng());
    for (const src of [`${good.slice(0, 40)}!${good.slice(41)}`, `${good} `, good.slice(0, -1), good.replace(',', ',\n')]) {
      expect(checkImageSrc(src)).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid base64/) });
    }
  });
  it('refuses an image over 5 MB decoded, without decoding it', () => {
    const big = new Uint8Array(IMAGE_LIMITS.bytes + 3);
    big.set(testPng());
    expect(checkImageSrc(dataUrl('image/png', big))).toMatchObject({ ok: false, reason: expect.stringMatching(/larger than 5 MB/) });
    // exactly at the limit is fine
    const atLimit = new Uint8Array(IMAGE_LIMITS.bytes);
    atLimit.set(testPng());
    expect(checkImageSrc(dataUrl('image/png', atLimit)).ok).toBe(true);
  });
});

describe('imageSrcOf and imageData', () => {
  it('make a data URL of a file and read the same bytes back', () => {
    const png = testPng(9, 2);
    const made = imageSrcOf(png);
    expect(made.ok && made.src.startsWith('data:image/png;base64,')).toBe(true);
    expect(made.ok && imageData(made.src)).toEqual({ type: 'png', bytes: png });
    const jpg = imageSrcOf(testJpeg(3, 3));
    expect(jpg.ok && jpg.src.startsWith('data:image/jpeg;base64,')).toBe(true);
  });
  it('give a reason for a file that is not an image, and null for a bad src', () => {
    expect(imageSrcOf(new TextEncoder().encode('hello'))).toMatchObject({ ok: false });
    expect(imageData('https://example.org/a.png')).toBeNull();
  });
});
