// The library (issue 5): case studies and where they were presented, forward plans with their
// categories and items, data tables (columns, rows, cells), and a plan's numerical ambitions. Every
// write is one user action (one transaction), validated against the backup schema; records are soft
// deleted; ordered records use a numeric position. Columns, rows, categories and presentations live
// inside their record, so editing them rewrites that one record.
import type { CategoryNumbering } from '../../shared/library/model';
import type { DecisionDates } from '../../shared/library/forward-plan';
import type { Ambition, CaseStudy, CellValue, ColumnType, DataColumn, DataRow, ForwardPlanItem, MoneyUnit, Presentation } from '../../shared/library/model';
import type { RecordMeta } from '../../shared/records/meta';
import { byPosition, createMeta, isLive, newId, positionBetween, touch } from '../../shared/records/meta';
import { DEFAULT_FORWARD_PLAN_CATEGORIES } from '../../shared/library/forward-plan';
import { column, isSummable, templateColumns } from '../../shared/library/tables';
import type { TableTemplate } from '../../shared/library/tables';
import { TEMPLATE_GROUPS } from '../../shared/library/tables';
import { userAction } from './action';
import type { Stamp } from './action';
import type { PanelwrightDb } from './database';
import { valid } from './validate';
import { editRecord, setRecordLive } from './records';
import type { Fields } from './records';
import type { RecordOf } from '../../shared/backup/tables';

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
const emptyDoc = { type: 'doc' as const, content: [{ type: 'paragraph' as const }] };

type LibraryTable = 'caseStudies' | 'forwardPlans' | 'forwardPlanItems' | 'dataTables' | 'ambitions';

/** Reads a record, applies `change` and stores the validated result (nothing when it is gone). */
const edit = <K extends LibraryTable>(db: PanelwrightDb, name: K, id: string, change: (r: RecordOf<K>, s: Stamp) => Fields<K> | null): Promise<void> =>
  editRecord(db, name, id, change);
const setLive = (db: PanelwrightDb, name: LibraryTable, id: string, live: boolean): Promise<void> => setRecordLive(db, name, id, live);

/** Moves a record one place among `siblings` (live, in order) by giving it a position between its new neighbours. */
function movedPosition<T extends { id: string; position: number }>(siblings: readonly T[], id: string, delta: -1 | 1): number | null {
  const i = siblings.findIndex((s) => s.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= siblings.length) return null;
  const rest = siblings.filter((s) => s.id !== id);
  const at = j;
  return positionBetween(rest[at - 1]?.position, rest[at]?.position);
}

function moveIn<T>(list: readonly T[], index: number, delta: -1 | 1): T[] | null {
  const j = index + delta;
  if (index < 0 || j < 0 || j >= list.length) return null;
  const out = [...list];
  [out[index], out[j]] = [out[j]!, out[index]!];
  return out;
}

// ---- Case studies ----

export type CaseStudyChanges = Partial<Pick<CaseStudy, 'title' | 'author' | 'body'>>;

export function createCaseStudy(db: PanelwrightDb, init: CaseStudyChanges = {}): Promise<string> {
  return userAction(db, [db.caseStudies], async ({ by, at }) => {
    const cs = valid('caseStudies', {
      ...createMeta(by, at),
      title: tidy(init.title ?? '') || 'New case study',
      author: init.author ?? '',
      body: init.body ?? emptyDoc,
      presentations: [],
    });
    await db.caseStudies.add(cs);
    return cs.id;
  });
}

/** A cleared title is not stored (the field keeps showing it until retyped). */
export function updateCaseStudy(db: PanelwrightDb, id: string, changes: CaseStudyChanges): Promise<void> {
  const { title, ...rest } = changes;
  const c: CaseStudyChanges = title !== undefined && tidy(title) !== '' ? { ...rest, title: tidy(title) } : rest;
  return edit(db, 'caseStudies', id, () => c);
}

export const removeCaseStudy = (db: PanelwrightDb, id: string) => setLive(db, 'caseStudies', id, false);
export const restoreCaseStudy = (db: PanelwrightDb, id: string) => setLive(db, 'caseStudies', id, true);

export async function addPresentation(db: PanelwrightDb, caseStudyId: string, init: Partial<Omit<Presentation, 'id'>> = {}): Promise<string> {
  const p: Presentation = { id: newId(), committeeId: init.committeeId ?? null, meetingDate: init.meetingDate ?? '' };
  await edit(db, 'caseStudies', caseStudyId, (cs) => ({ presentations: [...cs.presentations, p] }));
  return p.id;
}

export function updatePresentation(db: PanelwrightDb, caseStudyId: string, presentationId: string, changes: Partial<Omit<Presentation, 'id'>>): Promise<void> {
  return edit(db, 'caseStudies', caseStudyId, (cs) => ({ presentations: cs.presentations.map((p) => (p.id === presentationId ? { ...p, ...changes } : p)) }));
}

