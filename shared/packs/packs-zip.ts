// The packs made for a round as one zip (one save, however many officers): the app's Send update
// packs… and the benchmark make it here. Workbooks are zips already, so they are stored as they are
// (deflating them again only cost time: it saved about a tenth of their size); Panelwright packs are
// JSON and are deflated.
import JSZip from 'jszip';
import type { UpdatePack } from './model';
import { packFileName } from './make';
import { writePwpack } from './pwpack';
import { writeXlsxPack } from './xlsx-write';

/** Which files each officer gets: an Excel workbook, a Panelwright pack, or both. */
export type PackFormat = 'xlsx' | 'pwpack' | 'both';

export async function packsZip(packs: readonly UpdatePack[], format: PackFormat = 'xlsx'): Promise<Uint8Array> {
  const zip = new JSZip();
  const used = new Set<string>();
  const add = (p: UpdatePack, ext: 'xlsx' | 'pwpack', data: Uint8Array) => {
    let name = packFileName(p, ext);
    for (let n = 2; used.has(name); n++) name = packFileName(p, ext).replace(new RegExp(`\\.${ext}$`), ` (${n}).${ext}`);
    used.add(name);
    zip.file(name, data, { compression: ext === 'xlsx' ? 'STORE' : 'DEFLATE' });
  };
  for (const p of packs) {
    if (format !== 'pwpack') add(p, 'xlsx', await writeXlsxPack(p));
    if (format !== 'xlsx') add(p, 'pwpack', await writePwpack(p));
  }
  return zip.generateAsync({ type: 'uint8array' });
}
