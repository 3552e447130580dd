import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addAppendix, createPaper, setAppendixPage } from './papers-repo';
import { freshDb } from './test-helpers';

describe('an appendix’s page options', () => {
  it('stores a page title, an orientation and withdrawn, and leaves the fields out again when reset', async () => {
    const db = freshDb();
    const paperId = await createPaper(db, { title: 'P' });
    const id = await addAppendix(db, paperId, { title: 'Theme 6 update' });
    await setAppendixPage(db, id, { pageTitle: 'Theme 6: Prevention', landscape: true, withdrawn: true });
    expect(await db.appendices.get(id)).toMatchObject({ title: 'Theme 6 update', pageTitle: 'Theme 6: Prevention', landscape: true, withdrawn: true });
    await setAppendixPage(db, id, { landscape: false });
    expect((await db.appendices.get(id))?.landscape).toBe(false);
    await setAppendixPage(db, id, { pageTitle: '', landscape: null, withdrawn: false });
    const row = (await db.appendices.get(id))!;
    expect(['pageTitle', 'landscape', 'withdrawn'].filter((k) => k in row)).toEqual([]);
    expect(row.title).toBe('Theme 6 update');
  });
});
