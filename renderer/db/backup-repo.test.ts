import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { doc, para } from '../../shared/richtext/build';
import { openDatabase } from './database';
import type { PanelwrightDb } from './database';
import { exportBackupText, restoreBackup, seedSampleIfFirstRun, snapshot } from './backup-repo';
import { createPaper, deletePaper, loadBundle, setSectionBody } from './papers-repo';

let n = 0;
const opened: PanelwrightDb[] = [];
const fresh = () => {
  const db = openDatabase(`test-backup-${++n}-${Date.now()}`);
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('backup and restore', () => {
  it('a backup restores into another database exactly, soft-deleted records included', async () => {
    const a = fresh();
    const id = await createPaper(a, { title: 'Kept' });
    const gone = await createPaper(a, { title: 'Deleted' });
    await deletePaper(a, gone);
    await setSectionBody(a, (await loadBundle(a, id))!.sections[0]!.id, doc(para('Text')));
    const text = await exportBackupText(a, '0.1.0');
    const b = fresh();
    await createPaper(b, { title: 'Will be replaced' });
    const r = await restoreBackup(b, text);
    expect(r).toEqual({ ok: true, counts: { committees: 0, papers: 2, sections: 26, appendices: 0 } });
    expect(await snapshot(b)).toEqual(await snapshot(a));
  });

  it('a bad file is refused and the database is left exactly as it was', async () => {
    const db = fresh();
    await seedSampleIfFirstRun(db);
    await createPaper(db, { title: 'Today’s work' });
    const before = JSON.stringify(await snapshot(db));
    const good = await exportBackupText(db, '0.1.0');
    const bad = [
      '',
      'not json',
      good.slice(0, good.length - 100),
      good.replace('"version": 1', '"version": 9'),
      good.replace(/"title": "[^"]*"/, '"title": 42'),
      JSON.stringify({ format: 'panelwright-backup', version: 1 }),
    ];
    for (const text of bad) {
      const r = await restoreBackup(db, text);
      expect(r.ok).toBe(false);
      expect(JSON.stringify(await snapshot(db))).toBe(before);
    }
  });

  it('the sample is loaded on the first start only, and not again after it is deleted', async () => {
    const db = fresh();
    expect(await seedSampleIfFirstRun(db)).toBe(true);
    const papers = await db.papers.toArray();
    expect(papers.map((p) => p.title)).toEqual([expect.stringContaining('Update Report')]);
    await deletePaper(db, papers[0]!.id);
    expect(await seedSampleIfFirstRun(db)).toBe(false);
    expect((await db.papers.toArray()).filter((p) => p.deletedAt === null)).toHaveLength(0);
  });

  it('an existing database is never seeded over', async () => {
    const db = fresh();
    await createPaper(db, { title: 'Mine' });
    expect(await seedSampleIfFirstRun(db)).toBe(false);
    expect((await db.papers.toArray()).map((p) => p.title)).toEqual(['Mine']);
  });
});
