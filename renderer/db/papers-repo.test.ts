import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { doc, footnote, link, para } from '../../shared/richtext/build';
import { inlineText } from '../../shared/richtext/model';
import type { ParagraphNode } from '../../shared/richtext/model';
import { snapshot } from './backup-repo';
import { addCommittee } from './committees-repo';
import type { PanelwrightDb } from './database';
import {
  addAppendix,
  addSection,
  createPaper,
  deletePaper,
  duplicatePaper,
  loadBundle,
  moveAppendix,
  moveSection,
  removeAppendix,
  removeSection,
  renameAppendix,
  renameSection,
  restorePaper,
  restoreSection,
  setAppendixBody,
  setSectionBody,
  updateCover,
  updatePaper,
} from './papers-repo';
import { setUserName } from './settings-repo';
import { freshDb, reopen, tick } from './test-helpers';
import { emptySnapshot } from '../../shared/backup/snapshot';

const bundleOf = async (db: PanelwrightDb, id: string) => (await loadBundle(db, id))!;
const titles = async (db: PanelwrightDb, id: string) => (await bundleOf(db, id)).sections.map((s) => s.title);
const firstText = (body: { content: readonly unknown[] }) => inlineText((body.content[0] as ParagraphNode).content);

describe('papers', () => {
  it('a new paper is a draft with the 13 standard sections, stamped by "Local user" until a name is set', async () => {
    const db = freshDb();
    const id = await createPaper(db, { title: 'Q2 update', cover: { agendaItem: '8' } });
    const b = await bundleOf(db, id);
    expect(b.paper).toMatchObject({ title: 'Q2 update', status: 'draft', footnoteStyle: 'letter', updatedBy: 'Local user', deletedAt: null });
    expect(b.paper.cover.agendaItem).toBe('8');
    expect(b.sections.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(b.sections[11]!.kind).toBe('appendices');
  });

  it('every kind of action is written to disk: the data is the same after closing and reopening', async () => {
    const db = freshDb();
    const id = await createPaper(db);
    const [s1, s2] = (await bundleOf(db, id)).sections;
    await updatePaper(db, id, {
      title: 'Renamed',
      footnoteStyle: 'number',
      contacts: [{ id: 'c1', name: 'Kevin Dennis', role: 'Chief Executive', email: 'k@example.org', phone: '0115 8445998' }],
    });
    await updateCover(db, id, { agendaItem: '8', publicity: 'non-public', exemptionReason: 'Schedule 12A para 3' });
    await setSectionBody(db, s1!.id, doc(para('Typed before the crash.', footnote('https://example.org', 'f1'))));
    await renameSection(db, s2!.id, 'Recommendation');
    const added = await addSection(db, id, { afterId: s1!.id, title: 'Performance' });
    await moveSection(db, added, 'up');
    await removeSection(db, s2!.id);
    const a = await addAppendix(db, id, { title: 'Case study' });
    const b = await addAppendix(db, id, { title: 'Action plan' });
    await renameAppendix(db, a, 'Case study – NCRS');
    await setAppendixBody(db, a, doc(para('Appendix text')));
    await moveAppendix(db, b, 'up');
    await removeAppendix(db, b);
    const before = await snapshot(db);

    const again = reopen(db);
    expect(await snapshot(again)).toEqual(before);
    const bundle = await bundleOf(again, id);
    expect(bundle.paper).toMatchObject({ title: 'Renamed', footnoteStyle: 'number', contacts: [expect.objectContaining({ name: 'Kevin Dennis' })] });
    expect(bundle.paper.cover).toMatchObject({ agendaItem: '8', publicity: 'non-public', exemptionReason: 'Schedule 12A para 3', purpose: 'consideration' });
    expect(bundle.sections.slice(0, 2).map((s) => s.title)).toEqual(['Performance', 'Purpose of the Report']);
    expect(firstText(bundle.sections[1]!.body)).toBe('Typed before the crash.');
    expect(bundle.sections.map((s) => s.title)).not.toContain('Recommendation');
    expect(bundle.appendices.map((x) => [x.title, firstText(x.body)])).toEqual([['Case study – NCRS', 'Appendix text']]);
  });

  it('stamps updatedAt and updatedBy on every change, and leaves createdAt alone', async () => {
    const db = freshDb();
    const id = await createPaper(db);
    const section = (await bundleOf(db, id)).sections[0]!;
    const appendix = await addAppendix(db, id, { title: 'A' });
    await setUserName(db, '  Kevin   Dennis ');
    const actions: [string, () => Promise<unknown>, () => Promise<{ updatedAt: string; updatedBy: string; createdAt: string } | undefined>][] = [
      ['updatePaper', () => updatePaper(db, id, { title: 'T' }), () => db.papers.get(id)],
      ['updateCover', () => updateCover(db, id, { author: 'Kevin Dennis' }), () => db.papers.get(id)],
      ['setSectionBody', () => setSectionBody(db, section.id, doc(para('x'))), () => db.sections.get(section.id)],
      ['renameSection', () => renameSection(db, section.id, 'Purpose'), () => db.sections.get(section.id)],
      ['removeSection', () => removeSection(db, section.id), () => db.sections.get(section.id)],
      ['restoreSection', () => restoreSection(db, section.id), () => db.sections.get(section.id)],
      ['setAppendixBody', () => setAppendixBody(db, appendix, doc(para('y'))), () => db.appendices.get(appendix)],
      ['renameAppendix', () => renameAppendix(db, appendix, 'B'), () => db.appendices.get(appendix)],
      ['deletePaper', () => deletePaper(db, id), () => db.papers.get(id)],
      ['restorePaper', () => restorePaper(db, id), () => db.papers.get(id)],
    ];
    for (const [name, act, read] of actions) {
      const before = (await read())!;
      await tick();
      await act();
      const after = (await read())!;
      expect({ name, later: after.updatedAt > before.updatedAt, by: after.updatedBy, created: after.createdAt }).toEqual({
        name,
        later: true,
        by: 'Kevin Dennis',
        created: before.createdAt,
      });
    }
  });

  it('refuses a change a backup could not hold, and changes nothing', async () => {
    const db = freshDb();
    const id = await createPaper(db);
    const section = (await bundleOf(db, id)).sections[0]!;
    const before = await snapshot(db);
    await expect(updatePaper(db, id, { title: 'x'.repeat(1001) })).rejects.toThrow('Not saved: paper.title: longer than 1000 characters');
    await expect(setSectionBody(db, section.id, doc(para(link('click', 'javascript:alert(1)'))))).rejects.toThrow(
      /Not saved: section\.body\.content\[0\]\.content\[0\]\.marks\[0\]\.attrs\.href: links must start/,
    );
    await expect(updateCover(db, id, { meetingDate: '8/12/2017' })).rejects.toThrow(/meetingDate: expected a date like 2017-12-08/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('changes to records that no longer exist are ignored', async () => {
    const db = freshDb();
    await updatePaper(db, 'missing', { title: 'x' });
    await setSectionBody(db, 'missing', doc(para('x')));
    await moveSection(db, 'missing', 'up');
    await removeAppendix(db, 'missing');
    expect(await snapshot(db)).toEqual(emptySnapshot());
    await expect(addSection(db, 'missing', { title: 'x' })).rejects.toThrow('That paper no longer exists.');
    await expect(duplicatePaper(db, 'missing')).rejects.toThrow('That paper no longer exists.');
  });
});

describe('sections and appendices', () => {
  it('adds after a given section, or at the end', async () => {
    const db = freshDb();
    const id = await createPaper(db);
    const [first] = (await bundleOf(db, id)).sections;
    await addSection(db, id, { afterId: first!.id, title: 'Second' });
    await addSection(db, id, { title: 'Last' });
    await addSection(db, id, { afterId: 'not-there', title: 'Also last' });
    const t = await titles(db, id);
    expect(t.slice(0, 2)).toEqual(['Purpose of the Report', 'Second']);
    expect(t.slice(-2)).toEqual(['Last', 'Also last']);
  });

  it('moving renumbers the live sections 1, 2, 3 …; moving past either end does nothing', async () => {
    const db = freshDb();
    const id = await createPaper(db);
    const [first] = (await bundleOf(db, id)).sections;
    const inserted = await addSection(db, id, { afterId: first!.id, title: 'Inserted' }); // position 1.5
    await moveSection(db, inserted, 'down');
    const b = await bundleOf(db, id);
    expect(b.sections.map((s) => s.position)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(b.sections.slice(0, 3).map((s) => s.title)).toEqual(['Purpose of the Report', 'Recommendations', 'Inserted']);
    const before = await snapshot(db);
    await moveSection(db, b.sections[0]!.id, 'up');
    await moveSection(db, b.sections[13]!.id, 'down');
    expect(await snapshot(db)).toEqual(before);
  });

  it('moving skips removed sections and sorts out equal positions', async () => {
    const db = freshDb();
    const id = await createPaper(db);
    const [a, b, c] = (await bundleOf(db, id)).sections;
    await removeSection(db, b!.id);
    await moveSection(db, c!.id, 'up');
    expect((await titles(db, id)).slice(0, 2)).toEqual(['Reasons for Recommendations', 'Purpose of the Report']);
    await db.sections.update(a!.id, { position: 1 });
    await db.sections.update(c!.id, { position: 1 }); // a tie, as merged data could make
    await moveSection(db, c!.id, 'down');
    const positions = (await bundleOf(db, id)).sections.map((s) => s.position);
    expect(new Set(positions).size).toBe(positions.length);
  });

  it('a removed section disappears from the paper but stays in the snapshot until restored', async () => {
    const db = freshDb();
    const id = await createPaper(db);
    const added = await addSection(db, id, { title: 'Performance' });
    await removeSection(db, added);
    expect(await titles(db, id)).not.toContain('Performance');
    expect((await snapshot(db)).sections.find((s) => s.id === added)?.deletedAt).toEqual(expect.any(String));
    await restoreSection(db, added);
    expect(await titles(db, id)).toContain('Performance');
  });
});

describe('duplicate and delete', () => {
  it('duplicates a paper with new ids as a draft, without the meeting date, leaving the original alone', async () => {
    const db = freshDb();
    const committeeId = await addCommittee(db, 'Police and Crime Panel');
    const id = await createPaper(db, { title: 'Q2', cover: { committeeId, meetingDate: '2017-12-08', agendaItem: '8' } });
    const b = await bundleOf(db, id);
    await setSectionBody(db, b.sections[0]!.id, doc(para('Carried forward.', footnote('note', 'fn-1'))));
    await addAppendix(db, id, { title: 'Case study' });
    const original = await snapshot(db);
    const copyId = await duplicatePaper(db, id);
    const copy = await bundleOf(db, copyId);
    expect(copy.paper).toMatchObject({ title: 'Q2 (copy)', status: 'draft' });
    expect(copy.paper.cover).toMatchObject({ committeeId, meetingDate: '', agendaItem: '' });
    expect(copy.committee?.name).toBe('Police and Crime Panel');
    expect(firstText(copy.sections[0]!.body)).toBe('Carried forward.');
    expect(copy.appendices.map((a) => a.title)).toEqual(['Case study']);
    const oldIds = new Set([...original.papers, ...original.sections, ...original.appendices].map((r) => r.id));
    expect([copy.paper, ...copy.sections, ...copy.appendices].filter((r) => oldIds.has(r.id))).toEqual([]);
    const fn = (copy.sections[0]!.body.content[0] as ParagraphNode).content![1]!;
    expect(fn.type === 'footnote' && fn.attrs.id).not.toBe('fn-1');
    const after = await snapshot(db);
    expect(after.papers.filter((p) => p.id === id)).toEqual(original.papers);
  });

  it('deleting a paper soft-deletes it with its sections and appendices; restoring brings back exactly those', async () => {
    const db = freshDb();
    const id = await createPaper(db);
    const removedEarlier = (await bundleOf(db, id)).sections[1]!.id;
    await removeSection(db, removedEarlier);
    await addAppendix(db, id, { title: 'A' });
    await tick();
    await deletePaper(db, id);
    expect(await loadBundle(db, id)).toBeNull();
    const s = await snapshot(db);
    const deletedAt = s.papers[0]!.deletedAt;
    expect(deletedAt).toEqual(expect.any(String));
    expect(s.sections.filter((x) => x.id !== removedEarlier).every((x) => x.deletedAt === deletedAt)).toBe(true);
    expect(s.appendices.every((x) => x.deletedAt === deletedAt)).toBe(true);
    await restorePaper(db, id);
    const b = await bundleOf(db, id);
    expect(b.sections).toHaveLength(12);
    expect(b.sections.map((x) => x.id)).not.toContain(removedEarlier);
    expect(b.appendices).toHaveLength(1);
  });

  it("an editor's save with its base keeps words stored since by another window, and without one writes over them", async () => {
    const db = freshDb();
    const id = await createPaper(db, { title: 'Two windows' });
    const s1 = (await bundleOf(db, id)).sections[0]!;
    const base = doc(para('The panel noted the report.'), para('Contacts are listed.'));
    await setSectionBody(db, s1.id, base);
    // The other window saved its typing in the second paragraph; this editor typed in the first.
    await setSectionBody(db, s1.id, doc(para('The panel noted the report.'), para('Contacts are listed below.')), base);
    await setSectionBody(db, s1.id, doc(para('The panel noted the report and its appendix.'), para('Contacts are listed.')), base);
    const merged = (await db.sections.get(s1.id))!.body;
    expect(merged.content.map((b) => inlineText((b as ParagraphNode).content))).toEqual([
      'The panel noted the report and its appendix.',
      'Contacts are listed below.',
    ]);
    // A plain save (no base: a restore, an import) is what it says.
    await setSectionBody(db, s1.id, base);
    expect((await db.sections.get(s1.id))!.body).toEqual(base);
  });
});
