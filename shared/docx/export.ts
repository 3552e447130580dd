// Packing to bytes. Packer.pack(…, 'uint8array') works in Node and in the browser/renderer alike
// (Packer.toBuffer needs Node's Buffer), so the same call serves the app and the command line. The
// command line passes a native DEFLATE (Node's zlib) and zips the same parts itself (zip-parts.ts).
import { Packer } from 'docx';
import type { Document } from 'docx';
import type { PaperBundle } from '../papers/model';
import { EXEMPTION_MISSING_FOR_EXPORT, lacksExemptionReason } from '../papers/publicity';
import { imagesWithoutAlt, missingAltMessage } from './alt-text';
import { buildPaperDocument } from './document';
import type { BuildOptions } from './document';
import { zipParts } from './zip-parts';
import type { Deflater } from './zip-parts';

/** The paper cannot be exported as it is; the message says what to change, `field` where (if one field). */
export class ExportRefusedError extends Error {
  override name = 'ExportRefusedError';
  constructor(
    message: string,
    readonly field?: 'exemptionReason',
  ) {
    super(message);
  }
}

type CompileParts = (file: Document, prettify?: undefined, overrides?: readonly never[]) => ReadonlyMap<string, string | Uint8Array>;

/**
 * The package's parts, by path in zip order, exactly as Packer.pack compiles them before zipping;
 * null if this version of the library has no such compiler (its `compiler` is private API).
 */
export function compiledParts(doc: Document): ReadonlyMap<string, string | Uint8Array> | null {
  const compiler = (Packer as unknown as { compiler?: { compile?: CompileParts } }).compiler;
  if (typeof compiler?.compile !== 'function') return null;
  const parts = compiler.compile(doc, undefined, []);
  return parts instanceof Map ? parts : null;
}

/** The paper as .docx bytes; with `deflater`, zipped by zipParts (else by the library). */
export async function exportPaperDocx(bundle: PaperBundle, options: BuildOptions = {}, deflater?: Deflater): Promise<Uint8Array> {
  if (lacksExemptionReason(bundle.paper.cover)) throw new ExportRefusedError(EXEMPTION_MISSING_FOR_EXPORT, 'exemptionReason');
  const missing = imagesWithoutAlt(bundle);
  if (missing.length) throw new ExportRefusedError(missingAltMessage(missing));
  const doc = buildPaperDocument(bundle, options);
  const parts = deflater ? compiledParts(doc) : null;
  return parts && deflater ? zipParts(parts, deflater) : Packer.pack(doc, 'uint8array');
}
