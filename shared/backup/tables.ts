// THE list of tables. Everything else that needs "every table" derives from this one object: the
// DatabaseSnapshot type and SNAPSHOT_TABLES (snapshot.ts), the backup file's schema (schema.ts), the
// empty tables a migration adds to older backups (migrate.ts), the record schema each write is
// validated against (renderer/db/validate.ts), and the Dexie store list of every schema version
// (storesAt, used by renderer/db/database.ts). Adding a table is one entry here: see "Where a new
// feature goes" in docs/ARCHITECTURE.md.
//
// Entries are in the order a backup file lists them. History is append-only: a released `indexes`
// entry or `backupSince` is never edited (users have databases and files written by it).
import type { z } from 'zod';
import type { HouseStyleRecord } from '../house-style/model';
import { houseStyleSchema } from './schema-house-style';
import type { PaperBlock } from '../blocks/model';
import type { Ambition, CaseStudy, DataTable, ForwardPlan, ForwardPlanItem } from '../library/model';
import type { Measure, MeasureValue } from '../measures/model';
import type { Appendix, Committee, Paper, Section } from '../papers/model';
import type { CustomPeriodRecord } from '../periods/model';
import type { Deliverable, DeliverableUpdate, DeliveryPlan, Person, Theme } from '../plans/model';
import type { RecordMeta } from '../records/meta';
import type { IssuedVersion, PaperTemplate } from '../issued/model';
import type { UpdatePackRecord } from '../packs/record';
import { updatePackSchema } from './schema-packs';
import { issuedVersionSchema, templateSchema } from './schema-issued';
import type { Clearance } from '../clearance/model';
import type { ReviewItem, ReviewRequest } from '../review/model';
import { clearanceSchema, reviewItemSchema, reviewRequestSchema } from './schema-clearance';
import { paperBlockSchema } from './schema-blocks';
import { ambitionSchema, caseStudySchema, dataTableSchema, forwardPlanItemSchema, forwardPlanSchema } from './schema-library';
import { measureSchema, measureValueSchema } from './schema-measures';
import { appendixSchema, committeeSchema, paperSchema, sectionSchema } from './schema-papers';
import { customPeriodSchema, deliverableSchema, personSchema, planSchema, themeSchema, updateSchema } from './schema-plans';

/** A Dexie store definition ('id, paperId, updatedAt'), or null: the table is deleted from that version on. */
export type StoreSpec = string | null;

export interface TableDef<R extends RecordMeta, S extends z.ZodType<R> = z.ZodType<R>> {
  /** Every record is checked against this on every write and in every backup file. */
  readonly schema: S;
  /**
   * Dexie indexes by the schema version they were set in: `{ 2: 'id, planId, updatedAt' }`.
   * Index only what queries need; a change of indexes is a new schema version and a new key here.
   */
  readonly indexes: Readonly<Record<number, StoreSpec>>;
  /** The backup format version whose files first hold this table (older files get it empty). */
  readonly backupSince: number;
  /** Fields naming a record of another table, checked when a backup is read: `{ paperId: 'papers' }`. */
  readonly references?: Readonly<Record<string, string>>;
  /** Records whose references are not checked (default: all are): an update pack opened here names another computer's plan. */
  readonly referencesSkip?: (record: R) => boolean;
}

/** `defineTable<Committee>()({...})`: the record type is named once, the schema's own type is kept. */
export const defineTable =
  <R extends RecordMeta>() =>
  <S extends z.ZodType<R>>(def: TableDef<R, S>): TableDef<R, S> =>
    def;

