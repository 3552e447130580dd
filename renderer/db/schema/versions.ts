// Every schema version in order. PanelwrightDb declares each of them, so Dexie can upgrade a
// database from any older version one step at a time. Only ever append. Each version's stores come
// from the table registry (storesAt in shared/backup/tables.ts); an upgrade function is needed only
// when existing rows must change, and lives in its own file here (vN.ts), tested in versions.test.ts.
import type { Transaction } from 'dexie';
import type { StoreSpec } from '../../../shared/backup/tables';
import { storesAt } from '../../../shared/backup/tables';
import { upgradeToV3 } from './v3';

export interface SchemaVersion {
  readonly version: number;
  /** What the version is for, e.g. 'initial', 'measures tables'. */
  readonly name: string;
  readonly stores: Readonly<Record<string, StoreSpec>>;
  /** Rewrites data written by the previous version; a named function in vN.ts, tested in versions.test.ts. */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

const version = (n: number, name: string, upgrade?: (tx: Transaction) => Promise<void>): SchemaVersion => ({
  version: n,
  name,
  stores: storesAt(n),
  ...(upgrade ? { upgrade } : {}),
});

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  version(1, 'initial'),
  // v2 only adds tables; Dexie creates them, so there is nothing to rewrite.
  version(2, 'plans, measures, library, blocks'),
  // Final papers become issued, with version 1 holding what they froze.
  version(3, 'issued versions, templates', upgradeToV3),
  // v4 only adds tables (house styles, update packs, review and clearance).
  version(4, 'house styles, update packs, reviews'),
  // v5 only adds the device-local team-sync store (no backup table, no format change).
  version(5, 'team sync state'),
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
