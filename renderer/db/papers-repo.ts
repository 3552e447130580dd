// Data access for papers. Every user action is one read-write transaction that stamps
// updatedAt/updatedBy (shared/records/meta), so the stored history is ready to merge later.
// Section and appendix actions live in children-repo.ts and are re-exported here.
import { bundlePaper } from '../../shared/papers/bundle';
import { createPaper as newPaper, duplicatePaper as copyPaper } from '../../shared/papers/factory';
import type { Appendix, CoverSheet, Paper, PaperBundle, PaperKind, Section, TitlePage } from '../../shared/papers/model';
import { titlePageOf } from '../../shared/papers/document-kind';
import type { PaperBlock } from '../../shared/blocks/model';
import { emptySnapshot } from '../../shared/backup/snapshot';
import { isLive, softDelete, touch } from '../../shared/records/meta';
import { userAction } from './action';
import type { PanelwrightDb } from './database';
import { snapshot } from './backup-repo';
import { validAppendix, validBlock, validPaper, validSection } from './validate';
import { editablePaper } from './paper-guard';
import { latestVersion } from '../../shared/issued/versions';

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
  setAppendixPage,
  setSectionBody,
} from './children-repo';
export type { AppendixPageChanges } from './children-repo';

export type PaperChanges = Partial<Pick<Paper, 'title' | 'footnoteStyle' | 'contacts' | 'refreshChecklist' | 'kind' | 'numberedHeadings'>>;

/** A new draft with the standard sections (a plan document: the plan sections); returns its id. */
export function createPaper(db: PanelwrightDb, init: { title?: string; cover?: Partial<CoverSheet>; kind?: PaperKind } = {}): Promise<string> {
  return userAction(db, [db.papers, db.sections], async ({ by, at }) => {
    const { paper, sections } = newPaper(by, init, at);
    await db.papers.add(validPaper(paper));
    await db.sections.bulkAdd(sections.map(validSection));
    return paper.id;
  });
}

/** Changes a paper's own fields in one action; refused while it is issued (paper-guard.ts). */
function changePaper(db: PanelwrightDb, id: string, change: (p: Paper, by: string, at: string) => Paper | null): Promise<void> {
  return userAction(db, [db.papers], async ({ by, at }) => {
    const p = await editablePaper(db, id);
    const next = p ? change(p, by, at) : null;
    if (next) await db.papers.put(validPaper(next));
  });
}

/** Title, footnote style, contacts, the refresh checklist. Issuing and revising are in issued-repo.ts. */
export function updatePaper(db: PanelwrightDb, id: string, changes: PaperChanges): Promise<void> {
  return changePaper(db, id, (p, by, at) => touch(p, changes, by, at));
}

/** A plan document's title page fields (organisation, period, version, date). */
export function updateTitlePage(db: PanelwrightDb, id: string, changes: Partial<TitlePage>): Promise<void> {
  return changePaper(db, id, (p, by, at) => touch(p, { titlePage: { ...titlePageOf(p), ...changes } }, by, at));
}

export function updateCover(db: PanelwrightDb, id: string, changes: Partial<CoverSheet>): Promise<void> {
  return changePaper(db, id, (p, by, at) => touch(p, { cover: { ...p.cover, ...changes } }, by, at));
}

/**
 * One live paper with its committee and live sections/appendices in order; null if missing or
 * deleted. Its data blocks are not resolved (`blocks` is empty): the editor shows each block with
 * its own narrow live query, so typing never re-reads a whole plan. Export uses loadExportBundle.
 */
