// Data blocks placed in papers (shared/blocks). A block is created when the author inserts it and
// is pointed at by a { type: 'dataBlock' } node in a section or appendix body.
import type { BlockSource, PaperBlock } from '../../shared/blocks/model';
import { createMeta, touch } from '../../shared/records/meta';
import { userAction } from './action';
import type { PanelwrightDb } from './database';
import { addAppendix } from './children-repo';
import { validBlock } from './validate';
import { editablePaper } from './paper-guard';

/** A new block record for the paper; returns its id (the caller places the node in a body). */
export function createBlock(db: PanelwrightDb, paperId: string, source: BlockSource): Promise<string> {
  return userAction(db, [db.blocks, db.papers], async ({ by, at }) => {
    const paper = await editablePaper(db, paperId);
    if (!paper) throw new Error('That paper no longer exists.');
    const block: PaperBlock = { ...createMeta(by, at), paperId, source, frozen: null };
    await db.blocks.add(validBlock(block));
    return block.id;
  });
}

/** Changes what a block shows (another period, the author's own sentence …). */
export function updateBlockSource(db: PanelwrightDb, blockId: string, source: BlockSource): Promise<void> {
  return userAction(db, [db.blocks, db.papers], async ({ by, at }) => {
    const b = await db.blocks.get(blockId);
    if (!b) return;
    await editablePaper(db, b.paperId);
    await db.blocks.put(validBlock(touch(b, { source }, by, at)));
  });
}

/** Adds an appendix (after the last) holding just this block; returns the appendix id. */
export async function insertBlockAsAppendix(db: PanelwrightDb, paperId: string, source: BlockSource, title: string): Promise<string> {
  const blockId = await createBlock(db, paperId, source);
  // The appendix is born holding the block: an editor mounted on an empty body first would keep its own copy.
  return addAppendix(db, paperId, { title, body: { type: 'doc', content: [{ type: 'dataBlock', attrs: { blockId } }, { type: 'paragraph' }] } });
}
