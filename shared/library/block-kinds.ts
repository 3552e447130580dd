// This feature's data-block kinds (see shared/blocks/kinds.ts).
import type { BlockKindTable } from '../blocks/kinds';
import { isLive } from '../records/meta';
import { LIBRARY_RESOLVERS, LIBRARY_WORDING } from './blocks';

export const LIBRARY_BLOCK_KINDS: Pick<BlockKindTable, 'caseStudy' | 'previousCaseStudies' | 'forwardPlan' | 'dataTable' | 'ambitions'> = {
  caseStudy: {
    group: 'Library',
    label: 'Case study',
    description: 'a case study from the library, as an appendix',
    appendixByDefault: true,
    reads: ['caseStudies', 'committees'],
    resolve: LIBRARY_RESOLVERS.caseStudy,
    wording: LIBRARY_WORDING.caseStudy,
    // A case study is presented at one meeting: the next paper needs that meeting's.
    rollForward: (source) => ({ source, check: 'a case study is presented at one meeting: choose the one for this meeting' }),
    examples: (data) =>
      data.caseStudies
        .filter(isLive)
        .slice(-1)
        .map((c) => ({ kind: 'caseStudy', caseStudyId: c.id })),
  },
  previousCaseStudies: {
    group: 'Library',
    label: 'Previous case studies',
    description: 'the numbered list of case studies presented to this committee',
    appendixByDefault: false,
    reads: ['caseStudies', 'committees'],
    resolve: LIBRARY_RESOLVERS.previousCaseStudies,
    wording: LIBRARY_WORDING.previousCaseStudies,
    examples: (data) => (data.caseStudies.some(isLive) ? [{ kind: 'previousCaseStudies' }] : []),
  },
  forwardPlan: {
    group: 'Library',
    label: 'Forward plan of key decisions',
    description: 'the forward plan table by category',
    appendixByDefault: true,
    reads: ['forwardPlans', 'forwardPlanItems'],
    resolve: LIBRARY_RESOLVERS.forwardPlan,
    wording: LIBRARY_WORDING.forwardPlan,
    examples: (data) => data.forwardPlans.filter(isLive).map((f) => ({ kind: 'forwardPlan', forwardPlanId: f.id })),
  },
  dataTable: {
    group: 'Library',
    label: 'Table',
    description: 'a budget, disposals or other table with computed totals',
    appendixByDefault: true,
    reads: ['dataTables'],
    resolve: LIBRARY_RESOLVERS.dataTable,
    examples: (data) => data.dataTables.filter(isLive).map((t) => ({ kind: 'dataTable', dataTableId: t.id })),
  },
  ambitions: {
    group: 'Library',
    label: 'Numerical ambitions',
    description: 'a plan’s numerical ambitions with baselines',
    appendixByDefault: false,
    reads: ['plans', 'ambitions'],
    resolve: LIBRARY_RESOLVERS.ambitions,
    wording: LIBRARY_WORDING.ambitions,
    examples: (data) =>
      [...new Set(data.ambitions.filter(isLive).map((a) => a.planId))]
        .filter((id) => data.plans.some((p) => p.id === id && isLive(p)))
        .map((planId) => ({ kind: 'ambitions', planId })),
  },
};
