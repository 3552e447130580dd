import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTO_BACKUP_KEEP, autoBackupName, autoBackupsToPrune, parseAutoBackupName } from '../shared/host/api';
import { createAutoBackupStore, nodeBackupFs, type BackupFs } from './auto-backups';

const folder = async () => join(await mkdtemp(join(tmpdir(), 'panelwright-auto-')), 'backups');

describe('automatic backup names', () => {
  it('round-trip time and reason, and refuse anything else', () => {
    const at = new Date('2026-11-22T09:30:01.234Z');
    expect(autoBackupName('before-upgrade-v2', at)).toBe('panelwright-2026-11-22T09-30-01-234Z-before-upgrade-v2.json');
    expect(parseAutoBackupName(autoBackupName('daily', at))).toEqual({ reason: 'daily', createdAt: at.toISOString() });
    for (const bad of [
      'x.json',
      'panelwright-2026-11-22T09-30-01-234Z-weekly.json',
      'panelwright-2026-11-22T09-30-01-234Z-daily.json.exe',
      '../panelwright-2026-11-22T09-30-01-234Z-daily.json',
      'panelwright-2026-19-42T99-30-01-234Z-daily.json',
    ]) {
      expect(parseAutoBackupName(bad), bad).toBeNull();
    }
  });
  it('keep the newest of each kind', () => {
    const names = Array.from({ length: 20 }, (_, i) => autoBackupName('daily', new Date(Date.UTC(2026, 0, 1 + i))));
    const restores = Array.from({ length: 7 }, (_, i) => autoBackupName('before-restore', new Date(Date.UTC(2025, 0, 1 + i))));
    const pruned = autoBackupsToPrune([...names, ...restores, 'notes.txt']);
    expect(pruned.sort()).toEqual([...names.slice(0, 20 - AUTO_BACKUP_KEEP.daily), ...restores.slice(0, 7 - AUTO_BACKUP_KEEP['before-restore'])].sort());
  });
});

describe('the automatic backup folder', () => {
  it('writes, lists newest first, reads back, and keeps only the last N of each kind', async () => {
    const dir = await folder();
    let t = Date.UTC(2026, 0, 1);
    const store = createAutoBackupStore(nodeBackupFs(), dir, () => new Date((t += 3_600_000)));
    for (let i = 0; i < 16; i++) await store.write('daily', `{"n":${i}}`);
    for (let i = 0; i < 7; i++) await store.write('before-restore', `{"r":${i}}`);
    await store.write('before-upgrade-v2', '{"u":1}');
    const list = await store.list();
    expect(list.filter((b) => b.reason === 'daily')).toHaveLength(AUTO_BACKUP_KEEP.daily);
    expect(list.filter((b) => b.reason === 'before-restore')).toHaveLength(AUTO_BACKUP_KEEP['before-restore']);
    expect(list[0]!.reason).toBe('before-upgrade-v2');
    expect(await store.read(list.find((b) => b.reason === 'daily')!.name)).toBe('{"n":15}');
    expect((await readdir(dir)).sort()).toEqual(list.map((b) => b.name).sort()); // no temporary files left
  });
  it('a write that fails half-way leaves no file under a backup name and the earlier backups intact', async () => {
    const dir = await folder();
    const real = nodeBackupFs();
    const store = createAutoBackupStore(real, dir);
    const first = await store.write('daily', '{"kept":true}');
    const failing: BackupFs = {
      ...real,
      writeFileDurably: async (path, data) => {
        await writeFile(path, data.slice(0, 3));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    await expect(createAutoBackupStore(failing, dir).write('daily', '{"new":true}')).rejects.toThrow(/ENOSPC/);
    expect(await readdir(dir)).toEqual([first.name]);
    expect(await readFile(join(dir, first.name), 'utf8')).toBe('{"kept":true}');
  });
  it('lists nothing (rather than failing) before the first backup', async () => {
    expect(await createAutoBackupStore(nodeBackupFs(), await folder()).list()).toEqual([]);
  });
});
