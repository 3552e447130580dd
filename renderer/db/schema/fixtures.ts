// The fixture of every schema version (see versions.test.ts): what a database written by that
// version held, and the stores it declared. Written once by `npm run schema-fixture` when the
// version is new; never edited.
import type { StoreSpec } from '../../../shared/backup/tables';

export interface SchemaFixture {
  readonly schemaVersion: number;
  /** The backup format version of the same app, so the test can compare with restoring a backup. */
  readonly backupVersion: number;
  readonly stores: Readonly<Record<string, StoreSpec>>;
  readonly rows: Readonly<Record<string, readonly unknown[]>>;
}

const files = import.meta.glob<SchemaFixture>('./fixtures/v*.json', { eager: true, import: 'default' });

/** In version order. Loaded by Vite's glob, so a new fixture file needs no line here. */
export const SCHEMA_FIXTURES: readonly SchemaFixture[] = Object.values(files).sort((a, b) => a.schemaVersion - b.schemaVersion);
