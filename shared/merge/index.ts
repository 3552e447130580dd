export { diffRecords, contentOf, stableJson, sameJson, mergeCounts, cleanEntryIds } from './diff';
export type { Incoming, MergeEntry, MergeKind, MergeRules, MergeCounts } from './diff';
export { acceptEntries } from './accept';
export type { AcceptStamp, AcceptResult } from './accept';
