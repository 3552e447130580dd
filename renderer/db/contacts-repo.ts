// The paper's closing contacts. Each action reads the paper's stored list and writes it back in one
// transaction, so a field being saved and a contact being added at the same moment never overwrite
// each other (Add contact straight after typing in a contact field lost the new contact).
import { newId, touch } from '../../shared/records/meta';
import type { Contact } from '../../shared/papers/model';
import { userAction } from './action';
import type { PanelwrightDb } from './database';
import { editablePaper } from './paper-guard';
import { validPaper } from './validate';

type ContactFields = Partial<Omit<Contact, 'id'>>;

function changeContacts(db: PanelwrightDb, paperId: string, change: (contacts: readonly Contact[]) => readonly Contact[] | null): Promise<void> {
  return userAction(db, [db.papers], async ({ by, at }) => {
    // An issued paper's contacts are part of what went out: refused (paper-guard.ts).
    const p = await editablePaper(db, paperId);
    const next = p ? change(p.contacts) : null;
    if (p && next) await db.papers.put(validPaper(touch(p, { contacts: next }, by, at)));
  });
}

/** Adds an empty contact at the end and returns its id. */
export async function addContact(db: PanelwrightDb, paperId: string): Promise<string> {
  const id = newId();
  await changeContacts(db, paperId, (cs) => [...cs, { id, name: '', role: '', email: '', phone: '' }]);
  return id;
}

export function updateContact(db: PanelwrightDb, paperId: string, contactId: string, changes: ContactFields): Promise<void> {
  return changeContacts(db, paperId, (cs) => (cs.some((c) => c.id === contactId) ? cs.map((c) => (c.id === contactId ? { ...c, ...changes } : c)) : null));
}

export function removeContact(db: PanelwrightDb, paperId: string, contactId: string): Promise<void> {
  return changeContacts(db, paperId, (cs) => (cs.some((c) => c.id === contactId) ? cs.filter((c) => c.id !== contactId) : null));
}

/** Puts a contact back at its place in the list (undoing its removal); a no-op if it is there already. */
export function insertContact(db: PanelwrightDb, paperId: string, contact: Contact, index: number): Promise<void> {
  return changeContacts(db, paperId, (cs) => (cs.some((c) => c.id === contact.id) ? null : [...cs.slice(0, index), contact, ...cs.slice(index)]));
}
