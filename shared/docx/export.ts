// Packing to bytes. Packer.pack(…, 'uint8array') works in Node and in the browser/renderer alike
// (Packer.toBuffer needs Node's Buffer), so the same call serves the app and the command line.
import { Packer } from 'docx';
import type { PaperBundle } from '../papers/model';
import { EXEMPTION_MISSING_FOR_EXPORT, lacksExemptionReason } from '../papers/publicity';
import { imagesWithoutAlt, missingAltMessage } from './alt-text';
import { buildPaperDocument } from './document';
import type { BuildOptions } from './document';

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

export async function exportPaperDocx(bundle: PaperBundle, options: BuildOptions = {}): Promise<Uint8Array> {
  if (lacksExemptionReason(bundle.paper.cover)) throw new ExportRefusedError(EXEMPTION_MISSING_FOR_EXPORT, 'exemptionReason');
  const missing = imagesWithoutAlt(bundle);
  if (missing.length) throw new ExportRefusedError(missingAltMessage(missing));
  return Packer.pack(buildPaperDocument(bundle, options), 'uint8array');
}
