// The resolver of every block kind (see resolve.ts). Each lives with its feature's rules.
import type { ResolverTable } from './resolve';
import { missingContent } from './content';

const notYet = (what: string) => () => missingContent(what);

export const BLOCK_RESOLVERS: ResolverTable = {
  planThemeUpdate: notYet('Theme update'),
  planStatusChart: notYet('Status chart'),
  measuresSummary: notYet('RAGB summary'),
  measuresTable: notYet('Measures table'),
  measureExceptions: notYet('Exceptions'),
  measureTrendChart: notYet('Trend chart'),
  caseStudy: notYet('Case study'),
  previousCaseStudies: notYet('Previous case studies'),
  forwardPlan: notYet('Forward plan'),
  dataTable: notYet('Data table'),
  ambitions: notYet('Ambitions'),
};
