// THE list of data-block kinds. Each feature declares its own kinds in shared/<feature>/block-kinds.ts
// (what the Insert data dialog calls it, the tables its resolver reads, the resolver, and example
// sources built from whatever records a database holds); this file gathers them, and everything that
// needs "every kind" derives from it: resolveBlock (resolve.ts), what the app loads for a block
// (renderer/blocks/load-block-data.ts), the Insert data dialog (renderer/blocks/insert-kinds.ts, which
// adds each kind's form), and the export and fuzz tests (which export every kind's examples). The
// types make the compiler name every place a new kind must be added.
import type { DatabaseSnapshot, SnapshotTable } from '../backup/snapshot';
import { LIBRARY_BLOCK_KINDS } from '../library/block-kinds';
import { MEASURE_BLOCK_KINDS } from '../measures/block-kinds';
import { PLAN_BLOCK_KINDS } from '../plans/block-kinds';
import type { BlockKind, BlockSource } from './model';
import type { BlockResolver } from './resolve';
import type { WordingEntry } from './wording';
import type { RollContext } from './roll-forward';

export type SourceOf<K extends BlockKind> = Extract<BlockSource, { kind: K }>;

export interface BlockKindDef<K extends BlockKind> {
  /** The Insert data dialog's group ("Delivery plans"), name and one line on what it prints. */
  readonly group: string;
  readonly label: string;
  readonly description: string;
  /** Whether it is usually an appendix of its own (the dialog suggests that). */
  readonly appendixByDefault: boolean;
  /** The only tables the resolver reads: the app loads just these to show or export the block. */
  readonly reads: readonly SnapshotTable[];
  readonly resolve: BlockResolver<K>;
  /**
   * Sources of this kind that point at records in `data` (the first plan, its latest period …), or
   * none when `data` has nothing to show. Tests export every kind's examples of the sample and of
   * hostile data, so a new kind is covered without anyone remembering.
   */
  readonly examples: (data: DatabaseSnapshot) => readonly SourceOf<K>[];
  /** The sentences it prints by itself, which the author may reword or switch off per block (wording.ts). */
  readonly wording?: readonly WordingEntry[];
  /**
   * The same block for the next paper (its periods moved on), and what the author must check; absent
   * for kinds that print current data whatever the period (a forward plan, a table).
   */
  readonly rollForward?: (source: SourceOf<K>, ctx: RollContext) => { source: SourceOf<K>; check: string | null };
  /** Whether `data` already holds what the block reports for its period(s); absent: always. */
  readonly hasData?: (source: SourceOf<K>, data: DatabaseSnapshot) => boolean;
}

export type BlockKindTable = { readonly [K in BlockKind]: BlockKindDef<K> };

export const BLOCK_KINDS: BlockKindTable = { ...PLAN_BLOCK_KINDS, ...MEASURE_BLOCK_KINDS, ...LIBRARY_BLOCK_KINDS };

/** Every kind, in the order the Insert data dialog lists them. */
export const BLOCK_KIND_NAMES = Object.keys(BLOCK_KINDS) as BlockKind[];

/** Every kind's example sources in `data`, in kind order. */
export function exampleSources(data: DatabaseSnapshot): BlockSource[] {
  return BLOCK_KIND_NAMES.flatMap((k) => (BLOCK_KINDS[k] as BlockKindDef<BlockKind>).examples(data));
}

/** The sentences a kind prints by itself (none for most tables and charts). */
export const wordingOf = (kind: BlockKind): readonly WordingEntry[] => (BLOCK_KINDS[kind] as BlockKindDef<BlockKind>).wording ?? [];
