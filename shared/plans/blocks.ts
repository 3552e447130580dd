// Resolvers of this feature's data blocks (shared/blocks/resolve.ts): source + records → BlockContent.
import type { BlockResolver } from '../blocks/resolve';
import { missingContent } from '../blocks/content';

const notYet = (what: string) => () => missingContent(what);

export const PLAN_RESOLVERS: { readonly planThemeUpdate: BlockResolver<'planThemeUpdate'>; readonly planStatusChart: BlockResolver<'planStatusChart'> } = {
  planThemeUpdate: notYet('Theme update'),
  planStatusChart: notYet('Status chart'),
};
