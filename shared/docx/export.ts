// Packing to bytes. Packer.pack(…, 'uint8array') works in Node and in the browser/renderer alike
// (Packer.toBuffer needs Node's Buffer), so the same call serves the app and the command line.
import { Packer } from 'docx';
import type { PaperBundle } from '../papers/model';
import { buildPaperDocument } from './document';
import type { BuildOptions } from './document';

export async function exportPaperDocx(bundle: PaperBundle, options: BuildOptions = {}): Promise<Uint8Array> {
  return Packer.pack(buildPaperDocument(bundle, options), 'uint8array');
}
