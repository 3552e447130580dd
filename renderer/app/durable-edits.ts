// The edits the unsaved-edits journal can put back after a reload (unsaved-journal.ts): each kind says
// how to build its entry where the editor or field is, which record it sets, and how to set it again.
// An entry is applied only if that record was not changed after the journal was written (the save did
// complete as the page went, or another window changed it since): it never overwrites newer work.
import type { RichDoc } from '../../shared/richtext/model';
import type { CoverSheet } from '../../shared/papers/model';
import type { PanelwrightDb } from '../db/database';
import { renameAppendix, renameSection, setAppendixBody, setSectionBody, updateCover, updatePaper } from '../db/papers-repo';
import { updateContact } from '../db/contacts-repo';
import { updateCaseStudy } from '../db/library-repo';
import { setUpdate } from '../db/plans-repo';
import { setPackAnswer } from '../db/opened-packs-repo';
import type { Journal, JournalEntry } from './unsaved-journal';
import { takeJournals } from './unsaved-journal';

type Args = Readonly<Record<string, unknown>>;
interface Kind {
  /** The stored record the entry sets (undefined when there is none yet). */
  readonly record: (db: PanelwrightDb, a: Args) => Promise<{ updatedAt: string; deletedAt: string | null } | undefined>;
  readonly apply: (db: PanelwrightDb, a: Args) => Promise<unknown>;
  /** Whether a new record may be made (a lead officer's first words for a period). */
  readonly mayCreate?: boolean;
}

const str = (a: Args, k: string): string => {
  const v = a[k];
  if (typeof v !== 'string') throw new Error(`journal entry without ${k}`);
  return v;
};

const KINDS: Record<string, Kind> = {
  sectionBody: { record: (db, a) => db.sections.get(str(a, 'id')), apply: (db, a) => setSectionBody(db, str(a, 'id'), a.body as RichDoc) },
  appendixBody: { record: (db, a) => db.appendices.get(str(a, 'id')), apply: (db, a) => setAppendixBody(db, str(a, 'id'), a.body as RichDoc) },
  sectionTitle: { record: (db, a) => db.sections.get(str(a, 'id')), apply: (db, a) => renameSection(db, str(a, 'id'), str(a, 'title')) },
  appendixTitle: { record: (db, a) => db.appendices.get(str(a, 'id')), apply: (db, a) => renameAppendix(db, str(a, 'id'), str(a, 'title')) },
  paperTitle: { record: (db, a) => db.papers.get(str(a, 'id')), apply: (db, a) => updatePaper(db, str(a, 'id'), { title: str(a, 'title') }) },
  cover: { record: (db, a) => db.papers.get(str(a, 'id')), apply: (db, a) => updateCover(db, str(a, 'id'), a.changes as Partial<CoverSheet>) },
  contact: {
    record: (db, a) => db.papers.get(str(a, 'paperId')),
    apply: (db, a) => updateContact(db, str(a, 'paperId'), str(a, 'contactId'), a.changes as Record<string, string>),
  },
  caseStudyBody: { record: (db, a) => db.caseStudies.get(str(a, 'id')), apply: (db, a) => updateCaseStudy(db, str(a, 'id'), { body: a.body as RichDoc }) },
  updateNarrative: {
    record: async (db, a) =>
      (
        await db.updates
          .where('[deliverableId+periodId]')
          .equals([str(a, 'deliverableId'), str(a, 'periodId')])
          .toArray()
      ).find((u) => u.deletedAt === null),
    apply: (db, a) =>
      setUpdate(db, str(a, 'deliverableId'), str(a, 'periodId'), {
        narrative: a.body as RichDoc,
        ...(typeof a.authorPersonId === 'string' ? { authorPersonId: a.authorPersonId } : {}),
      }),
    mayCreate: true,
  },
  // An update pack opened here: judged by that deliverable's answer, so a later save of another one does not block it.
  packNarrative: {
    record: async (db, a) => {
      const r = await db.updatePacks.get(str(a, 'id'));
      if (!r?.opened) return undefined;
      const answer = r.opened.answers.find((x) => x.deliverableId === str(a, 'deliverableId'));
      return { updatedAt: answer?.updatedAt ?? r.createdAt, deletedAt: r.deletedAt };
    },
    apply: (db, a) => setPackAnswer(db, str(a, 'id'), str(a, 'deliverableId'), { narrative: a.body as RichDoc }),
  },
};

export const journalEntry = {
  sectionBody:
    (id: string) =>
    (body: RichDoc): JournalEntry => ({ kind: 'sectionBody', args: { id, body } }),
  appendixBody:
    (id: string) =>
    (body: RichDoc): JournalEntry => ({ kind: 'appendixBody', args: { id, body } }),
  sectionTitle:
    (id: string) =>
    (title: string): JournalEntry => ({ kind: 'sectionTitle', args: { id, title } }),
  appendixTitle:
    (id: string) =>
    (title: string): JournalEntry => ({ kind: 'appendixTitle', args: { id, title } }),
  paperTitle:
    (id: string) =>
    (title: string): JournalEntry => ({ kind: 'paperTitle', args: { id, title } }),
  cover:
    (id: string, field: keyof CoverSheet) =>
    (value: string): JournalEntry => ({ kind: 'cover', args: { id, changes: { [field]: value } } }),
  contact:
    (paperId: string, contactId: string, field: 'name' | 'role' | 'email' | 'phone') =>
    (value: string): JournalEntry => ({ kind: 'contact', args: { paperId, contactId, changes: { [field]: value } } }),
  caseStudyBody:
    (id: string) =>
    (body: RichDoc): JournalEntry => ({ kind: 'caseStudyBody', args: { id, body } }),
  updateNarrative:
    (deliverableId: string, periodId: string, authorPersonId: string | null) =>
    (body: RichDoc): JournalEntry => ({ kind: 'updateNarrative', args: { deliverableId, periodId, body, authorPersonId } }),
  packNarrative:
    (id: string, deliverableId: string) =>
    (body: RichDoc): JournalEntry => ({ kind: 'packNarrative', args: { id, deliverableId, body } }),
};

function asEntry(v: unknown): { kind: string; args: Args } | null {
  if (!v || typeof v !== 'object') return null;
  const { kind, args } = v as { kind?: unknown; args?: unknown };
  if (typeof kind !== 'string' || typeof args !== 'object' || args === null) return null;
  return { kind, args: args as Args };
}

/** Applies one journal's entries where their records were not changed since; returns how many were applied. */
export async function applyJournal(db: PanelwrightDb, journal: Journal): Promise<number> {
  let applied = 0;
  // Read back from localStorage: each entry is checked before it is trusted.
  const entries: readonly unknown[] = journal.entries;
  for (const raw of entries) {
    const e = asEntry(raw);
    const kind = e ? KINDS[e.kind] : undefined;
    if (!e || !kind) continue;
    try {
      const r = await kind.record(db, e.args);
      if (r ? r.deletedAt !== null || r.updatedAt >= journal.at : !kind.mayCreate) continue;
      await kind.apply(db, e.args);
      applied++;
    } catch (err) {
      // A damaged entry (or one the record schema refuses) is dropped: it never blocks the start.
      console.warn('Panelwright: an unsaved edit from before the reload could not be put back', err);
    }
  }
  return applied;
}

/** At start: puts back the edits earlier page loads left unsaved (in the order they were left). */
export async function restoreUnsavedEdits(db: PanelwrightDb, storage: Storage = localStorage): Promise<number> {
  let applied = 0;
  for (const j of takeJournals(storage)) applied += await applyJournal(db, j);
  return applied;
}