export function removePresentation(db: PanelwrightDb, caseStudyId: string, presentationId: string): Promise<void> {
  return edit(db, 'caseStudies', caseStudyId, (cs) => ({ presentations: cs.presentations.filter((p) => p.id !== presentationId) }));
}

// ---- Forward plans ----

export function createForwardPlan(db: PanelwrightDb, title = 'Forward Plan of Key Decisions'): Promise<string> {
  return userAction(db, [db.forwardPlans], async ({ by, at }) => {
    const plan = valid('forwardPlans', {
      ...createMeta(by, at),
      title: tidy(title) || 'Forward Plan of Key Decisions',
      categories: DEFAULT_FORWARD_PLAN_CATEGORIES.map((t) => ({ id: newId(), title: t })),
    });
    await db.forwardPlans.add(plan);
    return plan.id;
  });
}

export function renameForwardPlan(db: PanelwrightDb, id: string, title: string): Promise<void> {
  const t = tidy(title);
  if (!t) return Promise.resolve();
  return edit(db, 'forwardPlans', id, () => ({ title: t }));
}

export const removeForwardPlan = (db: PanelwrightDb, id: string) => setLive(db, 'forwardPlans', id, false);
export const restoreForwardPlan = (db: PanelwrightDb, id: string) => setLive(db, 'forwardPlans', id, true);

export async function addCategory(db: PanelwrightDb, planId: string, title: string): Promise<string> {
  const c = { id: newId(), title: tidy(title) || 'New category' };
  await edit(db, 'forwardPlans', planId, (p) => ({ categories: [...p.categories, c] }));
  return c.id;
}

export function renameCategory(db: PanelwrightDb, planId: string, categoryId: string, title: string): Promise<void> {
  const t = tidy(title);
  if (!t) return Promise.resolve();
  return edit(db, 'forwardPlans', planId, (p) => ({ categories: p.categories.map((c) => (c.id === categoryId ? { ...c, title: t } : c)) }));
}

/** A note printed under the category's heading; empty removes it. */
export function setCategoryNote(db: PanelwrightDb, planId: string, categoryId: string, note: string): Promise<void> {
  return edit(db, 'forwardPlans', planId, (p) => ({
    categories: p.categories.map((c) => {
      if (c.id !== categoryId) return c;
      const { note: _old, ...rest } = c;
      return note.trim() ? { ...rest, note } : rest;
    }),
  }));
}

/** "1." (point, the default: the field is left out) or "1.0" (pointZero). */
export function setCategoryNumbering(db: PanelwrightDb, planId: string, numbering: CategoryNumbering): Promise<void> {
  return edit(db, 'forwardPlans', planId, () => ({ categoryNumbering: numbering === 'point' ? undefined : numbering }));
}

/** One month or a range of months (parseDecisionDates); a single month drops an earlier range's end. */
export function setDecisionDates(db: PanelwrightDb, id: string, dates: DecisionDates): Promise<void> {
  return edit(db, 'forwardPlanItems', id, () => ({ decisionDate: dates.decisionDate, decisionDateTo: dates.decisionDateTo }));
}

export function moveCategory(db: PanelwrightDb, planId: string, categoryId: string, delta: -1 | 1): Promise<void> {
  return edit(db, 'forwardPlans', planId, (p) => {
    const moved = moveIn(
      p.categories,
      p.categories.findIndex((c) => c.id === categoryId),
      delta,
    );
    return moved ? { categories: moved } : null;
  });
}

export class CategoryNotEmptyError extends Error {
  override name = 'CategoryNotEmptyError';
}

/** Removes an empty category; one that still has items is refused (move or remove them first). */
export function removeCategory(db: PanelwrightDb, planId: string, categoryId: string): Promise<void> {
  return userAction(db, [db.forwardPlans, db.forwardPlanItems], async ({ by, at }) => {
    const p = await db.forwardPlans.get(planId);
    if (!p || !isLive(p)) return;
    const items = (await db.forwardPlanItems.where('forwardPlanId').equals(planId).toArray()).filter((i) => isLive(i) && i.categoryId === categoryId);
    if (items.length)
      throw new CategoryNotEmptyError(`This category still has ${items.length} item${items.length === 1 ? '' : 's'}: remove or move them first.`);
    await db.forwardPlans.put(valid('forwardPlans', touch(p, { categories: p.categories.filter((c) => c.id !== categoryId) }, by, at)));
  });
}

export type ForwardPlanItemFields = Omit<ForwardPlanItem, keyof RecordMeta | 'forwardPlanId' | 'categoryId' | 'position'>;

