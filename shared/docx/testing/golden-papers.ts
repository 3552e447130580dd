// The papers whose Word output is kept as reference XML (golden/): the sample paper as shipped, and
// the sample paper carrying one data block of every kind (appendices, landscape ones included, and
// blocks inside numbered sections), all over the sample data built from the reference papers. A
// change to what these print shows up as a diff of the golden files, so it is seen and chosen.
import type { DatabaseSnapshot } from '../../backup/snapshot';
import type { BlockSource, PaperBlock } from '../../blocks/model';
import type { Appendix, PaperBundle, Section } from '../../papers/model';
import { bundlePaper } from '../../papers/bundle';
import type { RichDoc } from '../../richtext/model';
import { SAMPLE_BUDGET_TABLE_ID, SAMPLE_CURRENT_CASE_STUDY_ID, SAMPLE_DISPOSALS_TABLE_ID, SAMPLE_FORWARD_PLAN_ID } from '../../sample/library';
import { SAMPLE_JUL17, SAMPLE_SEP17 } from '../../sample/measures';
import { SAMPLE_PAPER_ID } from '../../sample/paper';
import { SAMPLE_PLAN_ID, SAMPLE_Q1, SAMPLE_Q2, SAMPLE_THEME_ID } from '../../sample/plan';
import { sampleSnapshot } from '../../sample/reference-paper';
import { must } from '../../records/must';

const AT = '2017-11-25T09:00:00.000Z';
const meta = (n: number) => ({
  id: `9a1d0000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  createdAt: AT,
  updatedAt: AT,
  updatedBy: 'golden',
  deletedAt: null,
});
const blockDoc = (...ids: string[]): RichDoc => ({ type: 'doc', content: ids.map((blockId) => ({ type: 'dataBlock' as const, attrs: { blockId } })) });

/** One source of every block kind over the sample data, with the appendix title it goes under. */
export function everyBlockSource(data: DatabaseSnapshot): { title: string; source: BlockSource }[] {
  const measureId = must(data.measures[0], 'data.measures[0]').id;
  return [
    { title: 'Theme 6 update', source: { kind: 'planThemeUpdate', planId: SAMPLE_PLAN_ID, themeId: SAMPLE_THEME_ID, periodId: SAMPLE_Q2 } },
    { title: 'Deliverables by status', source: { kind: 'planStatusChart', planId: SAMPLE_PLAN_ID, themeId: null, periodIds: [SAMPLE_Q1, SAMPLE_Q2] } },
    {
      title: 'Performance against target',
      source: { kind: 'measuresSummary', planId: SAMPLE_PLAN_ID, periodId: SAMPLE_SEP17, previousPeriodId: SAMPLE_JUL17, sentence: null },
    },
    {
      title: 'Performance measures',
      source: { kind: 'measuresTable', planId: SAMPLE_PLAN_ID, measureIds: [], periodId: SAMPLE_SEP17, previousPeriodId: SAMPLE_JUL17 },
    },
    { title: 'Exceptions', source: { kind: 'measureExceptions', planId: SAMPLE_PLAN_ID, periodId: SAMPLE_SEP17, previousPeriodId: SAMPLE_JUL17 } },
    { title: 'Trend', source: { kind: 'measureTrendChart', measureId, periodIds: [SAMPLE_JUL17, SAMPLE_SEP17] } },
    { title: 'Case study', source: { kind: 'caseStudy', caseStudyId: SAMPLE_CURRENT_CASE_STUDY_ID } },
    { title: 'Previous case studies', source: { kind: 'previousCaseStudies' } },
    { title: 'Forward Plan of Key Decisions', source: { kind: 'forwardPlan', forwardPlanId: SAMPLE_FORWARD_PLAN_ID } },
    { title: 'Revenue budget', source: { kind: 'dataTable', dataTableId: SAMPLE_BUDGET_TABLE_ID } },
    { title: 'Estates disposals', source: { kind: 'dataTable', dataTableId: SAMPLE_DISPOSALS_TABLE_ID } },
    { title: 'Numerical ambitions', source: { kind: 'ambitions', planId: SAMPLE_PLAN_ID } },
  ];
}

/**
 * The sample snapshot with, in its sample paper, a data block of every kind as an appendix each,
 * and the budget table and the previous case studies inside section 4 (between numbered paragraphs).
 */
export function everyBlockSnapshot(): DatabaseSnapshot {
  const data = sampleSnapshot();
  const blocks: PaperBlock[] = [...data.blocks];
  const appendices: Appendix[] = [...data.appendices];
  let n = 0;
  const place = (source: BlockSource): string => {
    const block: PaperBlock = { ...meta(++n), paperId: SAMPLE_PAPER_ID, source, frozen: null };
    blocks.push(block);
    return block.id;
  };
  for (const { title, source } of everyBlockSource(data)) {
    appendices.push({ ...meta(100 + n), paperId: SAMPLE_PAPER_ID, position: 100 + n, title, body: blockDoc(place(source)) });
  }
  const sectionBlocks = [place({ kind: 'dataTable', dataTableId: SAMPLE_BUDGET_TABLE_ID }), place({ kind: 'previousCaseStudies' })];
  const live = data.sections.filter((s) => s.paperId === SAMPLE_PAPER_ID && s.deletedAt === null).sort((a, b) => a.position - b.position);
  const target = must(live[3], 'live[3]');
  const sections: Section[] = data.sections.map((s) => {
    if (s.id !== target.id) return s;
    const [first, ...rest] = s.body.content;
    return { ...s, body: { type: 'doc', content: [...(first ? [first] : []), ...blockDoc(...sectionBlocks).content, ...rest] } };
  });
  return { ...data, blocks, appendices, sections };
}

export const GOLDEN_PAPERS: readonly { readonly name: string; readonly bundle: () => PaperBundle }[] = [
  { name: 'sample', bundle: () => must(bundlePaper(sampleSnapshot(), SAMPLE_PAPER_ID), 'bundlePaper(sampleSnapshot(), SAMPLE_PAPER_ID)') },
  { name: 'every-block', bundle: () => must(bundlePaper(everyBlockSnapshot(), SAMPLE_PAPER_ID), 'bundlePaper(everyBlockSnapshot(), SAMPLE_PAPER_ID)') },
];
