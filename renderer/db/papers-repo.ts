// Data access for papers, sections and appendices. Every user action is one read-write transaction
// that stamps updatedAt/updatedBy, so the stored history is ready to merge later.
import { bundlePaper } from '../../shared/papers/bundle';
import { createPaper as newPaper, duplicatePaper as copyPaper } from '../../shared/papers/factory';
import type { Appendix, CoverSheet, Paper, PaperBundle, Section, SectionKind } from '../../shared/papers/model';
import { byPosition, createMeta, isLive, nowIso, positionBetween, softDelete, touch } from '../../shared/records/meta';
import { emptyDoc } from '../../shared/richtext/model';
import type { RichDoc } from '../../shared/richtext/model';
import type { PanelwrightDb } from './database';
import { getUserName } from './settings-repo';

type Who = { by: string; at: string };
const who = async (db: PanelwrightDb): Promise<Who> => ({ by: await getUserName(db), at: nowIso() });

async function siblings<T extends Section | Appendix>(table: PanelwrightDb['sections'] | PanelwrightDb['appendices'], paperId: string): Promise<T[]> {
  return ((await table.where('paperId').equals(paperId).toArray()) as T[]).filter(isLive).sort(byPosition);
}

export async function createPaper(db: PanelwrightDb, init: { title?: string; cover?: Partial<CoverSheet> } = {}): Promise<string> {
  const { by, at } = await who(db);
  const { paper, sections } = newPaper(by, init, at);
  await db.transaction('rw', db.papers, db.sections, async () => {
    await db.papers.add(paper);
    await db.sections.bulkAdd(sections);
  });
  return paper.id;
}

export async function updatePaper(db: PanelwrightDb, id: string, changes: Partial<Pick<Paper, 'title' | 'status' | 'footnoteStyle' | 'contacts'>>): Promise<void> {
  const { by, at } = await who(db);
  await db.transaction('rw', db.papers, async () => {
    const p = await db.papers.get(id);
    if (p) await db.papers.put(touch(p, changes, by, at));
  });
}

export async function updateCover(db: PanelwrightDb, id: string, changes: Partial<CoverSheet>): Promise<void> {
  const { by, at } = await who(db);
  await db.transaction('rw', db.papers, async () => {
    const p = await db.papers.get(id);
    if (p) await db.papers.put(touch(p, { cover: { ...p.cover, ...changes } }, by, at));
  });
}

export async function loadBundle(db: PanelwrightDb, paperId: string): Promise<PaperBundle | null> {
  return db.transaction('r', [db.papers, db.committees, db.sections, db.appendices], async () => {
    const paper = await db.papers.get(paperId);
    if (!paper) return null;
    const committee = paper.cover.committeeId ? await db.committees.get(paper.cover.committeeId) : undefined;
    const [sections, appendices] = await Promise.all([db.sections.where('paperId').equals(paperId).toArray(), db.appendices.where('paperId').equals(paperId).toArray()]);
    return bundlePaper({ papers: [paper], committees: committee ? [committee] : [], sections, appendices }, paperId);
  });
}

