// Schema version 2 ("plans, measures, library, blocks"): adds the tables of delivery plans (issue 3),
// performance measures (issue 4), the library of recurring content (issue 5) and the data blocks
// papers place. Nothing in version 1's tables changes, so the upgrade only has to create tables.
// Never edit once released; add v3.ts instead.
import { V1_STORES } from './v1';

export const V2_STORES = {
  ...V1_STORES,
  blocks: 'id, paperId, updatedAt',
  people: 'id, name, updatedAt',
  plans: 'id, updatedAt',
  themes: 'id, planId, updatedAt',
  deliverables: 'id, planId, themeId, leadPersonId, updatedAt',
  updates: 'id, deliverableId, periodId, [deliverableId+periodId], updatedAt',
  customPeriods: 'id, updatedAt',
  measures: 'id, planId, updatedAt',
  measureValues: 'id, measureId, [measureId+periodId], updatedAt',
  caseStudies: 'id, updatedAt',
  forwardPlans: 'id, updatedAt',
  forwardPlanItems: 'id, forwardPlanId, updatedAt',
  dataTables: 'id, updatedAt',
  ambitions: 'id, planId, updatedAt',
} as const;
