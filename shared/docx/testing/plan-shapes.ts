// For tests and manual checks: the sample with a plan overview (its theme given objectives) in a
// section and a measures table graded, with its trend and comments, in an appendix — the shapes of
// issue 12 a real paper prints.
import type { DatabaseSnapshot } from '../../backup/snapshot';
import type { BlockSource } from '../../blocks/model';
import { resolveBlock } from '../../blocks/resolve';
import type { PaperBundle } from '../../papers/model';
import { doc, para } from '../../richtext/build';
import { SAMPLE_JUL17, SAMPLE_SEP17 } from '../../sample/measures';
import { SAMPLE_PLAN_ID } from '../../sample/plan';
import { sampleSnapshot } from '../../sample/reference-paper';
import { bundleWithBodies } from '../fixtures';
import { must } from '../../records/must';

export const PLAN_OVERVIEW_SOURCE: BlockSource = { kind: 'planOverview', planId: SAMPLE_PLAN_ID, themeId: null, columns: ['priorities', 'objectives'] };
export const GRADED_MEASURES_SOURCE: BlockSource = {
  kind: 'measuresTable',
  planId: SAMPLE_PLAN_ID,
  measureIds: [],
  periodId: SAMPLE_SEP17,
  previousPeriodId: SAMPLE_JUL17,
  statusColumn: 'grade',
  commentColumn: true,
};
export const TREND_MEASURES_SOURCE: BlockSource = { ...GRADED_MEASURES_SOURCE, statusColumn: 'trend', commentColumn: false };

const GRADES = ['Good', 'Requires Improvement', 'Pending'];

/** The sample, its theme with objectives and its September values graded and commented. */
export function planShapesSnapshot(): DatabaseSnapshot {
  const s = sampleSnapshot();
  return {
    ...s,
    themes: s.themes.map((t) => ({
      ...t,
      objectives: [
        'Reduce reoffending by IOM nominals by 10% by March 2018',
        'Every young person at risk offered an early intervention',
        'A single case management system across partners',
      ],
    })),
    measureValues: s.measureValues.map((v, i) =>
      v.periodId === SAMPLE_SEP17 ? { ...v, grade: GRADES[i % GRADES.length], note: v.note || `Comment on the September figure (${i + 1}).` } : v,
    ),
  };
}

/** A paper with the plan overview in section 1 and the graded and trend measures tables in an appendix. */
export function planShapesBundle(): PaperBundle {
  const data = planShapesSnapshot();
  const paper = must(data.papers[0], 'the sample paper');
  const node = (blockId: string) => ({ type: 'dataBlock' as const, attrs: { blockId } });
  return {
    ...bundleWithBodies(
      [doc(para('The plan on a page:'), node('overview'), para('After the overview.'))],
      [doc(para('Graded measures:'), node('graded'), para('Trend:'), node('trend'))],
    ),
    blocks: {
      overview: resolveBlock(PLAN_OVERVIEW_SOURCE, data, paper),
      graded: resolveBlock(GRADED_MEASURES_SOURCE, data, paper),
      trend: resolveBlock(TREND_MEASURES_SOURCE, data, paper),
    },
  };
}
