import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../../shared/backup/parse';
import { doc, para } from '../../shared/richtext/build';
import { sampleSnapshot } from '../../shared/sample/reference-paper';
import { checkBackup, exportBackupText, restoreOneKeepingCopy, snapshot } from './backup-repo';
import type { CheckedBackup } from './backup-repo';
import { addCommittee } from './committees-repo';
import { addSection, createPaper, loadBundle, renameSection, setSectionBody } from './papers-repo';
import { issuePaper } from './issued-repo';
import { freshDb } from './test-helpers';

const checked = (text: string): CheckedBackup => {
  const r = checkBackup(text);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
};

describe('restoring one paper from a backup into this database', () => {
  it('brings back the backup’s copy of that paper only; everything else stays exactly as it was', async () => {
    const db = freshDb();
    const committeeId = await addCommittee(db, 'Police and Crime Panel');
    const paperId = await createPaper(db, { title: 'Budget report', cover: { committeeId } });
    const first = (await loadBundle(db, paperId))!.sections[0]!;
    await setSectionBody(db, first.id, doc(para('The budget is £1,250.')));
    const backup = checked(await exportBackupText(db, '0.4.0'));

    // After the backup: the paper is spoiled, and another paper is written.
    await setSectionBody(db, first.id, doc(para('Deleted by mistake.')));
    await renameSection(db, first.id, 'Wrong title');
    const extra = await addSection(db, paperId, { title: 'Added since' });
    const other = await createPaper(db, { title: 'Another paper, kept' });
    const before = await snapshot(db);

    const kept: string[] = [];
    const r = await restoreOneKeepingCopy(db, backup, 'paper', paperId, '0.4.0', (t) => {
      kept.push(t);
      return Promise.resolve();
    });
    expect(r).toEqual({
      ok: true,
      title: 'Budget report',
      lines: expect.arrayContaining(['Replaced the paper “Budget report” on this computer with the backup’s copy.']),
    });
    const after = await loadBundle(db, paperId);
    expect(after!.sections.map((s) => s.title)).toEqual(
      backup.snapshot.sections
        .filter((s) => s.paperId === paperId && s.deletedAt === null)
        .sort((a, b) => a.position - b.position)
        .map((s) => s.title),
    );
    expect(after!.sections[0]!.title).not.toBe('Wrong title');
    expect(JSON.stringify(after!.sections[0]!.body)).toContain('The budget is £1,250.');
    expect(after!.sections.some((s) => s.id === extra)).toBe(false);
    // A copy of what was here is kept first.
    expect((JSON.parse(kept[0]!) as { data: { papers: unknown[] } }).data.papers).toHaveLength(2);
    const now = await snapshot(db);
    expect(now.papers.find((p) => p.id === other)).toEqual(before.papers.find((p) => p.id === other));
    expect(now.committees).toEqual(before.committees);
  });

  it('a refusal (the paper was issued since the backup) changes nothing and keeps no copy', async () => {
    const db = freshDb();
    const paperId = await createPaper(db, { title: 'Issued later' });
    const backup = checked(await exportBackupText(db, '0.4.0'));
    await issuePaper(db, paperId, { note: '', revisedNote: null, appVersion: '0.4.0' });
    const before = await snapshot(db);
    const kept: string[] = [];
    const r = await restoreOneKeepingCopy(db, backup, 'paper', paperId, '0.4.0', (t) => {
      kept.push(t);
      return Promise.resolve();
    });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/has been issued since this backup was made \(version 1,/) });
    expect(await snapshot(db)).toEqual(before);
    expect(kept).toEqual([]);
  });

  it('a plan comes with what it names; the papers and library here are untouched', async () => {
    const db = freshDb();
    const paperId = await createPaper(db, { title: 'Mine' });
    const before = await snapshot(db);
    const backup = checked(serializeBackup(sampleSnapshot(), { appVersion: '0.3.0', exportedAt: '2026-11-01T09:00:00.000Z' }));
    const plan = sampleSnapshot().plans[0]!;
    const r = await restoreOneKeepingCopy(db, backup, 'plan', plan.id, '0.4.0', async () => {});
    expect(r.ok).toBe(true);
    const now = await snapshot(db);
    expect(now.deliverables).toHaveLength(sampleSnapshot().deliverables.length);
    expect(now.papers).toEqual(before.papers);
    expect(now.papers[0]!.id).toBe(paperId);
    expect(now.caseStudies).toHaveLength(0);
  });
});