export function addForwardPlanItem(db: PanelwrightDb, forwardPlanId: string, categoryId: string, init: Partial<ForwardPlanItemFields> = {}): Promise<string> {
  return userAction(db, [db.forwardPlanItems], async ({ by, at }) => {
    const siblings = (await db.forwardPlanItems.where('forwardPlanId').equals(forwardPlanId).toArray())
      .filter((i) => isLive(i) && i.categoryId === categoryId)
      .sort(byPosition);
    const item = valid('forwardPlanItems', {
      ...createMeta(by, at),
      forwardPlanId,
      categoryId,
      position: positionBetween(siblings.at(-1)?.position, undefined),
      // Blank until the author knows it: printed as TBC, shown as a TBC hint (typing must not give "TBCMarch 2022").
      decisionDate: '',
      subject: '',
      summary: '',
      cost: { kind: 'text', text: '' },
      contactOfficer: '',
      reportOf: '',
      ...init,
    });
    await db.forwardPlanItems.add(item);
    return item.id;
  });
}

export function updateForwardPlanItem(db: PanelwrightDb, id: string, changes: Partial<ForwardPlanItemFields & { categoryId: string }>): Promise<void> {
  return edit(db, 'forwardPlanItems', id, () => changes);
}

export const removeForwardPlanItem = (db: PanelwrightDb, id: string) => setLive(db, 'forwardPlanItems', id, false);
export const restoreForwardPlanItem = (db: PanelwrightDb, id: string) => setLive(db, 'forwardPlanItems', id, true);

/** One place up or down within its category. */
export function moveForwardPlanItem(db: PanelwrightDb, id: string, delta: -1 | 1): Promise<void> {
  return userAction(db, [db.forwardPlanItems], async ({ by, at }) => {
    const item = await db.forwardPlanItems.get(id);
    if (!item || !isLive(item)) return;
    const siblings = (await db.forwardPlanItems.where('forwardPlanId').equals(item.forwardPlanId).toArray())
      .filter((i) => isLive(i) && i.categoryId === item.categoryId)
      .sort(byPosition);
    const position = movedPosition(siblings, id, delta);
    if (position !== null) await db.forwardPlanItems.put(valid('forwardPlanItems', touch(item, { position }, by, at)));
  });
}

// ---- Data tables ----

export function createDataTable(db: PanelwrightDb, template: TableTemplate, title?: string): Promise<string> {
  return userAction(db, [db.dataTables], async ({ by, at }) => {
    const columns = templateColumns(template, newId);
    const groups = TEMPLATE_GROUPS[template];
    const rows: DataRow[] = groups.length ? groups.map((group) => ({ id: newId(), group, cells: {} })) : [{ id: newId(), group: '', cells: {} }];
    const t = valid('dataTables', {
      ...createMeta(by, at),
      title: tidy(title ?? '') || (template === 'budget' ? 'Budget' : template === 'disposals' ? 'Estates disposals' : 'New table'),
      template,
      moneyUnit: 'pounds',
      columns,
      rows,
      showTotals: true,
    });
    await db.dataTables.add(t);
    return t.id;
  });
}

export function updateDataTable(db: PanelwrightDb, id: string, changes: Partial<{ title: string; moneyUnit: MoneyUnit; showTotals: boolean }>): Promise<void> {
  const { title, ...rest } = changes;
  const c = title !== undefined && tidy(title) !== '' ? { ...rest, title: tidy(title) } : rest;
  return edit(db, 'dataTables', id, () => c);
}

export const removeDataTable = (db: PanelwrightDb, id: string) => setLive(db, 'dataTables', id, false);
export const restoreDataTable = (db: PanelwrightDb, id: string) => setLive(db, 'dataTables', id, true);

export async function addColumn(
  db: PanelwrightDb,
  tableId: string,
  label: string,
  type: ColumnType,
  difference: DataColumn['difference'] = null,
): Promise<string> {
  const c = column(newId(), tidy(label) || 'New column', difference ? 'money' : type, { difference });
  await edit(db, 'dataTables', tableId, (t) => ({
    columns: [...t.columns, difference ? { ...c, type: t.columns.find((x) => x.id === difference.a)?.type ?? 'money' } : c],
  }));
  return c.id;
}

/** Changes a column; a computed column keeps the type of what it subtracts, and only £/number columns are totalled. */
export function updateColumn(
  db: PanelwrightDb,
  tableId: string,
  columnId: string,
  changes: Partial<Pick<DataColumn, 'label' | 'type' | 'total' | 'difference'>>,
): Promise<void> {
  const c = changes.label !== undefined ? { ...changes, label: tidy(changes.label) } : changes;
  if (c.label === '') return Promise.resolve();
  return edit(db, 'dataTables', tableId, (t) => ({
    columns: t.columns.map((col) => {
      if (col.id !== columnId) return col;
      const next = { ...col, ...c };
      return { ...next, total: isSummable(next) ? next.total : false };
    }),
  }));
}

