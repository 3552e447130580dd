import { useLiveQuery } from 'dexie-react-hooks';
import type { BlockContent } from '../../shared/blocks/content';
import { blockContent } from '../../shared/blocks/resolve';
import type { PaperBlock } from '../../shared/blocks/model';
import { db } from '../db/database';
import { loadBlockData } from './load-block-data';

export type BlockState = { block: PaperBlock; content: BlockContent; frozen: boolean } | { block: null };

/** A placed block's content, live: re-resolved when its data changes (frozen content for a final paper). */
export function useBlockContent(blockId: string): BlockState | undefined {
  return useLiveQuery(async (): Promise<BlockState> => {
    const block = await db.blocks.get(blockId);
    if (!block) return { block: null };
    const paper = await db.papers.get(block.paperId);
    if (!paper) return { block: null };
    const frozen = paper.status === 'final' && block.frozen !== null;
    const data = frozen ? null : await loadBlockData(db, block.source.kind);
    // blockContent returns the frozen content without reading data when the paper is final
    return { block, content: frozen ? block.frozen! : blockContent(block, data!, paper), frozen };
  }, [blockId]);
}