export function loadBundle(db: PanelwrightDb, paperId: string): Promise<PaperBundle | null> {
  return db.transaction('r', [db.papers, db.committees, db.sections, db.appendices, db.issuedVersions, db.houseStyles], async () => {
    const paper = await db.papers.get(paperId);
    if (!paper || !isLive(paper)) return null;
    // Issued: the paper is what its latest issued version printed.
    if (paper.status === 'issued') {
      const latest = latestVersion({ issuedVersions: await db.issuedVersions.where('paperId').equals(paperId).toArray() }, paperId);
      if (latest) return latest.bundle;
    }
    const committee = paper.cover.committeeId ? await db.committees.get(paper.cover.committeeId) : undefined;
    const sections = await db.sections.where('paperId').equals(paperId).toArray();
    const appendices = await db.appendices.where('paperId').equals(paperId).toArray();
    // house styles are few (the organisation's and one a committee at most): the paper prints in its committee's
    const houseStyles = await db.houseStyles.toArray();
    return bundlePaper({ ...emptySnapshot(), papers: [paper], committees: committee ? [committee] : [], sections, appendices, houseStyles }, paperId);
  });
}

/** The paper with every data block resolved, as the export prints it (an issued paper: its latest issued version). */
export async function loadExportBundle(db: PanelwrightDb, paperId: string): Promise<PaperBundle | null> {
  const blocks = await db.blocks.where('paperId').equals(paperId).filter(isLive).count();
  if (blocks === 0) return loadBundle(db, paperId);
  return bundlePaper(await snapshot(db), paperId);
}

/** A copy to start the next paper from (new ids, draft, meeting date and agenda item cleared); returns its id. */
export function duplicatePaper(db: PanelwrightDb, id: string): Promise<string> {
  return userAction(db, [db.papers, db.committees, db.sections, db.appendices, db.blocks, db.issuedVersions, db.houseStyles], async ({ by, at }) => {
    const bundle = await loadBundle(db, id);
    if (!bundle) throw new Error('That paper no longer exists.');
    const blocks = (await db.blocks.where('paperId').equals(id).toArray()).filter(isLive);
    const copy = copyPaper(bundle, by, at, blocks);
    await db.papers.add(validPaper(copy.paper));
    await db.sections.bulkAdd(copy.sections.map(validSection));
    await db.appendices.bulkAdd(copy.appendices.map(validAppendix));
    await db.blocks.bulkAdd(copy.blocks.map(validBlock));
    return copy.paper.id;
  });
}

/**
 * Soft-deletes the paper and its live sections and appendices, all with the same deletedAt, so
 * restorePaper can bring back exactly those (and not a section removed earlier on its own).
 */
export function deletePaper(db: PanelwrightDb, id: string): Promise<void> {
  return userAction(db, [db.papers, db.sections, db.appendices, db.blocks], async ({ by, at }) => {
    // An issued paper is the record of what a panel received: it is never deleted.
    const p = await editablePaper(db, id);
    if (!p) return;
    await db.papers.put(softDelete(p, by, at));
    const sections = (await db.sections.where('paperId').equals(id).toArray()).filter(isLive);
    const appendices = (await db.appendices.where('paperId').equals(id).toArray()).filter(isLive);
    const blocks = (await db.blocks.where('paperId').equals(id).toArray()).filter(isLive);
    await db.sections.bulkPut(sections.map((s) => softDelete(s, by, at)));
    await db.appendices.bulkPut(appendices.map((a) => softDelete(a, by, at)));
    await db.blocks.bulkPut(blocks.map((b) => softDelete(b, by, at)));
  });
}

/** Undoes deletePaper: the paper and the children deleted with it come back. */
export function restorePaper(db: PanelwrightDb, id: string): Promise<void> {
  return userAction(db, [db.papers, db.sections, db.appendices, db.blocks], async ({ by, at }) => {
    const p = await db.papers.get(id);
    if (!p || p.deletedAt === null) return;
    const deletedWith = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === p.deletedAt);
    const undelete = <T extends Paper | Section | Appendix | PaperBlock>(r: T): T => touch({ ...r, deletedAt: null }, {}, by, at);
    await db.papers.put(undelete(p));
    await db.sections.bulkPut(deletedWith(await db.sections.where('paperId').equals(id).toArray()).map(undelete));
    await db.appendices.bulkPut(deletedWith(await db.appendices.where('paperId').equals(id).toArray()).map(undelete));
    await db.blocks.bulkPut(deletedWith(await db.blocks.where('paperId').equals(id).toArray()).map(undelete));
  });
}
