// Schema version 1: the first release. Versions are only ever appended (v2.ts …), each with an
// upgrade function and a test that opens data written by the version before it.
export const V1_STORES = {
  committees: 'id, name, updatedAt',
  papers: 'id, updatedAt, deletedAt',
  sections: 'id, paperId, updatedAt',
  appendices: 'id, paperId, updatedAt',
  settings: 'key',
} as const;