export const TABLES = {
  committees: defineTable<Committee>()({ schema: committeeSchema, indexes: { 1: 'id, name, updatedAt' }, backupSince: 1 }),
  papers: defineTable<Paper>()({ schema: paperSchema, indexes: { 1: 'id, updatedAt, deletedAt' }, backupSince: 1 }),
  sections: defineTable<Section>()({
    schema: sectionSchema,
    indexes: { 1: 'id, paperId, [paperId+position], updatedAt' },
    backupSince: 1,
    references: { paperId: 'papers' },
  }),
  appendices: defineTable<Appendix>()({
    schema: appendixSchema,
    indexes: { 1: 'id, paperId, [paperId+position], updatedAt' },
    backupSince: 1,
    references: { paperId: 'papers' },
  }),
  blocks: defineTable<PaperBlock>()({ schema: paperBlockSchema, indexes: { 2: 'id, paperId, updatedAt' }, backupSince: 2 }),
  people: defineTable<Person>()({ schema: personSchema, indexes: { 2: 'id, name, updatedAt' }, backupSince: 2 }),
  plans: defineTable<DeliveryPlan>()({ schema: planSchema, indexes: { 2: 'id, updatedAt' }, backupSince: 2 }),
  themes: defineTable<Theme>()({ schema: themeSchema, indexes: { 2: 'id, planId, updatedAt' }, backupSince: 2 }),
  deliverables: defineTable<Deliverable>()({ schema: deliverableSchema, indexes: { 2: 'id, planId, themeId, leadPersonId, updatedAt' }, backupSince: 2 }),
  updates: defineTable<DeliverableUpdate>()({
    schema: updateSchema,
    indexes: { 2: 'id, deliverableId, periodId, [deliverableId+periodId], updatedAt' },
    backupSince: 2,
  }),
  customPeriods: defineTable<CustomPeriodRecord>()({ schema: customPeriodSchema, indexes: { 2: 'id, updatedAt' }, backupSince: 2 }),
  measures: defineTable<Measure>()({ schema: measureSchema, indexes: { 2: 'id, planId, updatedAt' }, backupSince: 2 }),
  measureValues: defineTable<MeasureValue>()({ schema: measureValueSchema, indexes: { 2: 'id, measureId, [measureId+periodId], updatedAt' }, backupSince: 2 }),
  caseStudies: defineTable<CaseStudy>()({ schema: caseStudySchema, indexes: { 2: 'id, updatedAt' }, backupSince: 2 }),
  forwardPlans: defineTable<ForwardPlan>()({ schema: forwardPlanSchema, indexes: { 2: 'id, updatedAt' }, backupSince: 2 }),
  forwardPlanItems: defineTable<ForwardPlanItem>()({ schema: forwardPlanItemSchema, indexes: { 2: 'id, forwardPlanId, updatedAt' }, backupSince: 2 }),
  dataTables: defineTable<DataTable>()({ schema: dataTableSchema, indexes: { 2: 'id, updatedAt' }, backupSince: 2 }),
  ambitions: defineTable<Ambition>()({ schema: ambitionSchema, indexes: { 2: 'id, planId, updatedAt' }, backupSince: 2 }),
  issuedVersions: defineTable<IssuedVersion>()({
    schema: issuedVersionSchema,
    indexes: { 3: 'id, paperId, [paperId+number], updatedAt' },
    backupSince: 3,
    references: { paperId: 'papers' },
  }),
  templates: defineTable<PaperTemplate>()({ schema: templateSchema, indexes: { 3: 'id, committeeId, updatedAt' }, backupSince: 3 }),
  houseStyles: defineTable<HouseStyleRecord>()({ schema: houseStyleSchema, indexes: { 4: 'id, committeeId, updatedAt' }, backupSince: 4 }),
  clearances: defineTable<Clearance>()({
    schema: clearanceSchema,
    indexes: { 4: 'id, paperId, updatedAt' },
    backupSince: 4,
    references: { paperId: 'papers' },
  }),
  reviewRequests: defineTable<ReviewRequest>()({
    schema: reviewRequestSchema,
    indexes: { 4: 'id, paperId, updatedAt' },
    backupSince: 4,
    references: { paperId: 'papers' },
  }),
  reviewItems: defineTable<ReviewItem>()({
    schema: reviewItemSchema,
    indexes: { 4: 'id, paperId, returnId, updatedAt' },
    backupSince: 4,
    references: { paperId: 'papers' },
  }),
  updatePacks: defineTable<UpdatePackRecord>()({
    schema: updatePackSchema,
    indexes: { 4: 'id, [planId+periodId], updatedAt' },
    backupSince: 4,
    references: { planId: 'plans' },
    referencesSkip: (r) => r.opened !== undefined,
  }),
} as const;

/**
 * Tables that belong to this computer, not to the papers: never in a backup, never merged.
 * `settings` holds userName, sampleSeeded and the like ({ key, value }).
 */
export const LOCAL_TABLES = {
  settings: { indexes: { 1: 'key' } },
  // Team sync's state on this laptop (renderer/sync/state.ts): each sync document's Yjs state and
  // the records as last agreed with it. Never in a backup: restoring a file elsewhere starts afresh.
  syncState: { indexes: { 5: 'key' } },
} as const satisfies Readonly<Record<string, { readonly indexes: Readonly<Record<number, StoreSpec>> }>>;

export type SnapshotTable = keyof typeof TABLES;
export type LocalTable = keyof typeof LOCAL_TABLES;
/** The record type stored in a table. */
export type RecordOf<T extends SnapshotTable> = (typeof TABLES)[T] extends TableDef<infer R, infer _S> ? R : never;
/** The zod schema of a table's records, with its precise type. */
export type SchemaOf<T extends SnapshotTable> = (typeof TABLES)[T]['schema'];

/** Every table of a backup, in the order a backup file lists them. */
export const TABLE_NAMES = Object.keys(TABLES) as SnapshotTable[];

/** The indexes a table has at a schema version (the latest entry at or before it), or undefined before it existed. */
function specAt(indexes: Readonly<Record<number, StoreSpec>>, version: number): StoreSpec | undefined {
  let best: number | undefined;
  for (const k of Object.keys(indexes).map(Number)) if (k <= version && (best === undefined || k > best)) best = k;
  return best === undefined ? undefined : indexes[best];
}

/** The full Dexie store list at a schema version: every table that exists then (null = deleted at that version). */
export function storesAt(version: number): Record<string, StoreSpec> {
  const out: Record<string, StoreSpec> = {};
  const all: [string, Readonly<Record<number, StoreSpec>>][] = [
    ...Object.entries(TABLES).map(([n, d]) => [n, d.indexes] as [string, Readonly<Record<number, StoreSpec>>]),
    ...Object.entries(LOCAL_TABLES).map(([n, d]) => [n, d.indexes] as [string, Readonly<Record<number, StoreSpec>>]),
  ];
  for (const [name, indexes] of all) {
    const spec = specAt(indexes, version);
    if (spec === undefined) continue;
    // A table deleted in an earlier version stays out; one deleted at exactly this version is listed as null.
    if (spec === null && !Object.prototype.hasOwnProperty.call(indexes, version)) continue;
    out[name] = spec;
  }
  return out;
}

/** The tables a backup of format version `v` holds. */
export const tablesInBackupVersion = (v: number): SnapshotTable[] => TABLE_NAMES.filter((t) => TABLES[t].backupSince <= v);
