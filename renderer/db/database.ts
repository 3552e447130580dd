// The one Dexie database. A singleton for the app; `openDatabase(name)` gives tests their own.
import { Dexie } from 'dexie';
import type { EntityTable } from 'dexie';
import type { Appendix, Committee, Paper, Section } from '../../shared/papers/model';
import { V1_STORES } from './schema/v1';

/** Device-local settings: not part of a backup (they describe this computer, not the papers). */
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
    this.version(1).stores(V1_STORES);
  }
}

export function openDatabase(name: string): PanelwrightDb {
  return new PanelwrightDb(name);
}

export const DATABASE_NAME = 'panelwright';
export const db = openDatabase(DATABASE_NAME);
