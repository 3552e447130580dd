// Automatic backups on disk: userData/backups/panelwright-<time>-<reason>.json. Each is written to a
// temporary file, flushed, then renamed into place (a crash mid-write leaves the old set intact, never a
// half file under a backup's name); after each write only the newest AUTO_BACKUP_KEEP of each kind stay.
// The file system is injected, so electron/auto-backups.test.ts runs in Node on a temporary folder.

import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import nodePath from 'node:path';
import {
  MAX_AUTO_BACKUP_BYTES,
  autoBackupName,
  autoBackupsToPrune,
  isAutoBackupReason,
  parseAutoBackupName,
  sortAutoBackups,
  type AutoBackupInfo,
} from '../shared/host/api';
import { must } from '../shared/records/must';

export interface BackupFs {
  mkdir(path: string): Promise<unknown>;
  /** Writes the whole file and flushes it to disk before resolving. */
  writeFileDurably(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<{ readonly size: number; isFile(): boolean }>;
  unlink(path: string): Promise<void>;
}

/** The real file system (main.ts; the tests use it on a temporary folder). */
export function nodeBackupFs(): BackupFs {
  return {
    mkdir: (path) => mkdir(path, { recursive: true }),
    writeFileDurably: async (path, data) => {
      const file = await open(path, 'w');
      try {
        await file.writeFile(data);
        await file.sync();
      } finally {
        await file.close();
      }
    },
    rename: (from, to) => rename(from, to),
    readdir: (path) => readdir(path),
    readFile: (path) => readFile(path),
    stat: (path) => stat(path),
    unlink: (path) => unlink(path),
  };
}

export class AutoBackupRejection extends Error {
  override readonly name = 'AutoBackupRejection';
}

const TEMP_PREFIX = '.writing-';

export interface AutoBackupStore {
  write(reason: unknown, text: unknown): Promise<AutoBackupInfo>;
  list(): Promise<AutoBackupInfo[]>;
  read(name: unknown): Promise<string>;
}

export function createAutoBackupStore(fs: BackupFs, dir: string, now: () => Date = () => new Date()): AutoBackupStore {
  const pathOf = (name: string) => nodePath.join(dir, name);

  const list = async (): Promise<AutoBackupInfo[]> => {
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch {
      return []; // no folder yet: no backups yet
    }
    const out: AutoBackupInfo[] = [];
    for (const name of names) {
      const parsed = parseAutoBackupName(name);
      if (!parsed) continue;
      try {
        const info = await fs.stat(pathOf(name));
        if (info.isFile()) out.push({ name, ...parsed, size: info.size });
      } catch {
        /* deleted meanwhile */
      }
    }
    return sortAutoBackups(out);
  };

  return {
    list,
    async write(reason, text) {
      if (!isAutoBackupReason(reason)) throw new AutoBackupRejection('Refused: unknown automatic backup reason.');
      if (typeof text !== 'string' || text.length === 0) throw new AutoBackupRejection('Refused: the backup text is malformed.');
      const data = new TextEncoder().encode(text);
      if (data.byteLength > MAX_AUTO_BACKUP_BYTES) throw new AutoBackupRejection('Refused: the backup is larger than the limit.');
      const name = autoBackupName(reason, now());
      await fs.mkdir(dir);
      const temp = pathOf(`${TEMP_PREFIX}${name}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
      try {
        await fs.writeFileDurably(temp, data);
        await fs.rename(temp, pathOf(name));
      } catch (e) {
        await fs.unlink(temp).catch(() => {});
        throw e;
      }
      // Prune the oldest of each kind, and temporary files a crash left behind.
      const names = await fs.readdir(dir);
      const stale = names.filter((n) => n.startsWith(TEMP_PREFIX) && n.endsWith('.tmp') && !temp.endsWith(n));
      for (const n of [...autoBackupsToPrune(names), ...stale]) await fs.unlink(pathOf(n)).catch(() => {});
      return { name, reason, createdAt: must(parseAutoBackupName(name), 'parseAutoBackupName(name)').createdAt, size: data.byteLength };
    },
    async read(name) {
      // Only a name of the exact automatic-backup form, which has no separators or "..": no traversal.
      if (parseAutoBackupName(name) === null) throw new AutoBackupRejection('Refused: that is not the name of an automatic backup.');
      const path = pathOf(name as string);
      const info = await fs.stat(path).catch(() => null);
      if (info === null || !info.isFile()) throw new AutoBackupRejection('That automatic backup is no longer there.');
      if (info.size > MAX_AUTO_BACKUP_BYTES) throw new AutoBackupRejection('That automatic backup is too large to open.');
      return new TextDecoder().decode(await fs.readFile(path));
    },
  };
}
