// The command line's packing (the library's compiled parts, zipped with Node's zlib) must give the
// very package Packer.pack gives: the same parts in the same order with the same contents.
import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportPaperDocx } from './export';
import { GOLDEN_PAPERS } from './testing/golden-papers';
import { normalisedParts } from './testing/normalise';
import { zipParts } from './zip-parts';

const zlib = { deflateRaw: (d: Uint8Array) => deflateRawSync(d, { level: 6 }), crc32: (d: Uint8Array) => crc32(d) };
const GENERATED_AT = new Date('2017-11-25T12:00:00.000Z');

describe('packing with a native DEFLATE', () => {
  for (const { name, bundle } of GOLDEN_PAPERS) {
    it(`${name}: the same parts, in the same order, as the library's own packing`, async () => {
      const ours = await exportPaperDocx(bundle(), { generatedAt: GENERATED_AT }, zlib);
      const library = await exportPaperDocx(bundle(), { generatedAt: GENERATED_AT });
      expect([...(await normalisedParts(ours))]).toEqual([...(await normalisedParts(library))]);
      // Word wants [Content_Types].xml readable; every zip reader here opens the file.
      expect(Object.keys(unzipSync(ours))).toEqual(Object.keys(unzipSync(library)));
    });
  }

  it('keeps incompressible parts stored and names outside ASCII readable', async () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
    const bytes = zipParts(
      new Map<string, string | Uint8Array>([
        ['word/media/noise.bin', noise],
        ['word/Überschrift.xml', '<a>é</a>'],
        ['empty.txt', ''],
      ]),
      zlib,
    );
    const files = unzipSync(bytes);
    expect(files['word/media/noise.bin']).toEqual(noise);
    expect(new TextDecoder().decode(files['word/Überschrift.xml'])).toBe('<a>é</a>');
    expect(files['empty.txt']).toEqual(new Uint8Array());
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('word/Überschrift.xml')?.async('string')).toBe('<a>é</a>');
    expect(await zip.file('word/media/noise.bin')?.async('uint8array')).toEqual(noise);
  });
});
