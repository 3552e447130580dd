// Copying a paper copies its data blocks too: new block ids, the body nodes pointing at them, and
// nothing frozen (the copy is a draft, so its blocks show current data).
import type { BlockNode, RichDoc } from '../richtext/model';
import { createMeta } from '../records/meta';
import type { PaperBlock } from './model';

export function copyBlocks(
  blocks: readonly PaperBlock[],
  paperId: string,
  by: string,
  at: string,
): { blocks: PaperBlock[]; newIdOf: ReadonlyMap<string, string> } {
  const newIdOf = new Map<string, string>();
  const copies = blocks.map((b): PaperBlock => {
    const copy: PaperBlock = { ...b, ...createMeta(by, at), paperId, frozen: null };
    newIdOf.set(b.id, copy.id);
    return copy;
  });
  return { blocks: copies, newIdOf };
}

/** The body with each dataBlock node pointing at its copy; a node whose block was not copied is dropped. */
export function remapDataBlocks(doc: RichDoc, newIdOf: ReadonlyMap<string, string>): RichDoc {
  const content = doc.content.flatMap((b): BlockNode[] => {
    if (b.type !== 'dataBlock') return [b];
    const id = newIdOf.get(b.attrs.blockId);
    return id ? [{ type: 'dataBlock', attrs: { blockId: id } }] : [];
  });
  return { ...doc, content };
}
