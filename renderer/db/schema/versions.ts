// Every schema version in order. PanelwrightDb declares each of them, so Dexie can upgrade a
// database from any older version one step at a time. Only ever append.
import type { Transaction } from 'dexie';
import { V1_STORES } from './v1';

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
  // { version: 2, name: '…', stores: V2_STORES, upgrade: upgradeToV2 },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
