// Whole-database snapshot, backup and restore, and first-run sample data.
import { parseBackup, serializeBackup } from '../../shared/backup/parse';
import type { DatabaseSnapshot } from '../../shared/backup/snapshot';
import { SNAPSHOT_TABLES } from '../../shared/backup/snapshot';
import { sampleSnapshot } from '../../shared/sample/reference-paper';
import type { PanelwrightDb } from './database';

const tables = (db: PanelwrightDb) => [db.committees, db.papers, db.sections, db.appendices];

/** Every record of every table, soft-deleted ones included (a later merge needs them). */
export async function snapshot(db: PanelwrightDb): Promise<DatabaseSnapshot> {
  return db.transaction('r', tables(db), async () => ({
    committees: await db.committees.toArray(),
    papers: await db.papers.toArray(),
    sections: await db.sections.toArray(),
    appendices: await db.appendices.toArray(),
  }));
}

export async function exportBackupText(db: PanelwrightDb, appVersion: string): Promise<string> {
  return serializeBackup(await snapshot(db), { appVersion, exportedAt: new Date().toISOString() });
}

export type RestoreResult = { ok: true; counts: Record<(typeof SNAPSHOT_TABLES)[number], number> } | { ok: false; errors: string[] };

/**
 * Validates the whole file first; only a valid backup replaces the data, in one transaction, so a
 * bad file (or a failure half-way) leaves the database exactly as it was.
 */
export async function restoreBackup(db: PanelwrightDb, text: string): Promise<RestoreResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  await replaceAll(db, parsed.snapshot);
  const s = parsed.snapshot;
  return { ok: true, counts: { committees: s.committees.length, papers: s.papers.length, sections: s.sections.length, appendices: s.appendices.length } };
}

async function replaceAll(db: PanelwrightDb, s: DatabaseSnapshot): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    await Promise.all(tables(db).map((t) => t.clear()));
    await db.committees.bulkAdd([...s.committees]);
    await db.papers.bulkAdd([...s.papers]);
    await db.sections.bulkAdd([...s.sections]);
    await db.appendices.bulkAdd([...s.appendices]);
  });
}

/**
 * Loads the sample paper into an empty database the first time the app starts. Remembered in
 * settings, so deleting the sample does not bring it back.
 */
export async function seedSampleIfFirstRun(db: PanelwrightDb): Promise<boolean> {
  return db.transaction('rw', [...tables(db), db.settings], async () => {
    if (await db.settings.get('sampleSeeded')) return false;
    await db.settings.put({ key: 'sampleSeeded', value: true });
    if ((await db.papers.count()) > 0 || (await db.committees.count()) > 0) return false;
    const sample = sampleSnapshot();
    await db.committees.bulkAdd([...sample.committees]);
    await db.papers.bulkAdd([...sample.papers]);
    await db.sections.bulkAdd([...sample.sections]);
    await db.appendices.bulkAdd([...sample.appendices]);
    return true;
  });
}
