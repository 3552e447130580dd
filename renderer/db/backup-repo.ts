// Whole-database snapshot, backup and restore, and first-run sample data.
import { parseBackup, serializeBackup } from '../../shared/backup/parse';
import type { BackupParseResult } from '../../shared/backup/parse';
import { planRestoreOne } from '../../shared/backup/restore-one';
import type { RestoreOneKind } from '../../shared/backup/restore-one';
import type { SnapshotTable } from '../../shared/backup/tables';
import { userAction } from './action';
import { valid } from './validate';
import type { DatabaseSnapshot } from '../../shared/backup/snapshot';
import { SNAPSHOT_TABLES } from '../../shared/backup/snapshot';
import { sampleSnapshot } from '../../shared/sample/reference-paper';
import { rewrittenVersions, rewrittenVersionsMessage } from '../../shared/issued/versions';
import type { PanelwrightDb } from './database';
import { allDataTables, readAll, tableOf } from './database';
import { SETTING_KEYS } from './settings-repo';

type TableName = (typeof SNAPSHOT_TABLES)[number];
export type TableCounts = Record<TableName, number>;
export type RestoreResult = { ok: true; counts: TableCounts } | { ok: false; errors: string[] };

// Settings are left out on purpose: they belong to this computer, not to the papers.
const dataTables = allDataTables;

/** Every record of every table, soft-deleted ones included (a later merge needs them). */
export function snapshot(db: PanelwrightDb): Promise<DatabaseSnapshot> {
  return db.transaction('r', dataTables(db), () => readAll(db));
}

/** The text of a backup file of the whole database (shared/backup/parse.ts, docs/backup-format.md). */
export async function exportBackupText(db: PanelwrightDb, appVersion: string): Promise<string> {
  return serializeBackup(await snapshot(db), { appVersion, exportedAt: new Date().toISOString() });
}

const countsOf = (s: DatabaseSnapshot): TableCounts => Object.fromEntries(SNAPSHOT_TABLES.map((t) => [t, s[t].length])) as TableCounts;

async function addAll(db: PanelwrightDb, s: DatabaseSnapshot): Promise<void> {
  for (const t of SNAPSHOT_TABLES) if (s[t].length) await tableOf(db, t).bulkAdd([...s[t]]);
}

/** Replaces every table with the snapshot in one transaction: all of it is written, or none. */
async function replaceAll(db: PanelwrightDb, s: DatabaseSnapshot): Promise<void> {
  await db.transaction('rw', dataTables(db), async () => {
    for (const t of dataTables(db)) await t.clear();
    await addAll(db, s);
  });
}

/** Why a restore would rewrite an issued version already here (same id, other content), or null. */
async function rewritesIssued(db: PanelwrightDb, incoming: DatabaseSnapshot): Promise<string | null> {
  const rewritten = rewrittenVersions(await db.issuedVersions.toArray(), incoming.issuedVersions);
  return rewritten.length ? rewrittenVersionsMessage(rewritten) : null;
}

/**
 * Restores a backup file's text, replacing everything in the database. The whole file is validated
 * first; a file with any problem changes nothing and returns the problems to show the user.
 */
export async function restoreBackup(db: PanelwrightDb, text: string): Promise<RestoreResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const rewritten = await rewritesIssued(db, parsed.snapshot);
  if (rewritten) return { ok: false, errors: [rewritten] };
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
    await addAll(db, sampleSnapshot());
    return true;
  });
}

/** A checked backup file: what Restore shows before asking (never throws; see parseBackup). */
export const checkBackup = (text: string): BackupParseResult => parseBackup(text);
export type CheckedBackup = Extract<BackupParseResult, { ok: true }>;

/**
 * Replaces everything with a backup already checked (checkBackup), first handing a backup of what is
 * here now to `keepCopy`. Issued versions here are never rewritten: such a file changes nothing.
 */
export async function restoreCheckedKeepingCopy(
  db: PanelwrightDb,
  checked: CheckedBackup,
  appVersion: string,
  keepCopy: (currentText: string) => Promise<unknown>,
): Promise<RestoreResult> {
  const rewritten = await rewritesIssued(db, checked.snapshot);
  if (rewritten) return { ok: false, errors: [rewritten] };
  await keepCopy(await exportBackupText(db, appVersion));
  await replaceAll(db, checked.snapshot);
  return { ok: true, counts: countsOf(checked.snapshot) };
}

export type RestoreOneResult = { ok: true; title: string; lines: string[] } | { ok: false; error: string };

/**
 * Restores one paper or plan of a checked backup into the database as it is (shared/backup/restore-one.ts
 * says the rule). A refusal changes nothing; otherwise a backup of what is here now goes to `keepCopy`
 * first, then every record is validated and written in one transaction.
 */
export async function restoreOneKeepingCopy(
  db: PanelwrightDb,
  checked: CheckedBackup,
  kind: RestoreOneKind,
  id: string,
  appVersion: string,
  keepCopy: (currentText: string) => Promise<unknown>,
): Promise<RestoreOneResult> {
  const first = planRestoreOne(checked.snapshot, await snapshot(db), kind, id, { by: '', at: new Date().toISOString() });
  if (!first.ok) return first;
  await keepCopy(await exportBackupText(db, appVersion));
  return userAction(db, dataTables(db), async (stamp) => {
    // Worked out again inside the transaction, against exactly what is being written over.
    const outcome = planRestoreOne(checked.snapshot, await readAll(db), kind, id, stamp);
    if (!outcome.ok) return outcome;
    for (const [table, rows] of Object.entries(outcome.put) as [SnapshotTable, DatabaseSnapshot[SnapshotTable][number][]][]) {
      if (rows.length) await tableOf(db, table).bulkPut(rows.map((r) => valid(table, r)));
    }
    return { ok: true as const, title: outcome.title, lines: outcome.lines };
  });
}

/**
 * Restores like restoreBackup, but once the file has been checked and before anything is replaced, hands
 * the text of a backup of what is in the database now to `keepCopy` (the "before-restore" automatic
 * backup). If keeping the copy fails, nothing is replaced and the error propagates.
 */
export async function restoreBackupKeepingCopy(
  db: PanelwrightDb,
  text: string,
  appVersion: string,
  keepCopy: (currentText: string) => Promise<unknown>,
): Promise<RestoreResult> {
  const parsed = parseBackup(text);
  return parsed.ok ? restoreCheckedKeepingCopy(db, parsed, appVersion, keepCopy) : { ok: false, errors: parsed.errors };
}
