// Automatic backups in a plain browser: kept in their own IndexedDB database ("panelwright-backups"),
// apart from the app's data, so the Backup & restore screen works the same as in Electron. Same names,
// same reasons and the same "keep the last N of each kind" rule (shared/host/api.ts).
import { Dexie } from 'dexie';
import type { Table } from 'dexie';
import {
  MAX_AUTO_BACKUP_BYTES,
  autoBackupName,
  autoBackupsToPrune,
  isAutoBackupReason,
  parseAutoBackupName,
  sortAutoBackups,
  type AutoBackupInfo,
  type AutoBackupReason,
} from '../../shared/host/api';

interface StoredBackup extends AutoBackupInfo {
  readonly text: string;
}

export const BROWSER_BACKUPS_DATABASE = 'panelwright-backups';

class BackupsDb extends Dexie {
  backups!: Table<StoredBackup, string>;
  constructor() {
    super(BROWSER_BACKUPS_DATABASE, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ backups: 'name, createdAt' });
  }
}

let opened: BackupsDb | null = null;
const backupsDb = (): BackupsDb => (opened ??= new BackupsDb());

export async function writeAutoBackup(reason: AutoBackupReason, text: string): Promise<AutoBackupInfo> {
  if (!isAutoBackupReason(reason)) throw new Error('Unknown automatic backup reason.');
  const size = new TextEncoder().encode(text).byteLength;
  if (size > MAX_AUTO_BACKUP_BYTES) throw new Error('The backup is larger than the limit.');
  const name = autoBackupName(reason, new Date());
  const info: AutoBackupInfo = { name, reason, createdAt: parseAutoBackupName(name)!.createdAt, size };
  const bdb = backupsDb();
  // One transaction: the new backup and the pruning of old ones happen together, or not at all.
  await bdb.transaction('rw', bdb.backups, async () => {
    await bdb.backups.put({ ...info, text });
    const prune = autoBackupsToPrune((await bdb.backups.toCollection().primaryKeys()) as string[]);
    if (prune.length) await bdb.backups.bulkDelete(prune);
  });
  return info;
}

export async function listAutoBackups(): Promise<readonly AutoBackupInfo[]> {
  const all: AutoBackupInfo[] = [];
  // Read record by record without keeping the texts around.
  await backupsDb().backups.each(({ name, reason, createdAt, size }) => void all.push({ name, reason, createdAt, size }));
  return sortAutoBackups(all);
}

export async function readAutoBackup(name: string): Promise<string> {
  if (parseAutoBackupName(name) === null) throw new Error('That is not the name of an automatic backup.');
  const found = await backupsDb().backups.get(name);
  if (!found) throw new Error('That automatic backup is no longer there.');
  return found.text;
}
