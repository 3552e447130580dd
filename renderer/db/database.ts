// The one Dexie database. `db` is the app's singleton; `openDatabase(name)` gives tests their own.
import { Dexie } from 'dexie';
import type { EntityTable } from 'dexie';
import type { Table } from 'dexie';
import type { PaperBlock } from '../../shared/blocks/model';
import type { Ambition, CaseStudy, DataTable, ForwardPlan, ForwardPlanItem } from '../../shared/library/model';
import type { Measure, MeasureValue } from '../../shared/measures/model';
import type { Appendix, Committee, Paper, Section } from '../../shared/papers/model';
import type { CustomPeriodRecord } from '../../shared/periods/model';
import type { Deliverable, DeliverableUpdate, DeliveryPlan, Person, Theme } from '../../shared/plans/model';
import type { DatabaseSnapshot, SnapshotTable } from '../../shared/backup/snapshot';
import { SNAPSHOT_TABLES } from '../../shared/backup/snapshot';
import { SCHEMA_VERSIONS } from './schema/versions';

/** Device-local settings (userName, sampleSeeded): not part of a backup. */
export interface Setting {
  readonly key: string;
  readonly value: unknown;
}

export class PanelwrightDb extends Dexie {
  committees!: EntityTable<Committee, 'id'>;
  papers!: EntityTable<Paper, 'id'>;
  sections!: EntityTable<Section, 'id'>;
  appendices!: EntityTable<Appendix, 'id'>;
  blocks!: EntityTable<PaperBlock, 'id'>;
  people!: EntityTable<Person, 'id'>;
  plans!: EntityTable<DeliveryPlan, 'id'>;
  themes!: EntityTable<Theme, 'id'>;
  deliverables!: EntityTable<Deliverable, 'id'>;
  updates!: EntityTable<DeliverableUpdate, 'id'>;
  customPeriods!: EntityTable<CustomPeriodRecord, 'id'>;
  measures!: EntityTable<Measure, 'id'>;
  measureValues!: EntityTable<MeasureValue, 'id'>;
  caseStudies!: EntityTable<CaseStudy, 'id'>;
  forwardPlans!: EntityTable<ForwardPlan, 'id'>;
  forwardPlanItems!: EntityTable<ForwardPlanItem, 'id'>;
  dataTables!: EntityTable<DataTable, 'id'>;
  ambitions!: EntityTable<Ambition, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name: string) {
    // Strict durability: a write is reported done only once it is on disk (Chrome's default is relaxed).
    super(name, { chromeTransactionDurability: 'strict' });
    for (const v of SCHEMA_VERSIONS) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

/** Every data table (settings excluded: they belong to this computer, not to the papers). */
export function allDataTables(db: PanelwrightDb): Table<{ id: string }, string>[] {
  return SNAPSHOT_TABLES.map((t) => db.table(t));
}

export function tableOf(db: PanelwrightDb, name: SnapshotTable): Table<{ id: string }, string> {
  return db.table(name);
}

/** Every record of every data table, read in the caller's transaction (or each table on its own without one). */
export async function readAll(db: PanelwrightDb): Promise<DatabaseSnapshot> {
  const out: Record<string, unknown[]> = {};
  for (const t of SNAPSHOT_TABLES) out[t] = await tableOf(db, t).toArray();
  return out as unknown as DatabaseSnapshot;
}

export function openDatabase(name: string): PanelwrightDb {
  return new PanelwrightDb(name);
}

export const DATABASE_NAME = 'panelwright';
export const db = openDatabase(DATABASE_NAME);
