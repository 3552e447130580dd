// The resolver of every block kind (see resolve.ts). Each feature exports those of its own kinds.
import type { ResolverTable } from './resolve';
import { PLAN_RESOLVERS } from '../plans/blocks';
import { MEASURE_RESOLVERS } from '../measures/blocks';
import { LIBRARY_RESOLVERS } from '../library/blocks';

export const BLOCK_RESOLVERS: ResolverTable = { ...PLAN_RESOLVERS, ...MEASURE_RESOLVERS, ...LIBRARY_RESOLVERS };
