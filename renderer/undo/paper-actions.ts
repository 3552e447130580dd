// The paper's structural actions, each done and recorded in the paper's undo history with its inverse.
// Every do, undo and redo is one repo call: one user action, one Dexie transaction. Without a history
// (null) the action is simply done.
import type { Appendix, Contact, Section } from '../../shared/papers/model';
import type { BlockSource } from '../../shared/blocks/model';
import { db } from '../db/database';
import { addContact, insertContact, removeContact } from '../db/contacts-repo';
import { insertBlockAsAppendix } from '../db/blocks-repo';
import { whenSaved } from '../app/save-state';
import { updatePaper } from '../db/papers-repo';
import {
  addAppendix,
  addSection,
  moveAppendix,
  moveSection,
  removeAppendix,
  removeSection,
  renameAppendix,
  renameSection,
  restoreAppendix,
  restoreSection,
} from '../db/papers-repo';
import type { ActionEntry, History } from './history';

const flip = (d: 'up' | 'down') => (d === 'up' ? 'down' : 'up');

function recordIf(history: History | null, entry: Omit<ActionEntry, 'kind'>): ActionEntry | null {
  return history ? history.record(entry) : null;
}

export async function moveSectionUndoable(history: History | null, section: Section, number: number, direction: 'up' | 'down'): Promise<void> {
  await moveSection(db, section.id, direction);
  recordIf(history, {
    label: `Move section ${number} ${direction}`,
    undo: () => moveSection(db, section.id, flip(direction)),
    redo: () => moveSection(db, section.id, direction),
  });
}

export async function addSectionUndoable(history: History | null, paperId: string, afterId: string | undefined, number: number): Promise<string> {
  const id = await addSection(db, paperId, { afterId, title: 'New section' });
  recordIf(history, { label: `Add section ${number}`, undo: () => removeSection(db, id), redo: () => restoreSection(db, id) });
  return id;
}

export async function removeSectionUndoable(history: History | null, section: Section, number: number): Promise<ActionEntry | null> {
  await removeSection(db, section.id);
  return recordIf(history, {
    label: `Remove section ${number} (${section.title})`,
    undo: () => restoreSection(db, section.id),
    redo: () => removeSection(db, section.id),
  });
}

export function recordSectionRename(history: History | null, section: Section, number: number, from: string, to: string): void {
  recordIf(history, {
    label: `Rename section ${number} to “${to}”`,
    undo: () => renameSection(db, section.id, from),
    redo: () => renameSection(db, section.id, to),
  });
}

export function recordPaperRename(history: History | null, paperId: string, from: string, to: string): void {
  recordIf(history, {
    label: `Rename the paper to “${to}”`,
    undo: () => updatePaper(db, paperId, { title: from }),
    redo: () => updatePaper(db, paperId, { title: to }),
  });
}

export async function moveAppendixUndoable(history: History | null, appendix: Appendix, letter: string, direction: 'up' | 'down'): Promise<void> {
  await moveAppendix(db, appendix.id, direction);
  recordIf(history, {
    label: `Move appendix ${letter} ${direction}`,
    undo: () => moveAppendix(db, appendix.id, flip(direction)),
    redo: () => moveAppendix(db, appendix.id, direction),
  });
}

export async function removeAppendixUndoable(history: History | null, appendix: Appendix, letter: string): Promise<ActionEntry | null> {
  await removeAppendix(db, appendix.id);
  return recordIf(history, {
    label: `Remove appendix ${letter} (${appendix.title})`,
    undo: () => restoreAppendix(db, appendix.id),
    redo: () => removeAppendix(db, appendix.id),
  });
}

export function recordAppendixRename(history: History | null, appendix: Appendix, letter: string, from: string, to: string): void {
  recordIf(history, {
    label: `Rename appendix ${letter} to “${to}”`,
    undo: () => renameAppendix(db, appendix.id, from),
    redo: () => renameAppendix(db, appendix.id, to),
  });
}

export async function addAppendixUndoable(history: History | null, paperId: string, title: string): Promise<string> {
  const id = await addAppendix(db, paperId, { title });
  recordIf(history, { label: `Add appendix “${title}”`, undo: () => removeAppendix(db, id), redo: () => restoreAppendix(db, id) });
  return id;
}

/** A data block inserted as a new appendix: undo takes the appendix away (its block prints only where placed). */
export async function insertBlockAsAppendixUndoable(history: History | null, paperId: string, source: BlockSource, title: string): Promise<string> {
  const id = await insertBlockAsAppendix(db, paperId, source, title);
  recordIf(history, { label: `Insert “${title}” as an appendix`, undo: () => removeAppendix(db, id), redo: () => restoreAppendix(db, id) });
  return id;
}

export async function addContactUndoable(history: History | null, paperId: string): Promise<string> {
  const id = await addContact(db, paperId);
  let kept: { contact: Contact; index: number } | null = null;
  recordIf(history, {
    label: 'Add contact',
    undo: async () => {
      // What was typed into it since is kept for redo.
      const contacts = (await db.papers.get(paperId))?.contacts ?? [];
      const index = contacts.findIndex((c) => c.id === id);
      const contact = contacts[index];
      if (contact) kept = { contact, index };
      await removeContact(db, paperId, id);
    },
    redo: () => (kept ? insertContact(db, paperId, kept.contact, kept.index) : Promise.resolve()),
  });
  return id;
}

export async function removeContactUndoable(history: History | null, paperId: string, contactId: string): Promise<void> {
  // What was just typed into it is stored first, so undo brings back all of it.
  await whenSaved();
  const contacts = (await db.papers.get(paperId))?.contacts ?? [];
  const index = contacts.findIndex((c) => c.id === contactId);
  const contact = contacts[index];
  if (!contact) return;
  await removeContact(db, paperId, contact.id);
  recordIf(history, {
    label: `Remove contact ${index + 1}${contact.name ? ` (${contact.name})` : ''}`,
    undo: () => insertContact(db, paperId, contact, index),
    redo: () => removeContact(db, paperId, contact.id),
  });
}
