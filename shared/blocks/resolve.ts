// Turns a block's source into what it prints, from the database's records. One resolver per kind,
// each in its feature folder, registered in kinds.ts; this file only dispatches.
import type { DatabaseSnapshot } from '../backup/snapshot';
import type { Paper } from '../papers/model';
import type { BlockContent } from './content';
import { missingContent } from './content';
import type { BlockKind, BlockSource, PaperBlock } from './model';
import { BLOCK_KINDS } from './kinds';
import { applyOverrides } from './overrides';
import type { HouseStyle } from '../house-style/model';
import { DEFAULT_HOUSE_STYLE } from '../house-style/model';

/** What a resolver may read: the records of the database (soft-deleted ones it must skip) and the paper it prints in. */
export interface ResolveInput<K extends BlockKind = BlockKind> {
  readonly source: Extract<BlockSource, { kind: K }>;
  readonly data: DatabaseSnapshot;
  readonly paper: Paper;
  /** How the paper's committee prints (dates, money, headings, status cells, theme-update columns). */
  readonly style: HouseStyle;
}

export type BlockResolver<K extends BlockKind> = (input: ResolveInput<K>) => BlockContent;

/**
 * The block's current content, with what the author chose for it (shared/blocks/model.ts
 * BlockOptions): their figures in place of computed ones, and whether its paragraphs are numbered.
 * Never throws: a resolver that fails prints a visible placeholder.
 */
export function resolveBlock(source: BlockSource, data: DatabaseSnapshot, paper: Paper, style: HouseStyle = DEFAULT_HOUSE_STYLE): BlockContent {
  try {
    const resolver = BLOCK_KINDS[source.kind].resolve as BlockResolver<BlockKind>;
    const content = applyOverrides(resolver({ source, data, paper, style }), source.overrides);
    return source.numbered ? { ...content, numbered: true } : content;
  } catch (e) {
    return missingContent(`This block could not be built (${e instanceof Error ? e.message : String(e)})`);
  }
}

/**
 * What a placed block prints in a draft: current data. (An issued paper prints its issued version,
 * which holds every block's content frozen: shared/issued.)
 */
export function blockContent(block: PaperBlock, data: DatabaseSnapshot, paper: Paper, style: HouseStyle = DEFAULT_HOUSE_STYLE): BlockContent {
  return resolveBlock(block.source, data, paper, style);
}
