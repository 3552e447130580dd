// The same paper always packs to the same bytes: what issuing needs, so an issued version exported
// again is byte-identical and its SHA-256 means something. The docx library takes ids from
// Math.random (nanoid) and stamps the core properties and every zip entry with the clock; here the
// ids come from a generator seeded by the version, and every date is the version's own.
import { Packer } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { PaperBundle } from '../papers/model';
import { seededRandom } from '../testing/seeded-random';
import { imagesWithoutAlt, missingAltMessage } from './alt-text';
import { buildPaperDocument } from './document';
import type { BuildOptions } from './document';
import { ExportRefusedError } from './export';
import { must } from '../records/must';

/** A 32-bit seed from text (FNV-1a), so a version id always seeds the same ids. */
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Runs `build` with Math.random replaced by a seeded generator; the docx library builds synchronously. */
function withSeededRandom<T>(seed: string, build: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seedOf(seed)).next;
  try {
    return build();
  } finally {
    Math.random = original;
  }
}

/** The core properties' created/modified stamps set to `at` (our own output, so its shape is known). */
function stampCore(xml: string, at: string): string {
  const iso = at.replace(/\.\d+Z$/, 'Z');
  return xml.replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${iso}$2`);
}

/**
 * Packs the paper as of `at` (an ISO instant, e.g. when it was issued), with ids seeded by `seed`
 * (e.g. the issued version's id). Same bundle, `at` and `seed` → the same bytes, in Node and the app.
 */
export async function exportPaperDocxAt(bundle: PaperBundle, at: string, seed: string, onProgress?: BuildOptions['onProgress']): Promise<Uint8Array> {
  const missing = imagesWithoutAlt(bundle);
  if (missing.length) throw new ExportRefusedError(missingAltMessage(missing));
  const when = new Date(at);
  const packed = withSeededRandom(seed, () =>
    Packer.pack(buildPaperDocument(bundle, { generatedAt: when, ...(onProgress ? { onProgress } : {}) }), 'uint8array'),
  );
  const parts = unzipSync(await packed);
  if (parts['docProps/core.xml']) parts['docProps/core.xml'] = strToU8(stampCore(strFromU8(parts['docProps/core.xml']), at));
  // A fixed entry order ([Content_Types].xml first, as Word writes it) and one date for every entry.
  const names = Object.keys(parts).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const ordered = Object.fromEntries(names.map((n) => [n, must(parts[n], 'parts[n]')]));
  // Zip entries carry local DOS times, which would make the bytes depend on the machine's time zone:
  // every entry gets the same fixed local time instead (the real date is in docProps/core.xml).
  return zipSync(ordered, { level: 6, mtime: new Date(1980, 0, 1, 12, 0, 0) });
}
