import { createContext, useContext } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { missingContent } from '../../shared/blocks/content';
import type { BlockContent } from '../../shared/blocks/content';
import { blockContent } from '../../shared/blocks/resolve';
import type { PaperBlock } from '../../shared/blocks/model';
import { db } from '../db/database';
import { loadBlockData } from './load-block-data';
import { paperHouseStyle } from '../../shared/house-style/house-style';
import type { HouseStyle } from '../../shared/house-style/model';
import { DEFAULT_HOUSE_STYLE } from '../../shared/house-style/model';

export type BlockState = { block: PaperBlock; content: BlockContent; frozen: boolean; style: HouseStyle } | { block: null };

/**
 * What an issued version printed, by block id: a paper shown as issued (or an older version opened
 * read-only) provides it, so its blocks show the frozen content, never today's data.
 */
export const FrozenBlocks = createContext<Readonly<Record<string, BlockContent>> | null>(null);

/** The house style the shown paper prints in (an issued version: the one it was issued in). */
export const PaperStyle = createContext<HouseStyle>(DEFAULT_HOUSE_STYLE);

/** A placed block's content: frozen when shown inside an issued version, else live (re-resolved when its data changes). */
export function useBlockContent(blockId: string): BlockState | undefined {
  const frozen = useContext(FrozenBlocks);
  const frozenStyle = useContext(PaperStyle);
  const live = useLiveQuery(async (): Promise<BlockState> => {
    const block = await db.blocks.get(blockId);
    if (!block) return { block: null };
    const paper = await db.papers.get(block.paperId);
    if (frozen) return { block, content: frozen[blockId] ?? missingContent('This block'), frozen: true, style: frozenStyle };
    if (!paper) return { block: null };
    // the committee's house style, which blocks print in (dates, money, headings, columns)
    const style = paperHouseStyle(await db.houseStyles.toArray(), paper);
    const data = await loadBlockData(db, block.source.kind);
    return { block, content: blockContent(block, data, paper, style), frozen: false, style };
  }, [blockId, frozen, frozenStyle]);
  return live;
}
