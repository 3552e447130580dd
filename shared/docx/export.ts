// Packing to bytes. Packer.pack(…, 'uint8array') works in Node and in the browser/renderer alike
// (Packer.toBuffer needs Node's Buffer), so the same call serves the app and the command line.
import { Packer } from 'docx';
import type { PaperBundle } from '../papers/model';
import { imagesWithoutAlt, missingAltMessage } from './alt-text';
import { buildPaperDocument } from './document';
import type { BuildOptions } from './document';

/** The paper cannot be exported as it is; the message says what to change. */
export class ExportRefusedError extends Error {
  override name = 'ExportRefusedError';
}

export async function exportPaperDocx(bundle: PaperBundle, options: BuildOptions = {}): Promise<Uint8Array> {
  const missing = imagesWithoutAlt(bundle);
  if (missing.length) throw new ExportRefusedError(missingAltMessage(missing));
  return Packer.pack(buildPaperDocument(bundle, options), 'uint8array');
}
