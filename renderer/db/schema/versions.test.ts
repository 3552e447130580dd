import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../shared/backup/parse';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../../shared/backup/schema';
import { TABLES, storesAt } from '../../../shared/backup/tables';
import { snapshot } from '../backup-repo';
import { freshDb, reopen } from '../test-helpers';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './versions';
import { writeWithRawSchema } from './write-raw';
import { SCHEMA_FIXTURES } from './fixtures';
import type { SchemaFixture } from './fixtures';

// Every schema version has a fixture written by that version (fixtures/vN.json: its stores and the
// rows such a database held), kept as a file and never edited. Each test writes a fixture with its
// own version's stores through plain Dexie, as that app left it on a user's disk, opens it with
// today's database class and checks every row came through, upgraded exactly as a backup file of
// the same data would be (the two upgrade paths must agree). Adding a version adds a fixture
// (npm run schema-fixture), not a test.

/** The records a backup of the fixture's rows (in its own format version) restores to today. */
function expectedAfterUpgrade(f: SchemaFixture) {
  const { settings: _s, ...data } = f.rows;
  const parsed = parseBackup(
    JSON.stringify({
      format: BACKUP_FORMAT,
      version: f.backupVersion,
      exportedAt: '2017-11-20T09:00:00.000Z',
      app: { name: 'Panelwright', version: 'fixture' },
      data,
    }),
  );
  if (!parsed.ok) throw new Error(`fixture v${f.schemaVersion} does not read as a backup: ${parsed.errors.join('; ')}`);
  return parsed.snapshot;
}

describe('schema versions', () => {
  it('are numbered 1, 2, 3 … in order, each named, each with a fixture written by it', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    for (const v of SCHEMA_VERSIONS) expect(v.name).not.toBe('');
    expect(SCHEMA_FIXTURES.map((f) => f.schemaVersion)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it('keep their store lists as released: the registry’s index history matches every fixture', () => {
    for (const f of SCHEMA_FIXTURES) expect(storesAt(f.schemaVersion), `stores of version ${f.schemaVersion}`).toEqual(f.stores);
  });

  it('no table is newer than the backup format that holds it', () => {
    for (const [name, t] of Object.entries(TABLES)) expect(t.backupSince, name).toBeLessThanOrEqual(BACKUP_VERSION);
  });

  for (const f of SCHEMA_FIXTURES) {
    it(`data written by schema version ${f.schemaVersion} opens intact with the current database class`, async () => {
      const target = freshDb(`schema-v${f.schemaVersion}`);
      // The fixture holds rows in every table its version had (else it would prove nothing about them).
      for (const [table, rows] of Object.entries(f.rows)) expect(rows.length, `fixture v${f.schemaVersion} has no ${table}`).toBeGreaterThan(0);
      await writeWithRawSchema(target.name, f.schemaVersion, f.stores, f.rows);
      const db = reopen(target);
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(await snapshot(db)).toEqual(expectedAfterUpgrade(f));
      expect(await db.settings.get('userName')).toEqual({ key: 'userName', value: 'Kevin' });
      // Every table of today exists and takes reads.
      for (const t of Object.keys(TABLES)) await db.table(t).count();
    });
  }
});
