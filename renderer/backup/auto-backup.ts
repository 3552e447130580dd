// Automatic backups (docs/ARCHITECTURE.md, "Durability"): one a day while the app is used, one before
// every schema upgrade, one before every restore. They go through the host (Electron: files in
// userData/backups; browser: the "panelwright-backups" IndexedDB database), which keeps the last N.
import { Dexie } from 'dexie';
import { serializeBackup } from '../../shared/backup/parse';
import type { DatabaseSnapshot } from '../../shared/backup/snapshot';
import { SNAPSHOT_TABLES } from '../../shared/backup/snapshot';
import type { AutoBackupInfo, AutoBackupReason, HostApi } from '../../shared/host/api';
import { exportBackupText } from '../db/backup-repo';
import type { PanelwrightDb } from '../db/database';
import { SCHEMA_VERSIONS } from '../db/schema/versions';

export const DAY_MS = 24 * 60 * 60 * 1000;
export const HOUR_MS = 60 * 60 * 1000;

type BackupHost = Pick<HostApi, 'writeAutoBackup' | 'listAutoBackups'>;

/** The newest schema version this app declares (renderer/db/schema/versions.ts). */
export const newestSchemaVersion = (): number => Math.max(...SCHEMA_VERSIONS.map((v) => v.version));

/** How the screen names a reason. */
export function describeReason(reason: AutoBackupReason): string {
  if (reason === 'daily') return 'Daily';
  if (reason === 'before-restore') return 'Before a restore';
  return `Before the upgrade to data version ${reason.slice('before-upgrade-v'.length)}`;
}

/**
 * Run before the app opens its database. Opens the database on disk without a schema (Dexie's dynamic
 * mode), and if it was written by an older schema version than this app's newest, reads every table as
 * it is and writes a "before-upgrade-vN" backup, so the upgrade that follows can always be undone.
 * Returns the backup written, or null when there was nothing to upgrade (or no database yet).
 */
export async function backupBeforeUpgrade(name: string, host: Pick<HostApi, 'writeAutoBackup'>, appVersion: string): Promise<AutoBackupInfo | null> {
  const target = newestSchemaVersion();
  const raw = new Dexie(name);
  try {
    await raw.open();
  } catch (e) {
    if ((e as { name?: string }).name === 'NoSuchDatabaseError') return null; // first start: nothing to keep
    throw e;
  }
  try {
    if (raw.verno >= target) return null;
    const present = new Set(raw.tables.map((t) => t.name));
    const tables = SNAPSHOT_TABLES.filter((t) => present.has(t));
    const data: Record<string, unknown[]> = Object.fromEntries(SNAPSHOT_TABLES.map((t) => [t, []]));
    await raw.transaction('r', tables, async () => {
      for (const t of tables) data[t] = await raw.table(t).toArray();
    });
    const text = serializeBackup(data as unknown as DatabaseSnapshot, { appVersion, exportedAt: new Date().toISOString() });
    return await host.writeAutoBackup(`before-upgrade-v${target}`, text);
  } finally {
    raw.close();
  }
}

/** Writes a daily backup if the newest one is older than a day (or there is none). */
export async function dailyBackupIfDue(db: PanelwrightDb, host: BackupHost, appVersion: string, now: Date = new Date()): Promise<AutoBackupInfo | null> {
  const list = await host.listAutoBackups();
  const newest = list.filter((b) => b.reason === 'daily').reduce((t, b) => Math.max(t, Date.parse(b.createdAt)), -Infinity);
  if (now.getTime() - newest < DAY_MS) return null;
  return host.writeAutoBackup('daily', await exportBackupText(db, appVersion));
}

/** Checks shortly after start, then every hour while the app runs. Returns a stop function. */
export function startDailyBackups(db: PanelwrightDb, host: BackupHost, appVersion: string, opts: { firstCheckMs?: number; everyMs?: number } = {}): () => void {
  let running = false;
  const check = async () => {
    if (running) return;
    running = true;
    try {
      await dailyBackupIfDue(db, host, appVersion);
    } catch (e) {
      // Not the user's action: say it in the console, try again at the next check.
      console.error('Panelwright: the daily automatic backup could not be written', e);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void check(), opts.firstCheckMs ?? 3000);
  const every = setInterval(() => void check(), opts.everyMs ?? HOUR_MS);
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
