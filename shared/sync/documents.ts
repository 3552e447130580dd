// Which tables travel in which sync document, and which roles may write each. One Y document per
// group of tables, so the server can grant or refuse writing per document (Hocuspocus' per-document
// read-only connections) without reading the records. Shared by the app's engine and the server.
import type { SnapshotTable } from '../backup/tables';

export const SYNC_DOCUMENTS = {
  papers: ['committees', 'papers', 'sections', 'appendices', 'blocks', 'templates', 'houseStyles'],
  issued: ['issuedVersions'],
  plans: ['people', 'plans', 'themes', 'deliverables', 'customPeriods', 'updatePacks'],
  updates: ['updates'],
  measures: ['measures', 'measureValues'],
  library: ['caseStudies', 'forwardPlans', 'forwardPlanItems', 'dataTables', 'ambitions'],
  review: ['clearances', 'reviewRequests', 'reviewItems'],
} as const satisfies Readonly<Record<string, readonly SnapshotTable[]>>;

export type SyncDocument = keyof typeof SYNC_DOCUMENTS;
export const SYNC_DOCUMENT_NAMES = Object.keys(SYNC_DOCUMENTS) as SyncDocument[];

/** The name a document has on the server: "panelwright/plans". */
export const wireName = (doc: SyncDocument): string => `panelwright/${doc}`;

/** The document a wire name stands for, or null for a name the app never uses. */
export function documentOfWireName(name: string): SyncDocument | null {
  const doc = /^panelwright\/([a-z]+)$/.exec(name)?.[1];
  return doc && Object.prototype.hasOwnProperty.call(SYNC_DOCUMENTS, doc) ? (doc as SyncDocument) : null;
}

/**
 * What a person may do, set by the office on the server against their token:
 * - author: edits everything (papers, plans, the library …);
 * - officer: a lead officer: edits delivery-plan updates, reads the rest;
 * - reviewer: records review comments and clearances, reads the rest;
 * - reader: reads only.
 */
export const SYNC_ROLES = ['author', 'officer', 'reviewer', 'reader'] as const;
export type SyncRole = (typeof SYNC_ROLES)[number];

const WRITES: Readonly<Record<SyncRole, readonly SyncDocument[]>> = {
  author: SYNC_DOCUMENT_NAMES,
  officer: ['updates'],
  reviewer: ['review'],
  reader: [],
};

export const mayWrite = (role: SyncRole, doc: SyncDocument): boolean => WRITES[role].includes(doc);

export const isSyncRole = (s: unknown): s is SyncRole => typeof s === 'string' && (SYNC_ROLES as readonly string[]).includes(s);

/** The document a table travels in. */
export function documentOfTable(table: SnapshotTable): SyncDocument {
  for (const d of SYNC_DOCUMENT_NAMES) if ((SYNC_DOCUMENTS[d] as readonly string[]).includes(table)) return d;
  throw new Error(`table ${table} is in no sync document`);
}
