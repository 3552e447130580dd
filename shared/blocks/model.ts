// A data block placed in a paper: where its figures come from (source) and, once the paper is
// final, what it printed (frozen). The rich-text body holds only a { type: 'dataBlock', blockId }
// node; this record holds the rest.
import type { RecordMeta } from '../records/meta';
import type { BlockContent } from './content';
import type { Wording } from './wording';

/** A computed figure the author replaced: what prints instead, and why (shown in the app, never printed). */
export interface FigureOverride {
  readonly value: string;
  readonly reason: string;
}

/** What the author chose for a placed block, whatever its kind. Every field is optional: older blocks have none. */
export interface BlockOptions {
  /** The author's wording of the sentences the block prints by itself, by entry key (shared/blocks/wording.ts). */
  readonly wording?: Wording;
  /** In a numbered section, the block's paragraphs take the section's paragraph numbers (5.40, 5.41 …). */
  readonly numbered?: boolean;
  /** Figures the author replaced, by the figure's key (shared/blocks/overrides.ts). */
  readonly overrides?: Readonly<Record<string, FigureOverride>>;
}

/**
 * Every kind of block and what it needs to find its data. Period ids are ReportingPeriod ids
 * (shared/periods). Adding a kind: "Where a new feature goes" in docs/ARCHITECTURE.md (the compiler
 * then names the registry entry and the insert form it still needs).
 */
export type BlockSource = BlockOptions &
  /** One theme's update (themeId), or every theme of the plan (null), for one period. */
  (
    | { readonly kind: 'planThemeUpdate'; readonly planId: string; readonly themeId: string | null; readonly periodId: string }
    /** Counts per status over periods, for one theme or the whole plan. */
    | { readonly kind: 'planStatusChart'; readonly planId: string; readonly themeId: string | null; readonly periodIds: readonly string[] }
    /** The RAGB summary table for two periods, and the movement sentence (the author's own wording when set). */
    | {
        readonly kind: 'measuresSummary';
        readonly planId: string;
        readonly periodId: string;
        readonly previousPeriodId: string;
        readonly sentence: string | null;
      }
    /**
     * Chosen measures (all of the plan's when empty) with values for two periods and, by `statusColumn`,
     * their status against target with its movement (absent: 'target'), the period's grade, or the
     * trend from the previous period's figure; `commentColumn` adds each value's note as a comment.
     */
    | {
        readonly kind: 'measuresTable';
        readonly planId: string;
        readonly measureIds: readonly string[];
        readonly periodId: string;
        readonly previousPeriodId: string;
        readonly statusColumn?: 'target' | 'grade' | 'trend';
        readonly commentColumn?: boolean;
      }
    /** The measures rated Red or Blue in a period. */
    | { readonly kind: 'measureExceptions'; readonly planId: string; readonly periodId: string; readonly previousPeriodId: string }
    /** One measure's values over periods with its target line. */
    | { readonly kind: 'measureTrendChart'; readonly measureId: string; readonly periodIds: readonly string[] }
    | { readonly kind: 'caseStudy'; readonly caseStudyId: string }
    /** Every case study presented to the paper's committee before its meeting, and the one for this meeting. */
    | { readonly kind: 'previousCaseStudies' }
    | { readonly kind: 'forwardPlan'; readonly forwardPlanId: string }
    | { readonly kind: 'dataTable'; readonly dataTableId: string }
    | { readonly kind: 'ambitions'; readonly planId: string }
    /**
     * A plan's deliverables as an action plan: objectives (themes; one, or all when null) with their
     * actions, owners and when; with a period (periodId not null) also each action's update and status
     * for it. `titles` rewords the Action / Owner / Completion date or frequency column titles (null: those).
     */
    | {
        readonly kind: 'actionPlan';
        readonly planId: string;
        readonly themeId: string | null;
        readonly periodId: string | null;
        readonly titles: { readonly action: string; readonly owner: string; readonly when: string } | null;
      }
    /**
     * A plan on a page: each theme (one, or all when null) in the first column with its priorities
     * and/or objectives (`columns`, in print order; none: the themes alone) listed beside it.
     */
    | {
        readonly kind: 'planOverview';
        readonly planId: string;
        readonly themeId: string | null;
        readonly columns: readonly ('priorities' | 'objectives')[];
      }
  );

export type BlockKind = BlockSource['kind'];

export interface PaperBlock extends RecordMeta {
  readonly paperId: string;
  readonly source: BlockSource;
  /** What the block printed when the paper was marked final; null while the paper is a draft. */
  readonly frozen: BlockContent | null;
}

/** Every reporting-period id a block's source names, so a period in use is never removed under it. */
export function sourcePeriodIds(source: BlockSource): string[] {
  const ids: string[] = [];
  if ('periodId' in source && source.periodId !== null) ids.push(source.periodId);
  if ('previousPeriodId' in source) ids.push(source.previousPeriodId);
  if ('periodIds' in source) ids.push(...source.periodIds);
  return ids;
}
