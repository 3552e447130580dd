import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../shared/backup/parse';
import { emptySnapshot } from '../../shared/backup/snapshot';
import { sampleSnapshot } from '../../shared/sample/reference-paper';
import type { AutoBackupInfo, AutoBackupReason } from '../../shared/host/api';
import { autoBackupName, parseAutoBackupName } from '../../shared/host/api';
import { restoreBackupKeepingCopy, snapshot } from '../db/backup-repo';
import { createPaper } from '../db/papers-repo';
import v1Fixture from '../db/schema/fixtures/v1.json';
import { CURRENT_SCHEMA_VERSION } from '../db/schema/versions';
import { writeWithRawSchema } from '../db/schema/write-raw';
import { freshDb, reopen } from '../db/test-helpers';
import { DAY_MS, backupBeforeUpgrade, dailyBackupIfDue, newestSchemaVersion } from './auto-backup';

/** A host that keeps backups in memory, with a clock the test moves. */
function memoryHost(clock = { now: Date.now() }) {
  const kept = new Map<string, { info: AutoBackupInfo; text: string }>();
  return {
    clock,
    kept,
    writeAutoBackup: (reason: AutoBackupReason, text: string) => {
      const name = autoBackupName(reason, new Date(clock.now));
      const info = { name, reason, createdAt: parseAutoBackupName(name)!.createdAt, size: text.length };
      kept.set(name, { info, text });
      return Promise.resolve(info);
    },
    listAutoBackups: () => Promise.resolve([...kept.values()].map((k) => k.info).reverse()),
  };
}

describe('automatic backups in the renderer', () => {
  it('the newest schema version comes from the declared versions', () => {
    expect(newestSchemaVersion()).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('before an upgrade: a database written by schema version 1 is backed up whole before the app opens it', async () => {
    const target = freshDb('pre-upgrade');
    const { committees, papers, sections, appendices } = sampleSnapshot();
    // Version 1 had only the paper tables, so that is all such a database can hold.
    const v1Data = { ...emptySnapshot(), committees, papers, sections, appendices };
    await writeWithRawSchema(target.name, 1, v1Fixture.stores, { committees, papers, sections, appendices, settings: [{ key: 'userName', value: 'Kevin' }] });
    const host = memoryHost();
    const kept = await backupBeforeUpgrade(target.name, host, '0.1.0');
    expect(kept?.reason).toBe(`before-upgrade-v${CURRENT_SCHEMA_VERSION}`);
    const parsed = parseBackup([...host.kept.values()][0]!.text);
    expect(parsed.ok && parsed.snapshot).toEqual(v1Data);
    // The raw open left the database as it was, and the app then upgrades it as before.
    const db = reopen(target);
    await db.open();
    expect(await snapshot(db)).toEqual(v1Data);
    // Once upgraded there is nothing more to keep.
    db.close();
    expect(await backupBeforeUpgrade(target.name, host, '0.1.0')).toBeNull();
    expect(host.kept.size).toBe(1);
  });

  it('no backup on the very first start (no database yet), and none is created by looking', async () => {
    const name = `never-created-${Math.random()}`;
    expect(await backupBeforeUpgrade(name, memoryHost(), '0.1.0')).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('daily: written when none is newer than a day, not again within the day', async () => {
    const db = freshDb('daily');
    await createPaper(db, { title: 'Budget' });
    const host = memoryHost();
    expect(await dailyBackupIfDue(db, host, '0.1.0', new Date(host.clock.now))).toMatchObject({ reason: 'daily' });
    host.clock.now += DAY_MS - 60_000;
    expect(await dailyBackupIfDue(db, host, '0.1.0', new Date(host.clock.now))).toBeNull();
    host.clock.now += 120_000;
    expect(await dailyBackupIfDue(db, host, '0.1.0', new Date(host.clock.now))).toMatchObject({ reason: 'daily' });
    expect(host.kept.size).toBe(2);
  });

  it('a restore keeps a copy of what was there first; a bad file keeps nothing and changes nothing', async () => {
    const db = freshDb('before-restore');
    await createPaper(db, { title: 'Today’s work' });
    const before = await snapshot(db);
    const host = memoryHost();
    const keep = (text: string) => host.writeAutoBackup('before-restore', text);
    expect((await restoreBackupKeepingCopy(db, 'not json', '0.1.0', keep)).ok).toBe(false);
    expect(host.kept.size).toBe(0);
    expect(await snapshot(db)).toEqual(before);

    const other = freshDb('other');
    await createPaper(other, { title: 'From the backup' });
    const { exportBackupText } = await import('../db/backup-repo');
    expect((await restoreBackupKeepingCopy(db, await exportBackupText(other, '0.1.0'), '0.1.0', keep)).ok).toBe(true);
    const copy = parseBackup([...host.kept.values()][0]!.text);
    expect(copy.ok && copy.snapshot).toEqual(before);

    // If the copy cannot be kept, nothing is replaced.
    const now = await snapshot(db);
    await expect(
      restoreBackupKeepingCopy(db, await exportBackupText(freshDb('third'), '0.1.0'), '0.1.0', async () => Promise.reject(new Error('disk full'))),
    ).rejects.toThrow('disk full');
    expect(await snapshot(db)).toEqual(now);
  });
});
