import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { BACKUP_VERSION } from '../../shared/backup/schema';
import { describe, expect, it } from 'vitest';
import { doc, para } from '../../shared/richtext/build';
import { sampleSnapshot } from '../../shared/sample/reference-paper';
import { exportBackupText, restoreBackup, seedSampleIfFirstRun, snapshot } from './backup-repo';
import { addCommittee } from './committees-repo';
import { addAppendix, createPaper, deletePaper, loadBundle, setSectionBody } from './papers-repo';
import { getUserName, setUserName } from './settings-repo';
import { freshDb, reopen } from './test-helpers';

const SAMPLE_FILE = new URL('../../assets/sample-backup.json', import.meta.url);

describe('backup and restore', () => {
  it('a backup restores into another database exactly, soft-deleted records included', async () => {
    const a = freshDb();
    const committeeId = await addCommittee(a, 'Police and Crime Panel');
    const id = await createPaper(a, { title: 'Kept', cover: { committeeId } });
    await addAppendix(a, id, { title: 'A' });
    const gone = await createPaper(a, { title: 'Deleted' });
    await deletePaper(a, gone);
    await setSectionBody(a, (await loadBundle(a, id))!.sections[0]!.id, doc(para('Text')));
    const text = await exportBackupText(a, '0.1.0');
    expect(JSON.parse(text)).toMatchObject({ format: 'panelwright-backup', version: BACKUP_VERSION, app: { name: 'Panelwright', version: '0.1.0' } });

    const b = freshDb();
    await createPaper(b, { title: 'Will be replaced' });
    const r = await restoreBackup(b, text);
    expect(r).toEqual({ ok: true, counts: expect.objectContaining({ committees: 1, papers: 2, sections: 26, appendices: 1, blocks: 0 }) });
    expect(await snapshot(reopen(b))).toEqual(await snapshot(a));
  });

  it('restores the shipped sample file, and leaves device settings alone', async () => {
    const db = freshDb();
    await setUserName(db, 'Philip Gilbert');
    const r = await restoreBackup(db, readFileSync(SAMPLE_FILE, 'utf8'));
    expect(r.ok && r.counts).toMatchObject({ committees: 4, papers: 1, sections: 13, appendices: 2 });
    expect(await snapshot(db)).toEqual(sampleSnapshot());
    expect(await getUserName(db)).toBe('Philip Gilbert');
  });

  it('a bad file is refused with the reasons, and the database is left exactly as it was', async () => {
    const db = freshDb();
    await seedSampleIfFirstRun(db);
    await createPaper(db, { title: 'Today’s work' });
    const before = await snapshot(db);
    const good = await exportBackupText(db, '0.1.0');
    const bad = [
      '',
      'not json',
      good.slice(0, good.length - 100),
      good.replace(`"version": ${BACKUP_VERSION}`, `"version": ${BACKUP_VERSION + 1}`),
      good.replace(/"title": "[^"]*"/, '"title": 42'),
      good.replace(/"paperId": "[^"]*"/, '"paperId": "nowhere"'),
      good.replace('"type": "bold"', '"type": "script"'),
      JSON.stringify({ format: 'panelwright-backup', version: 1 }),
    ];
    for (const text of bad) {
      const r = await restoreBackup(db, text);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.errors.length).toBeGreaterThan(0);
      expect(await snapshot(db)).toEqual(before);
    }
  });
});

describe('first-run sample', () => {
  it('is loaded on the first start only, and not again after it is deleted', async () => {
    const db = freshDb();
    expect(await seedSampleIfFirstRun(db)).toBe(true);
    expect(await snapshot(db)).toEqual(sampleSnapshot());
    const papers = await db.papers.toArray();
    await deletePaper(db, papers[0]!.id);
    const again = reopen(db);
    expect(await seedSampleIfFirstRun(again)).toBe(false);
    expect((await again.papers.toArray()).filter((p) => p.deletedAt === null)).toHaveLength(0);
  });

  it('is never loaded over existing data, nor later once that data is gone', async () => {
    const db = freshDb();
    await addCommittee(db, 'Audit Committee');
    expect(await seedSampleIfFirstRun(db)).toBe(false);
    expect(await db.papers.count()).toBe(0);
    await db.committees.clear();
    expect(await seedSampleIfFirstRun(db)).toBe(false);
  });
});