// Sections and appendices share the same ordered-child operations.
function orderedChildren<T extends Section | Appendix>(table: (db: PanelwrightDb) => PanelwrightDb['sections'] | PanelwrightDb['appendices']) {
  const t = (db: PanelwrightDb) => table(db) as unknown as import('dexie').Table<T, string>;
  const change = async (db: PanelwrightDb, id: string, changes: Partial<T>) => {
    const { by, at } = await who(db);
    await db.transaction('rw', table(db), async () => {
      const row = await t(db).get(id);
      if (row) await t(db).put(touch(row, changes as never, by, at));
    });
  };
  return {
    setBody: (db: PanelwrightDb, id: string, body: RichDoc) => change(db, id, { body } as Partial<T>),
    rename: (db: PanelwrightDb, id: string, title: string) => change(db, id, { title } as Partial<T>),
    async move(db: PanelwrightDb, id: string, direction: 'up' | 'down'): Promise<void> {
      const { by, at } = await who(db);
      await db.transaction('rw', table(db), async () => {
        const row = await t(db).get(id);
        if (!row) return;
        const list = await siblings<T>(table(db), row.paperId);
        const i = list.findIndex((x) => x.id === id);
        const j = direction === 'up' ? i - 1 : i + 1;
        const other = list[j];
        if (i < 0 || !other) return;
        // Swap positions: two writes, one transaction, no renumbering of the rest.
        await t(db).put(touch(row, { position: other.position } as never, by, at));
        await t(db).put(touch(other, { position: row.position } as never, by, at));
      });
    },
    async remove(db: PanelwrightDb, id: string): Promise<void> {
      const { by, at } = await who(db);
      await db.transaction('rw', table(db), async () => {
        const row = await t(db).get(id);
        if (row && isLive(row)) await t(db).put(softDelete(row, by, at));
      });
    },
    async restore(db: PanelwrightDb, id: string): Promise<void> {
      const { by, at } = await who(db);
      await db.transaction('rw', table(db), async () => {
        const row = await t(db).get(id);
        if (row && !isLive(row)) await t(db).put(touch({ ...row, deletedAt: null }, {} as never, by, at));
      });
    },
    /** Inserts after `afterId` (or at the end) and returns the new id. */
    async add(db: PanelwrightDb, paperId: string, make: (meta: ReturnType<typeof createMeta>, position: number) => T, afterId?: string): Promise<string> {
      const { by, at } = await who(db);
      return db.transaction('rw', table(db), async () => {
        const list = await siblings<T>(table(db), paperId);
        const i = afterId ? list.findIndex((x) => x.id === afterId) : list.length - 1;
        const position = positionBetween(list[i]?.position, list[i + 1]?.position);
        const row = make(createMeta(by, at), position);
        await t(db).add(row);
        return row.id;
      });
    },
  };
}

const sectionOps = orderedChildren<Section>((db) => db.sections);
const appendixOps = orderedChildren<Appendix>((db) => db.appendices);

export const setSectionBody = sectionOps.setBody;
export const renameSection = sectionOps.rename;
export const moveSection = sectionOps.move;
export const removeSection = sectionOps.remove;
export const restoreSection = sectionOps.restore;
export function addSection(db: PanelwrightDb, paperId: string, opts: { afterId?: string; title: string; kind?: SectionKind }): Promise<string> {
  return sectionOps.add(db, paperId, (meta, position) => ({ ...meta, paperId, position, title: opts.title, kind: opts.kind ?? 'text', body: emptyDoc() }), opts.afterId);
}

export const setAppendixBody = appendixOps.setBody;
export const renameAppendix = appendixOps.rename;
export const moveAppendix = appendixOps.move;
export const removeAppendix = appendixOps.remove;
export const restoreAppendix = appendixOps.restore;
export function addAppendix(db: PanelwrightDb, paperId: string, opts: { title: string; afterId?: string }): Promise<string> {
  return appendixOps.add(db, paperId, (meta, position) => ({ ...meta, paperId, position, title: opts.title, body: emptyDoc() }), opts.afterId);
}

export async function duplicatePaper(db: PanelwrightDb, id: string): Promise<string> {
  const { by, at } = await who(db);
  const bundle = await loadBundle(db, id);
  if (!bundle) throw new Error('That paper no longer exists.');
  const copy = copyPaper(bundle, by, at);
  await db.transaction('rw', db.papers, db.sections, db.appendices, async () => {
    await db.papers.add(copy.paper);
    await db.sections.bulkAdd(copy.sections);
    await db.appendices.bulkAdd(copy.appendices);
  });
  return copy.paper.id;
}

/** Soft-deletes the paper only: its sections stay as they were, so Undo brings everything back. */
export async function deletePaper(db: PanelwrightDb, id: string): Promise<void> {
  const { by, at } = await who(db);
  await db.transaction('rw', db.papers, async () => {
    const p = await db.papers.get(id);
    if (p && isLive(p)) await db.papers.put(softDelete(p, by, at));
  });
}

export async function restorePaper(db: PanelwrightDb, id: string): Promise<void> {
  const { by, at } = await who(db);
  await db.transaction('rw', db.papers, async () => {
    const p = await db.papers.get(id);
    if (p && !isLive(p)) await db.papers.put(touch({ ...p, deletedAt: null }, {}, by, at));
  });
}
