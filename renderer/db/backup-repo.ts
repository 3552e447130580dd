// Whole-database snapshot, backup and restore, and first-run sample data.
import { parseBackup, serializeBackup } from '../../shared/backup/parse';
import type { DatabaseSnapshot } from '../../shared/backup/snapshot';
import { SNAPSHOT_TABLES } from '../../shared/backup/snapshot';
import { sampleSnapshot } from '../../shared/sample/reference-paper';
import type { PanelwrightDb } from './database';
import { SETTING_KEYS } from './settings-repo';

type TableName = (typeof SNAPSHOT_TABLES)[number];
export type TableCounts = Record<TableName, number>;
export type RestoreResult = { ok: true; counts: TableCounts } | { ok: false; errors: string[] };

// Settings are left out on purpose: they belong to this computer, not to the papers.
const dataTables = (db: PanelwrightDb) => [db.committees, db.papers, db.sections, db.appendices];

/** Every record of every table, soft-deleted ones included (a later merge needs them). */
export function snapshot(db: PanelwrightDb): Promise<DatabaseSnapshot> {
  return db.transaction('r', dataTables(db), async () => ({
    committees: await db.committees.toArray(),
    papers: await db.papers.toArray(),
    sections: await db.sections.toArray(),
    appendices: await db.appendices.toArray(),
  }));
}

/** The text of a backup file of the whole database (shared/backup/parse.ts, docs/backup-format.md). */
export async function exportBackupText(db: PanelwrightDb, appVersion: string): Promise<string> {
  return serializeBackup(await snapshot(db), { appVersion, exportedAt: new Date().toISOString() });
}

const countsOf = (s: DatabaseSnapshot): TableCounts => ({ committees: s.committees.length, papers: s.papers.length, sections: s.sections.length, appendices: s.appendices.length });

/** Replaces all four tables with the snapshot in one transaction: all of it is written, or none. */
async function replaceAll(db: PanelwrightDb, s: DatabaseSnapshot): Promise<void> {
  await db.transaction('rw', dataTables(db), async () => {
    for (const t of dataTables(db)) await t.clear();
    await db.committees.bulkAdd([...s.committees]);
    await db.papers.bulkAdd([...s.papers]);
    await db.sections.bulkAdd([...s.sections]);
    await db.appendices.bulkAdd([...s.appendices]);
  });
}

/**
 * Restores a backup file's text, replacing everything in the database. The whole file is validated
 * first; a file with any problem changes nothing and returns the problems to show the user.
 */
export async function restoreBackup(db: PanelwrightDb, text: string): Promise<RestoreResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  await replaceAll(db, parsed.snapshot);
  return { ok: true, counts: countsOf(parsed.snapshot) };
}

/**
 * Loads the sample paper into an empty database the first time the app starts, and returns whether
 * it did. Remembered in settings, so deleting the sample never brings it back.
 */
export function seedSampleIfFirstRun(db: PanelwrightDb): Promise<boolean> {
  return db.transaction('rw', [...dataTables(db), db.settings], async () => {
    if (await db.settings.get(SETTING_KEYS.sampleSeeded)) return false;
    await db.settings.put({ key: SETTING_KEYS.sampleSeeded, value: true });
    const empty = (await Promise.all(dataTables(db).map((t) => t.count()))).every((n) => n === 0);
    if (!empty) return false;
    const sample = sampleSnapshot();
    await db.committees.bulkAdd([...sample.committees]);
    await db.papers.bulkAdd([...sample.papers]);
    await db.sections.bulkAdd([...sample.sections]);
    await db.appendices.bulkAdd([...sample.appendices]);
    return true;
  });
}
