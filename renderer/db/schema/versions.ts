// Every schema version in order. PanelwrightDb declares each of them, so Dexie can upgrade a
// database from any older version one step at a time. Only ever append.
import type { Transaction } from 'dexie';
import { V1_STORES } from './v1';
import { V2_STORES } from './v2';

export interface SchemaVersion {
  readonly version: number;
  /** What the version is for, e.g. 'initial', 'measures tables'. */
  readonly name: string;
  readonly stores: Readonly<Record<string, string | null>>;
  /** Rewrites data written by the previous version; a named function in vN.ts, tested in versions.test.ts. */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, name: 'initial', stores: V1_STORES },
  // v2 only adds tables; Dexie creates them, so there is nothing to rewrite.
  { version: 2, name: 'plans, measures, library, blocks', stores: V2_STORES },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
