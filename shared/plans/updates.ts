// Rules for a single deliverable's update: which one counts, whether it is complete, and drafting from last period.
import { isLive, newId } from '../records/meta';
import type { BlockNode, InlineNode, RichDoc } from '../richtext/model';
import { emptyDoc } from '../richtext/model';
import { latestPeriodEndingBefore, previousPeriod } from '../periods/periods';
import type { ReportingPeriod } from '../periods/model';
import type { Deliverable, DeliverableUpdate, StatusKey } from './model';
import { statusById } from './status-key';
import { quoteForMessage } from '../text/quote';

/** The later of two records by updatedAt then id, so every reader picks the same one after a sync conflict. */
function later(a: DeliverableUpdate, b: DeliverableUpdate): DeliverableUpdate {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return a.id > b.id ? a : b;
}

/**
 * The live update per deliverable for one period. There should be at most one; if a merge left two,
 * the most recently changed wins.
 */
export function updatesForPeriod(updates: readonly DeliverableUpdate[], periodId: string): Map<string, DeliverableUpdate> {
  const out = new Map<string, DeliverableUpdate>();
  for (const u of updates) {
    if (u.periodId !== periodId || !isLive(u)) continue;
    const existing = out.get(u.deliverableId);
    out.set(u.deliverableId, existing ? later(existing, u) : u);
  }
  return out;
}

export function updateFor(updates: readonly DeliverableUpdate[], deliverableId: string, periodId: string): DeliverableUpdate | undefined {
  return updatesForPeriod(
    updates.filter((u) => u.deliverableId === deliverableId),
    periodId,
  ).get(deliverableId);
}

/** Does the narrative hold any words? An empty paragraph or a lone space is not an update. */
export function richDocHasText(doc: RichDoc | null | undefined): boolean {
  if (!doc) return false;
  const visit = (node: BlockNode | InlineNode | { type: string; content?: readonly unknown[] }): boolean => {
    if (node.type === 'text') return (node as { text: string }).text.trim() !== '';
    const children = (node as { content?: readonly unknown[] }).content ?? [];
    return children.some((c) => visit(c as { type: string }));
  };
  return doc.content.some(visit);
}

/** Nothing at all in it: only empty paragraphs (a footnote or a list, even without words, is something). */
export function isBlankNarrative(doc: RichDoc): boolean {
  return doc.content.every((b) => b.type === 'paragraph' && (b.content ?? []).length === 0);
}

export interface UpdateProblem {
  readonly field: 'status' | 'narrative';
  readonly message: string;
}

/** Status is required; a narrative is required where the status says so (Amber and Red by default). */
export function validateUpdate(update: Pick<DeliverableUpdate, 'statusId' | 'narrative'>, key: StatusKey): UpdateProblem[] {
  if (update.statusId === null || update.statusId === '') return [{ field: 'status', message: 'Choose a status.' }];
  const status = statusById(key, update.statusId);
  if (!status) return [{ field: 'status', message: `The status ${quoteForMessage(update.statusId)} is not in this plan's status key; choose another.` }];
  if (status.requiresNarrative && !richDocHasText(update.narrative)) {
    return [{ field: 'narrative', message: `Write an update: it is required for ${status.label}.` }];
  }
  return [];
}

export function isCompleteUpdate(update: DeliverableUpdate | undefined, key: StatusKey): boolean {
  return update !== undefined && validateUpdate(update, key).length === 0;
}

export interface Progress {
  /** Deliverables whose update for the period is complete (passes validateUpdate). */
  readonly updated: number;
  /** Deliverables with an update begun but not yet complete. */
  readonly started: number;
  readonly total: number;
  /** "12 of 14 updated". */
  readonly text: string;
}

/** How many of these deliverables have a complete update for the period. */
export function updateProgress(deliverables: readonly Deliverable[], updates: readonly DeliverableUpdate[], periodId: string, key: StatusKey): Progress {
  const byDeliverable = updatesForPeriod(updates, periodId);
  let updated = 0;
  let started = 0;
  let total = 0;
  for (const d of deliverables) {
    if (!isLive(d)) continue;
    total += 1;
    const u = byDeliverable.get(d.id);
    if (isCompleteUpdate(u, key)) updated += 1;
    else if (u) started += 1;
  }
  return { updated, started, total, text: `${updated} of ${total} updated` };
}

