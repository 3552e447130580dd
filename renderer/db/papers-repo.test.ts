import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { doc, para } from '../../shared/richtext/build';
import { inlineText } from '../../shared/richtext/model';
import { openDatabase } from './database';
import type { PanelwrightDb } from './database';
import { addAppendix, addSection, createPaper, deletePaper, duplicatePaper, loadBundle, moveSection, removeSection, restorePaper, restoreSection, setSectionBody, updateCover, updatePaper } from './papers-repo';
import { addCommittee } from './committees-repo';
import { setUserName } from './settings-repo';
import { snapshot } from './backup-repo';

let n = 0;
const opened: PanelwrightDb[] = [];
const fresh = () => {
  const db = openDatabase(`test-papers-${++n}-${Date.now()}`);
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});
const titles = async (db: PanelwrightDb, id: string) => (await loadBundle(db, id))!.sections.map((s) => s.title);

describe('papers in the database', () => {
  it('a new paper has the standard sections, and edits survive closing and reopening the database', async () => {
    const db = fresh();
    const id = await createPaper(db, { title: 'Q2 update' });
    const b = (await loadBundle(db, id))!;
    expect(b.sections.map((s) => s.title)).toHaveLength(13);
    await setSectionBody(db, b.sections[0]!.id, doc(para('Typed before the crash.')));
    await updateCover(db, id, { agendaItem: '8', publicity: 'non-public', exemptionReason: 'Schedule 12A para 3' });
    db.close();
    const again = openDatabase(db.name);
    opened.push(again);
    const b2 = (await loadBundle(again, id))!;
    expect(b2.sections[0]!.body.content[0]).toEqual(para('Typed before the crash.'));
    expect(b2.paper.cover).toMatchObject({ agendaItem: '8', publicity: 'non-public', exemptionReason: 'Schedule 12A para 3', purpose: 'consideration' });
  });

  it('stamps who changed a record and when', async () => {
    const db = fresh();
    await setUserName(db, 'Kevin Dennis');
    const id = await createPaper(db);
    const before = (await db.papers.get(id))!;
    await new Promise((r) => setTimeout(r, 5));
    await updatePaper(db, id, { title: 'Renamed' });
    const after = (await db.papers.get(id))!;
    expect(after.updatedBy).toBe('Kevin Dennis');
    expect(after.updatedAt > before.updatedAt).toBe(true);
    expect(after.createdAt).toBe(before.createdAt);
  });

  it('moves, adds and removes sections; removal is a soft delete that can be undone', async () => {
    const db = fresh();
    const id = await createPaper(db);
    const [first, second] = (await loadBundle(db, id))!.sections;
    await moveSection(db, second!.id, 'up');
    expect((await titles(db, id)).slice(0, 2)).toEqual(['Recommendations', 'Purpose of the Report']);
    const added = await addSection(db, id, { afterId: first!.id, title: 'Performance' });
    expect((await titles(db, id)).slice(0, 3)).toEqual(['Recommendations', 'Purpose of the Report', 'Performance']);
    await removeSection(db, added);
    expect(await titles(db, id)).not.toContain('Performance');
    expect((await snapshot(db)).sections.find((s) => s.id === added)?.deletedAt).not.toBeNull();
    await restoreSection(db, added);
    expect(await titles(db, id)).toContain('Performance');
  });

  it('duplicates a paper with new ids as a draft, without the meeting date', async () => {
    const db = fresh();
    const committeeId = await addCommittee(db, 'Police and Crime Panel');
    const id = await createPaper(db, { title: 'Q2', cover: { committeeId, meetingDate: '2017-12-08', agendaItem: '8' } });
    await updatePaper(db, id, { status: 'final' });
    const b = (await loadBundle(db, id))!;
    await setSectionBody(db, b.sections[0]!.id, doc(para('Carried forward.')));
    await addAppendix(db, id, { title: 'Case study' });
    const copyId = await duplicatePaper(db, id);
    const copy = (await loadBundle(db, copyId))!;
    expect(copy.paper).toMatchObject({ title: 'Q2 (copy)', status: 'draft' });
    expect(copy.paper.cover).toMatchObject({ committeeId, meetingDate: '', agendaItem: '' });
    expect(copy.committee?.name).toBe('Police and Crime Panel');
    expect(inlineText((copy.sections[0]!.body.content[0] as ReturnType<typeof para>).content)).toBe('Carried forward.');
    expect(copy.appendices.map((a) => a.title)).toEqual(['Case study']);
    const ids = new Set([...b.sections.map((s) => s.id), b.paper.id]);
    expect([copy.paper.id, ...copy.sections.map((s) => s.id)].some((x) => ids.has(x))).toBe(false);
  });

  it('a deleted paper disappears from the list but can be restored', async () => {
    const db = fresh();
    const id = await createPaper(db);
    await deletePaper(db, id);
    expect(await loadBundle(db, id)).toBeNull();
    await restorePaper(db, id);
    expect((await loadBundle(db, id))?.sections).toHaveLength(13);
  });

  it('committees are not duplicated by a different spelling of case or spaces', async () => {
    const db = fresh();
    const a = await addCommittee(db, 'Police and Crime Panel');
    expect(await addCommittee(db, '  police and  crime panel ')).toBe(a);
  });
});
