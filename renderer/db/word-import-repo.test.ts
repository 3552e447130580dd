import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportPaperDocx } from '../../shared/docx/export';
import { fixtureBundle } from '../../shared/docx/fixtures';
import { importWordPaper } from '../../shared/word-import/index';
import type { WordPaperDraft } from '../../shared/word-import/index';
import { makeDocx, p } from '../../shared/word-import/test-docx';
import { paperView } from '../../shared/word-import/test-support';
import { addCommittee, removeCommittee } from './committees-repo';
import { createPaper, loadBundle } from './papers-repo';
import { freshDb, dumpDatabase, reopen } from './test-helpers';
import { createPaperFromWord } from './word-import-repo';

async function draftOf(bytes: Uint8Array): Promise<WordPaperDraft> {
  const r = await importWordPaper(bytes, 'paper.docx');
  if (!r.ok) throw new Error(r.error);
  return r.draft;
}

describe('opening a Word paper into the database', () => {
  it('stores the paper, its sections and appendices in one action, with the committee matched by name', async () => {
    const db = freshDb();
    const source = fixtureBundle();
    const committee = await addCommittee(db, source.committee!.name.toUpperCase());
    const id = await createPaperFromWord(db, await draftOf(await exportPaperDocx(source)));
    const bundle = (await loadBundle(reopen(db), id))!;
    expect(bundle.paper.cover.committeeId).toBe(committee);
    expect(paperView({ ...bundle, title: bundle.paper.title })).toEqual(paperView({ ...source, title: source.paper.title }));
    expect(bundle.paper).toMatchObject({ status: 'draft', title: source.paper.title, updatedBy: expect.any(String) });
  });

  it('adds the committee when no live one has that name (a removed one is not reused)', async () => {
    const db = freshDb();
    await removeCommittee(db, await addCommittee(db, 'Police and Crime Panel'));
    const docx = await makeDocx({
      body:
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Report to:</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Police and Crime Panel</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Agenda Item:</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>7</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
        p('Title'),
    });
    const id = await createPaperFromWord(db, await draftOf(docx));
    const live = (await db.committees.toArray()).filter((c) => c.deletedAt === null);
    expect(live.map((c) => c.name)).toEqual(['Police and Crime Panel']);
    expect((await loadBundle(db, id))!.paper.cover).toMatchObject({ committeeId: live[0]!.id, agendaItem: '7' });
  });

  it('changes nothing when a record is refused: the database is the same before and after', async () => {
    const db = freshDb();
    await createPaper(db, { title: 'Existing paper' });
    const before = await dumpDatabase(db);
    const good = await draftOf(await makeDocx({ body: p('T') + p('1. PURPOSE', { style: 'Heading1' }) + p('1.1 Text.') }));
    // A draft that passes the importer but not the schema (as a future bug might make): refused whole.
    const bad: WordPaperDraft = { ...good, committeeName: 'New committee', sections: [...good.sections, { title: 'x'.repeat(5_000), kind: 'text', body: [] }] };
    await expect(createPaperFromWord(db, bad)).rejects.toThrow(/cannot store/);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('a file that is not a Word paper never reaches the database', async () => {
    const db = freshDb();
    const before = await dumpDatabase(db);
    const r = await importWordPaper(new TextEncoder().encode('{\\rtf1 hello}'), 'x.docx');
    expect(r.ok).toBe(false);
    expect(await dumpDatabase(db)).toBe(before);
  });
});