/** Removes a column and its cells; computed columns that used it become plain columns. */
export function removeColumn(db: PanelwrightDb, tableId: string, columnId: string): Promise<void> {
  return edit(db, 'dataTables', tableId, (t) => {
    if (t.columns.length <= 1) return null;
    return {
      columns: t.columns
        .filter((c) => c.id !== columnId)
        .map((c) => (c.difference && (c.difference.a === columnId || c.difference.b === columnId) ? { ...c, difference: null } : c)),
      rows: t.rows.map((r) => ({ ...r, cells: Object.fromEntries(Object.entries(r.cells).filter(([k]) => k !== columnId)) })),
    };
  });
}

export function moveColumn(db: PanelwrightDb, tableId: string, columnId: string, delta: -1 | 1): Promise<void> {
  return edit(db, 'dataTables', tableId, (t) => {
    const moved = moveIn(
      t.columns,
      t.columns.findIndex((c) => c.id === columnId),
      delta,
    );
    return moved ? { columns: moved } : null;
  });
}

/** Adds a row at the end of its group (or of the table). */
export async function addRow(db: PanelwrightDb, tableId: string, group = '', cells: Readonly<Record<string, CellValue>> = {}): Promise<string> {
  const row: DataRow = { id: newId(), group: tidy(group), cells };
  await edit(db, 'dataTables', tableId, (t) => {
    const lastOfGroup = t.rows.map((r) => r.group).lastIndexOf(row.group);
    const rows = [...t.rows];
    rows.splice(lastOfGroup >= 0 ? lastOfGroup + 1 : rows.length, 0, row);
    return { rows };
  });
  return row.id;
}

/** Sets one cell (a value, so repeating the write is safe). Computed columns are not stored. */
export function setCell(db: PanelwrightDb, tableId: string, rowId: string, columnId: string, value: CellValue): Promise<void> {
  return edit(db, 'dataTables', tableId, (t) => {
    const col = t.columns.find((c) => c.id === columnId);
    if (!col || col.difference) return null;
    return { rows: t.rows.map((r) => (r.id === rowId ? { ...r, cells: { ...r.cells, [columnId]: value } } : r)) };
  });
}

export function setRowGroup(db: PanelwrightDb, tableId: string, rowId: string, group: string): Promise<void> {
  return edit(db, 'dataTables', tableId, (t) => ({ rows: t.rows.map((r) => (r.id === rowId ? { ...r, group: tidy(group) } : r)) }));
}

export function removeRow(db: PanelwrightDb, tableId: string, rowId: string): Promise<void> {
  return edit(db, 'dataTables', tableId, (t) => ({ rows: t.rows.filter((r) => r.id !== rowId) }));
}

export function moveRow(db: PanelwrightDb, tableId: string, rowId: string, delta: -1 | 1): Promise<void> {
  return edit(db, 'dataTables', tableId, (t) => {
    const moved = moveIn(
      t.rows,
      t.rows.findIndex((r) => r.id === rowId),
      delta,
    );
    return moved ? { rows: moved } : null;
  });
}

// ---- Ambitions ----

export type AmbitionFields = Pick<Ambition, 'text' | 'baseline' | 'target' | 'by'>;

export function addAmbition(db: PanelwrightDb, planId: string, init: Partial<AmbitionFields> = {}): Promise<string> {
  return userAction(db, [db.ambitions], async ({ by, at }) => {
    const siblings = (await db.ambitions.where('planId').equals(planId).toArray()).filter(isLive).sort(byPosition);
    const a = valid('ambitions', {
      ...createMeta(by, at),
      planId,
      position: positionBetween(siblings.at(-1)?.position, undefined),
      text: '',
      baseline: '',
      target: '',
      by: '',
      ...init,
    });
    await db.ambitions.add(a);
    return a.id;
  });
}

export function updateAmbition(db: PanelwrightDb, id: string, changes: Partial<AmbitionFields>): Promise<void> {
  return edit(db, 'ambitions', id, () => changes);
}

export const removeAmbition = (db: PanelwrightDb, id: string) => setLive(db, 'ambitions', id, false);
export const restoreAmbition = (db: PanelwrightDb, id: string) => setLive(db, 'ambitions', id, true);

export function moveAmbition(db: PanelwrightDb, id: string, delta: -1 | 1): Promise<void> {
  return userAction(db, [db.ambitions], async ({ by, at }) => {
    const a = await db.ambitions.get(id);
    if (!a || !isLive(a)) return;
    const siblings = (await db.ambitions.where('planId').equals(a.planId).toArray()).filter(isLive).sort(byPosition);
    const position = movedPosition(siblings, id, delta);
    if (position !== null) await db.ambitions.put(valid('ambitions', touch(a, { position }, by, at)));
  });
}
