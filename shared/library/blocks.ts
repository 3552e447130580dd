// Resolvers of this feature's data blocks (shared/blocks/resolve.ts): source + records → BlockContent.
import type { BlockResolver } from '../blocks/resolve';
import { missingContent } from '../blocks/content';

const notYet = (what: string) => () => missingContent(what);

export const LIBRARY_RESOLVERS: { readonly caseStudy: BlockResolver<'caseStudy'>; readonly previousCaseStudies: BlockResolver<'previousCaseStudies'>; readonly forwardPlan: BlockResolver<'forwardPlan'>; readonly dataTable: BlockResolver<'dataTable'>; readonly ambitions: BlockResolver<'ambitions'> } = {
  caseStudy: notYet('Case study'),
  previousCaseStudies: notYet('Previous case studies'),
  forwardPlan: notYet('Forward plan'),
  dataTable: notYet('Data table'),
  ambitions: notYet('Ambitions'),
};
