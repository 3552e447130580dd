import { createContext, useContext } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { missingContent } from '../../shared/blocks/content';
import type { BlockContent } from '../../shared/blocks/content';
import { blockContent } from '../../shared/blocks/resolve';
import type { PaperBlock } from '../../shared/blocks/model';
import { db } from '../db/database';
import { loadBlockData } from './load-block-data';

export type BlockState = { block: PaperBlock; content: BlockContent; frozen: boolean } | { block: null };

/**
 * What an issued version printed, by block id: a paper shown as issued (or an older version opened
 * read-only) provides it, so its blocks show the frozen content, never today's data.
 */
export const FrozenBlocks = createContext<Readonly<Record<string, BlockContent>> | null>(null);

/** A placed block's content: frozen when shown inside an issued version, else live (re-resolved when its data changes). */
export function useBlockContent(blockId: string): BlockState | undefined {
  const frozen = useContext(FrozenBlocks);
  const live = useLiveQuery(async (): Promise<BlockState> => {
    const block = await db.blocks.get(blockId);
    if (!block) return { block: null };
    if (frozen) return { block, content: frozen[blockId] ?? missingContent('This block'), frozen: true };
    const paper = await db.papers.get(block.paperId);
    if (!paper) return { block: null };
    const data = await loadBlockData(db, block.source.kind);
    return { block, content: blockContent(block, data, paper), frozen: false };
  }, [blockId, frozen]);
  return live;
}
