// Files in and out for update packs: the packs made for a round as one zip (one save, however many
// officers), and returned files read into returns (xlsx or Panelwright pack) for the review.
import JSZip from 'jszip';
import type { UpdatePack } from '../../shared/packs/model';
import { packFileName } from '../../shared/packs/make';
import { readReturnFile } from '../../shared/packs/read-return';
import { writeXlsxPack } from '../../shared/packs/xlsx-write';
import type { ReturnFile } from '../../shared/packs/read-return';

export async function packsZip(packs: readonly UpdatePack[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const used = new Set<string>();
  for (const p of packs) {
    let name = packFileName(p, 'xlsx');
    for (let n = 2; used.has(name); n++) name = packFileName(p, 'xlsx').replace(/\.xlsx$/, ` (${n}).xlsx`);
    used.add(name);
    zip.file(name, await writeXlsxPack(p));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export async function readReturnFiles(files: readonly File[]): Promise<ReturnFile[]> {
  const out: ReturnFile[] = [];
  for (const f of files) out.push(await readReturnFile(f.name, new Uint8Array(await f.arrayBuffer())));
  return out;
}
