// Data access for papers. Every user action is one read-write transaction that stamps
// updatedAt/updatedBy (shared/records/meta), so the stored history is ready to merge later.
// Section and appendix actions live in children-repo.ts and are re-exported here.
import { bundlePaper } from '../../shared/papers/bundle';
import { createPaper as newPaper, duplicatePaper as copyPaper } from '../../shared/papers/factory';
import type { Appendix, CoverSheet, Paper, PaperBundle, Section } from '../../shared/papers/model';
import { isLive, softDelete, touch } from '../../shared/records/meta';
import { userAction } from './action';
import type { PanelwrightDb } from './database';
import { validAppendix, validPaper, validSection } from './validate';

export {
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
  setAppendixBody,
  setSectionBody,
} from './children-repo';

export type PaperChanges = Partial<Pick<Paper, 'title' | 'status' | 'footnoteStyle' | 'contacts'>>;

/** A new draft with the standard sections; returns its id. */
export function createPaper(db: PanelwrightDb, init: { title?: string; cover?: Partial<CoverSheet> } = {}): Promise<string> {
  return userAction(db, [db.papers, db.sections], async ({ by, at }) => {
    const { paper, sections } = newPaper(by, init, at);
    await db.papers.add(validPaper(paper));
    await db.sections.bulkAdd(sections.map(validSection));
    return paper.id;
  });
}

function changePaper(db: PanelwrightDb, id: string, change: (p: Paper, by: string, at: string) => Paper | null): Promise<void> {
  return userAction(db, [db.papers], async ({ by, at }) => {
    const p = await db.papers.get(id);
    const next = p ? change(p, by, at) : null;
    if (next) await db.papers.put(validPaper(next));
  });
}

export function updatePaper(db: PanelwrightDb, id: string, changes: PaperChanges): Promise<void> {
  return changePaper(db, id, (p, by, at) => touch(p, changes, by, at));
}

export function updateCover(db: PanelwrightDb, id: string, changes: Partial<CoverSheet>): Promise<void> {
  return changePaper(db, id, (p, by, at) => touch(p, { cover: { ...p.cover, ...changes } }, by, at));
}

/** One live paper with its committee and live sections/appendices in order; null if missing or deleted. */
export function loadBundle(db: PanelwrightDb, paperId: string): Promise<PaperBundle | null> {
  return db.transaction('r', [db.papers, db.committees, db.sections, db.appendices], async () => {
    const paper = await db.papers.get(paperId);
    if (!paper || !isLive(paper)) return null;
    const committee = paper.cover.committeeId ? await db.committees.get(paper.cover.committeeId) : undefined;
    const sections = await db.sections.where('paperId').equals(paperId).toArray();
    const appendices = await db.appendices.where('paperId').equals(paperId).toArray();
    return bundlePaper({ papers: [paper], committees: committee ? [committee] : [], sections, appendices }, paperId);
  });
}

/** A copy to start the next paper from (new ids, draft, meeting date and agenda item cleared); returns its id. */
export function duplicatePaper(db: PanelwrightDb, id: string): Promise<string> {
  return userAction(db, [db.papers, db.committees, db.sections, db.appendices], async ({ by, at }) => {
    const bundle = await loadBundle(db, id);
    if (!bundle) throw new Error('That paper no longer exists.');
    const copy = copyPaper(bundle, by, at);
    await db.papers.add(validPaper(copy.paper));
    await db.sections.bulkAdd(copy.sections.map(validSection));
    await db.appendices.bulkAdd(copy.appendices.map(validAppendix));
    return copy.paper.id;
  });
}

/**
 * Soft-deletes the paper and its live sections and appendices, all with the same deletedAt, so
 * restorePaper can bring back exactly those (and not a section removed earlier on its own).
 */
export function deletePaper(db: PanelwrightDb, id: string): Promise<void> {
  return userAction(db, [db.papers, db.sections, db.appendices], async ({ by, at }) => {
    const p = await db.papers.get(id);
    if (!p || !isLive(p)) return;
    await db.papers.put(softDelete(p, by, at));
    const sections = (await db.sections.where('paperId').equals(id).toArray()).filter(isLive);
    const appendices = (await db.appendices.where('paperId').equals(id).toArray()).filter(isLive);
    await db.sections.bulkPut(sections.map((s) => softDelete(s, by, at)));
    await db.appendices.bulkPut(appendices.map((a) => softDelete(a, by, at)));
  });
}

/** Undoes deletePaper: the paper and the children deleted with it come back. */
export function restorePaper(db: PanelwrightDb, id: string): Promise<void> {
  return userAction(db, [db.papers, db.sections, db.appendices], async ({ by, at }) => {
    const p = await db.papers.get(id);
    if (!p || p.deletedAt === null) return;
    const deletedWith = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === p.deletedAt);
    const undelete = <T extends Paper | Section | Appendix>(r: T): T => touch({ ...r, deletedAt: null }, {}, by, at);
    await db.papers.put(undelete(p));
    await db.sections.bulkPut(deletedWith(await db.sections.where('paperId').equals(id).toArray()).map(undelete));
    await db.appendices.bulkPut(deletedWith(await db.appendices.where('paperId').equals(id).toArray()).map(undelete));
  });
}