/** Progress for one lead officer's deliverables. */
export function leadOfficerProgress(
  deliverables: readonly Deliverable[],
  updates: readonly DeliverableUpdate[],
  periodId: string,
  key: StatusKey,
  personId: string,
): Progress {
  return updateProgress(
    deliverables.filter((d) => d.leadPersonId === personId),
    updates,
    periodId,
    key,
  );
}

/** Progress for a whole plan. */
export function planProgress(
  deliverables: readonly Deliverable[],
  updates: readonly DeliverableUpdate[],
  periodId: string,
  key: StatusKey,
  planId: string,
): Progress {
  return updateProgress(
    deliverables.filter((d) => d.planId === planId),
    updates,
    periodId,
    key,
  );
}

/**
 * The deliverable's update from the most recent period that ended before `period` starts
 * (normally last quarter, but it skips a quarter nobody updated). "Most recent" is
 * latestPeriodEndingBefore's, the same rule previousPeriodWithUpdates uses for a custom period's
 * figures. `resolvePeriod` turns a stored period id into a period, e.g. parsePeriodId with the
 * custom-period records.
 */
export function lastPeriodUpdate(
  updates: readonly DeliverableUpdate[],
  deliverableId: string,
  period: ReportingPeriod,
  resolvePeriod: (periodId: string) => ReportingPeriod | null,
): DeliverableUpdate | undefined {
  const mine = updates.filter((u) => u.deliverableId === deliverableId && isLive(u));
  const before = latestPeriodEndingBefore(resolvedPeriods(mine, resolvePeriod), period);
  return before ? updatesForPeriod(mine, before.id).get(deliverableId) : undefined;
}

/** The distinct periods these updates are for (ids that do not resolve are left out). */
function resolvedPeriods(updates: readonly DeliverableUpdate[], resolvePeriod: (periodId: string) => ReportingPeriod | null): ReportingPeriod[] {
  const out: ReportingPeriod[] = [];
  for (const id of new Set(updates.map((u) => u.periodId))) {
    const p = resolvePeriod(id);
    if (p) out.push(p);
  }
  return out;
}

/**
 * The period a period's figures are compared with. A quarter, month or year: the one just before it,
 * when any of the deliverables has an update there. A custom period has no natural neighbour, so:
 * the most recent period (of any kind) with an update for one of the deliverables that ended before
 * it starts — a Q3 compared with "April to September", or "April to November 2017" with Q4 2016/17.
 */
export function previousPeriodWithUpdates(
  deliverables: readonly Deliverable[],
  updates: readonly DeliverableUpdate[],
  period: ReportingPeriod,
  resolvePeriod: (periodId: string) => ReportingPeriod | null,
): ReportingPeriod | null {
  const ids = new Set(deliverables.filter(isLive).map((d) => d.id));
  const inScope = updates.filter((u) => isLive(u) && ids.has(u.deliverableId));
  if (period.kind !== 'custom') {
    const before = previousPeriod(period);
    return before && inScope.some((u) => u.periodId === before.id) ? before : null;
  }
  return latestPeriodEndingBefore(resolvedPeriods(inScope, resolvePeriod), period);
}

/** How many live updates of these (live) deliverables use each status id: a status in use cannot leave the key. */
export function statusUsage(deliverables: readonly Deliverable[], updates: readonly DeliverableUpdate[]): Map<string, number> {
  const ids = new Set(deliverables.filter(isLive).map((d) => d.id));
  const out = new Map<string, number>();
  for (const u of updates) {
    if (!isLive(u) || u.statusId === null || !ids.has(u.deliverableId)) continue;
    out.set(u.statusId, (out.get(u.statusId) ?? 0) + 1);
  }
  return out;
}

/**
 * The narrative to start this period's update from: a copy of last period's text. The status is
 * deliberately not carried over — the officer must choose it afresh. Footnotes get new ids so the
 * two updates never share one when both appear in a paper.
 */
export function startFromLastPeriod(previous: DeliverableUpdate | undefined, makeId: () => string = newId): RichDoc {
  if (!previous || !richDocHasText(previous.narrative)) return emptyDoc();
  const copy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(copy);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = copy(v);
    if (out.type === 'footnote' && typeof out.attrs === 'object' && out.attrs !== null) out.attrs = { ...out.attrs, id: makeId() };
    return out;
  };
  return copy(previous.narrative) as RichDoc;
}
