// The one Dexie database. `db` is the app's singleton; `openDatabase(name)` gives tests their own.
import { Dexie } from 'dexie';
import type { EntityTable } from 'dexie';
import type { Appendix, Committee, Paper, Section } from '../../shared/papers/model';
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

export function openDatabase(name: string): PanelwrightDb {
  return new PanelwrightDb(name);
}

export const DATABASE_NAME = 'panelwright';
export const db = openDatabase(DATABASE_NAME);
