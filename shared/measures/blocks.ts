// Resolvers of this feature's data blocks (shared/blocks/resolve.ts): source + records → BlockContent.
import type { BlockResolver } from '../blocks/resolve';
import { missingContent } from '../blocks/content';

const notYet = (what: string) => () => missingContent(what);

export const MEASURE_RESOLVERS: { readonly measuresSummary: BlockResolver<'measuresSummary'>; readonly measuresTable: BlockResolver<'measuresTable'>; readonly measureExceptions: BlockResolver<'measureExceptions'>; readonly measureTrendChart: BlockResolver<'measureTrendChart'> } = {
  measuresSummary: notYet('RAGB summary'),
  measuresTable: notYet('Measures table'),
  measureExceptions: notYet('Exceptions'),
  measureTrendChart: notYet('Trend chart'),
};
