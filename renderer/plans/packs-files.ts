// Files in and out for update packs: the packs made for a round as one zip (shared/packs/packs-zip.ts),
// and returned files read into returns (xlsx or Panelwright pack) for the review.
import { readReturnFile } from '../../shared/packs/read-return';
import type { ReturnFile } from '../../shared/packs/read-return';

export { packsZip } from '../../shared/packs/packs-zip';
export type { PackFormat } from '../../shared/packs/packs-zip';

export async function readReturnFiles(files: readonly File[]): Promise<ReturnFile[]> {
  const out: ReturnFile[] = [];
  for (const f of files) out.push(await readReturnFile(f.name, new Uint8Array(await f.arrayBuffer())));
  return out;
}
