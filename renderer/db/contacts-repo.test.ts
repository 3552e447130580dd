import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addContact, removeContact, updateContact } from './contacts-repo';
import { createPaper } from './papers-repo';
import { freshDb } from './test-helpers';

describe('contacts', () => {
  it('a contact added while another contact’s field is being saved keeps both changes', async () => {
    const db = freshDb();
    const paperId = await createPaper(db);
    const first = await addContact(db, paperId);
    // As the screen does: the typed name's save and the click on Add contact land together.
    const [, second] = await Promise.all([updateContact(db, paperId, first, { name: 'Kevin Dennis' }), addContact(db, paperId)]);
    const contacts = (await db.papers.get(paperId))!.contacts;
    expect(contacts.map((c) => c.id)).toEqual([first, second]);
    expect(contacts[0]!.name).toBe('Kevin Dennis');
  });
  it('two fields of one contact saved together both stay', async () => {
    const db = freshDb();
    const paperId = await createPaper(db);
    const id = await addContact(db, paperId);
    await Promise.all([updateContact(db, paperId, id, { name: 'Sara' }), updateContact(db, paperId, id, { email: 'sara@example.org' })]);
    expect((await db.papers.get(paperId))!.contacts[0]).toMatchObject({ name: 'Sara', email: 'sara@example.org' });
  });
  it('removing a contact leaves the others, and a contact already gone is a no-op', async () => {
    const db = freshDb();
    const paperId = await createPaper(db);
    const a = await addContact(db, paperId);
    const b = await addContact(db, paperId);
    await removeContact(db, paperId, a);
    await removeContact(db, paperId, a);
    await updateContact(db, paperId, a, { name: 'ghost' });
    expect((await db.papers.get(paperId))!.contacts.map((c) => c.id)).toEqual([b]);
  });
});

describe('contacts of an issued paper', () => {
  it('cannot be added, changed or removed', async () => {
    const db = freshDb();
    const paperId = await createPaper(db);
    const id = await addContact(db, paperId);
    await db.papers.update(paperId, { status: 'issued' });
    await expect(addContact(db, paperId)).rejects.toThrow(/issued/);
    await expect(updateContact(db, paperId, id, { name: 'Changed' })).rejects.toThrow(/issued/);
    await expect(removeContact(db, paperId, id)).rejects.toThrow(/issued/);
    expect((await db.papers.get(paperId))!.contacts).toEqual([{ id, name: '', role: '', email: '', phone: '' }]);
  });
});
