// Sections and appendices: ordered, soft-deletable children of a paper. Both kinds share the same
// operations, so one implementation serves both; papers-repo.ts re-exports them by name.
import type { InsertType, Table } from 'dexie';
import type { Appendix, Section, SectionKind } from '../../shared/papers/model';
import { byPosition, createMeta, isLive, positionBetween, softDelete, touch } from '../../shared/records/meta';
import { emptyDoc } from '../../shared/richtext/model';
import type { RichDoc } from '../../shared/richtext/model';
import { userAction } from './action';
import type { PanelwrightDb } from './database';
import { validAppendix, validSection } from './validate';
import { editablePaper } from './paper-guard';
import { mergeBodies } from '../sync/merge-bodies';

type Child = Section | Appendix;

function childOps<T extends Child>(tableOf: (db: PanelwrightDb) => Table<T, string, InsertType<T, 'id'>>, valid: (row: T) => T) {
  const live = async (db: PanelwrightDb, paperId: string): Promise<T[]> =>
    (await tableOf(db).where('paperId').equals(paperId).toArray()).filter(isLive).sort(byPosition);

  /** Applies `change` to one row in one action; a missing row is a no-op (it may have been deleted elsewhere). Refused while the paper is issued. */
  const update = (db: PanelwrightDb, id: string, change: (row: T, by: string, at: string) => T | null) =>
    userAction(db, [tableOf(db), db.papers], async ({ by, at }) => {
      const row = await tableOf(db).get(id);
      if (!row) return;
      await editablePaper(db, row.paperId);
      const next = change(row, by, at);
      if (next) await tableOf(db).put(valid(next));
    });

  return {
    /**
     * Saves an editor's body. With `base` (the body the editor's text was made from), a body stored
     * since by someone else (another window, a colleague through team sync) is merged with it, not written over.
     */
    setBody: (db: PanelwrightDb, id: string, body: RichDoc, base?: RichDoc): Promise<void> =>
      update(db, id, (row, by, at) => touch<Child>(row, { body: base === undefined ? body : mergeBodies(base, body, row.body) }, by, at) as T),
    rename: (db: PanelwrightDb, id: string, title: string): Promise<void> => update(db, id, (row, by, at) => touch<Child>(row, { title }, by, at) as T),
    /** Any change to the row's own fields, in one action (the caller builds the next row). */
    change: (db: PanelwrightDb, id: string, next: (row: T) => T): Promise<void> => update(db, id, (row, by, at) => touch<Child>(next(row), {}, by, at) as T),
    remove: (db: PanelwrightDb, id: string): Promise<void> => update(db, id, (row, by, at) => (isLive(row) ? softDelete(row, by, at) : null)),
    restore: (db: PanelwrightDb, id: string): Promise<void> =>
      update(db, id, (row, by, at) => (isLive(row) ? null : touch({ ...row, deletedAt: null }, {}, by, at))),

    /**
     * Swaps a row with its live neighbour, then renumbers the live rows 1, 2, 3 … (writing only those
     * whose position changed), so positions stay small and ties from merged data are resolved.
     */
    move: (db: PanelwrightDb, id: string, direction: 'up' | 'down'): Promise<void> =>
      userAction(db, [tableOf(db), db.papers], async ({ by, at }) => {
        const row = await tableOf(db).get(id);
        if (!row || !isLive(row)) return;
        await editablePaper(db, row.paperId);
        const list = await live(db, row.paperId);
        const i = list.findIndex((x) => x.id === id);
        const j = direction === 'up' ? i - 1 : i + 1;
        if (i < 0 || j < 0 || j >= list.length) return;
        [list[i], list[j]] = [list[j]!, list[i]!];
        const changed = list.flatMap((x, k) => (x.position === k + 1 ? [] : [valid(touch<Child>(x, { position: k + 1 }, by, at) as T)]));
        await tableOf(db).bulkPut(changed);
      }),

    /** Inserts after `afterId` (at the end when it is missing or not found) and returns the new id. */
    add: (
      db: PanelwrightDb,
      paperId: string,
      afterId: string | undefined,
      make: (base: ReturnType<typeof createMeta> & { paperId: string; position: number }) => T,
    ): Promise<string> =>
      userAction(db, [db.papers, tableOf(db)], async ({ by, at }) => {
        const paper = await editablePaper(db, paperId);
        if (!paper) throw new Error('That paper no longer exists.');
        const list = await live(db, paperId);
        const found = afterId === undefined ? -1 : list.findIndex((x) => x.id === afterId);
        const i = found < 0 ? list.length - 1 : found;
        const row = valid(make({ ...createMeta(by, at), paperId, position: positionBetween(list[i]?.position, list[i + 1]?.position) }));
        await tableOf(db).add(row);
        return row.id;
      }),
  };
}

const sections = childOps<Section>((db) => db.sections, validSection);
const appendices = childOps<Appendix>((db) => db.appendices, validAppendix);

export const setSectionBody = sections.setBody;
export const renameSection = sections.rename;
export const moveSection = sections.move;
/** Soft delete: the section disappears from the paper; restoreSection brings it back (Undo). */
export const removeSection = sections.remove;
export const restoreSection = sections.restore;
export function addSection(db: PanelwrightDb, paperId: string, opts: { afterId?: string; title: string; kind?: SectionKind }): Promise<string> {
  return sections.add(db, paperId, opts.afterId, (base) => ({ ...base, title: opts.title, kind: opts.kind ?? 'text', body: emptyDoc() }));
}

export const setAppendixBody = appendices.setBody;

/** How an appendix prints: page orientation (null: automatic), a page title of its own ('' : the list's), withdrawn. */
export interface AppendixPageChanges {
  readonly landscape?: boolean | null;
  readonly pageTitle?: string;
  readonly withdrawn?: boolean;
}

/** Sets how an appendix prints; an automatic orientation, an empty page title or "not withdrawn" leave the field out, as older records have it. */
export function setAppendixPage(db: PanelwrightDb, id: string, changes: AppendixPageChanges): Promise<void> {
  return appendices.change(db, id, (row) => {
    const { landscape, pageTitle, withdrawn, ...rest } = row;
    const next = {
      landscape: 'landscape' in changes ? changes.landscape : landscape,
      pageTitle: 'pageTitle' in changes ? changes.pageTitle : pageTitle,
      withdrawn: 'withdrawn' in changes ? changes.withdrawn : withdrawn,
    };
    return {
      ...rest,
      ...(typeof next.landscape === 'boolean' ? { landscape: next.landscape } : {}),
      ...(next.pageTitle !== undefined && next.pageTitle.trim() !== '' ? { pageTitle: next.pageTitle } : {}),
      ...(next.withdrawn ? { withdrawn: true } : {}),
    };
  });
}
export const renameAppendix = appendices.rename;
export const moveAppendix = appendices.move;
export const removeAppendix = appendices.remove;
export const restoreAppendix = appendices.restore;
export function addAppendix(db: PanelwrightDb, paperId: string, opts: { title: string; afterId?: string; body?: RichDoc }): Promise<string> {
  return appendices.add(db, paperId, opts.afterId, (base) => ({ ...base, title: opts.title, body: opts.body ?? emptyDoc() }));
}
