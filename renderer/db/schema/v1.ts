// Schema version 1 ("initial"): the first release. Never edit once released; add v2.ts instead.
// Indexes are only what queries need: children by paper (and in order), lists by last change.
// Note IndexedDB does not index null, so 'deletedAt' finds deleted rows only; live rows are
// found by filtering with isLive.
export const V1_STORES = {
  committees: 'id, name, updatedAt',
  papers: 'id, updatedAt, deletedAt',
  sections: 'id, paperId, [paperId+position], updatedAt',
  appendices: 'id, paperId, [paperId+position], updatedAt',
  settings: 'key',
} as const;
