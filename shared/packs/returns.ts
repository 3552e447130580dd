// Returns taken in: each returned row becomes the update it would write, checked as the lead
// officer's view checks it (validateUpdate), then classified by the merge rules (shared/merge)
// against the database and the base the pack was made from.
import type { DatabaseSnapshot } from '../backup/snapshot';
import { diffRecords, sameJson } from '../merge/diff';
import type { Incoming, MergeEntry } from '../merge/diff';
import { matchStatus } from '../import/values';
import { MAX_CELL_CHARS } from '../import/limits';
import type { DeliverableUpdate, StatusKey } from '../plans/model';
import { validateUpdate } from '../plans/updates';
import { livePlan, resolvePeriodIn } from '../plans/blocks';
import { periodShortLabel } from '../periods/labels';
import { isLive } from '../records/meta';
import type { PackReturn, ReturnRow } from './model';
import { statusOption } from './model';
import { narrativeToText, sameCellText, textToNarrative } from './narrative-text';

type PlanData = Pick<DatabaseSnapshot, 'plans' | 'themes' | 'deliverables' | 'people' | 'updates' | 'customPeriods'>;

export interface ReviewRow {
  readonly entry: MergeEntry<DeliverableUpdate>;
  readonly fileName: string;
  readonly rowNumber: number;
  readonly ref: string;
  readonly activity: string;
  readonly officerName: string;
  readonly officerText: string;
  readonly currentText: string;
  /** What stops the row being taken in (status missing, text required …); empty when it can be. */
  readonly problems: readonly string[];
}

export interface ReviewFile {
  readonly fileName: string;
  /** The return it is (null when the file was refused). */
  readonly ret: PackReturn | null;
  /** The refusal, or the rows left out, in sentences naming the row. */
  readonly messages: readonly string[];
}

export interface ReturnsReview {
  readonly files: readonly ReviewFile[];
  readonly rows: readonly ReviewRow[];
}

/** An update's key for the merge: one live update per deliverable and period. */
export const updateKey = (u: Pick<DeliverableUpdate, 'deliverableId' | 'periodId'>) => `${u.deliverableId}|${u.periodId}`;
/** What an update says: its status, words and date (who typed it is metadata). */
export const sameUpdate = (a: DeliverableUpdate, b: DeliverableUpdate) =>
  a.statusId === b.statusId && a.narrativeDate === b.narrativeDate && sameJson(a.narrative, b.narrative);

/** A status cell: the drop-down's "G – Green", or the id, label or letter typed by hand. */
export function statusFromCell(text: string, key: StatusKey): string | null {
  const t = text.trim();
  if (t === '') return null;
  const exact = key.statuses.find((s) => statusOption(s) === t || s.id === t);
  return (exact ?? matchStatus(t, key))?.id ?? t;
}

function incomingFor(
  row: ReturnRow,
  ret: PackReturn,
  current: DeliverableUpdate | undefined,
  people: PlanData['people'],
  key: StatusKey,
): Incoming<DeliverableUpdate> {
  const sentRow = ret.sent.rows.find((r) => r.deliverableId === row.deliverableId);
  const sentBase = sentRow?.base ?? null;
  // The record here is the base itself when nothing changed it since the pack was made.
  const base = sentBase && current && current.id === sentBase.id && current.updatedAt === sentBase.updatedAt ? current : sentBase;
  const source = `${ret.fileName}${ret.officerName ? ` (${ret.officerName})` : ''}`;
  const fromFile = ret.updates?.find((u) => u.deliverableId === row.deliverableId);
  if (fromFile) return { record: { ...fromFile, id: row.updateId, periodId: ret.periodId }, base, source };
  const statusId = statusFromCell(row.statusText, key);
  const sentText = narrativeToText(sentBase?.narrative);
  if (base && statusId === base.statusId && sameCellText(row.narrativeText, sentText) && (!row.dateText || row.dateText === base.narrativeDate))
    return { record: base, base, source };
  if (!base && statusId === null && row.narrativeText.trim() === '')
    return { record: { ...blank(row, ret), narrativeDate: null }, base: { ...blank(row, ret), narrativeDate: null }, source };
  // Keep the stored formatting and footnotes whenever the words are the same as a stored narrative's.
  const narrative =
    current && sameCellText(row.narrativeText, narrativeToText(current.narrative))
      ? current.narrative
      : base && sameCellText(row.narrativeText, sentText)
        ? base.narrative
        : textToNarrative(row.narrativeText);
  const byName = people.find((p) => isLive(p) && p.name.trim().toLowerCase() === row.officerName.trim().toLowerCase());
  const date = /^\d{4}-\d{2}-\d{2}$/.test(row.dateText) ? row.dateText : (base?.narrativeDate ?? null);
  const record: DeliverableUpdate = {
    ...(base ?? blank(row, ret)),
    id: row.updateId,
    deliverableId: row.deliverableId,
    periodId: ret.periodId,
    statusId,
    narrative,
    narrativeDate: date,
    authorPersonId: byName?.id ?? ret.personId ?? base?.authorPersonId ?? null,
  };
  return { record, base, source };
}

function blank(row: ReturnRow, ret: PackReturn): DeliverableUpdate {
  return {
    id: row.updateId,
    createdAt: ret.sent.madeAt,
    updatedAt: ret.sent.madeAt,
    updatedBy: '',
    deletedAt: null,
    deliverableId: row.deliverableId,
    periodId: ret.periodId,
    statusId: null,
    narrative: { type: 'doc', content: [{ type: 'paragraph' }] },
    narrativeDate: null,
    authorPersonId: null,
  };
}

/** What taking these returns into the plan's period would do, row by row; nothing is written. */
export function reviewReturns(
  data: PlanData,
  planId: string,
  periodId: string,
  files: readonly ({ fileName: string; ok: true; ret: PackReturn } | { fileName: string; ok: false; error: string })[],
): ReturnsReview {
  const plan = livePlan(data, planId);
  const period = resolvePeriodIn(data, periodId);
  const periodName = period ? periodShortLabel(period) : periodId;
  const deliverables = new Map(data.deliverables.filter((d) => d.planId === planId).map((d) => [d.id, d]));
  const current = data.updates.filter((u) => u.periodId === periodId && deliverables.has(u.deliverableId));
  const currentFor = (deliverableId: string) =>
    current.filter((u) => u.deliverableId === deliverableId && isLive(u)).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];

  const reviewFiles: ReviewFile[] = [];
  const pending: { incoming: Incoming<DeliverableUpdate>; row: ReturnRow; ret: PackReturn; problems: string[] }[] = [];
  for (const f of files) {
    if (!f.ok) {
      reviewFiles.push({ fileName: f.fileName, ret: null, messages: [f.error] });
      continue;
    }
    const ret = f.ret;
    if (!plan || ret.planId !== planId) {
      reviewFiles.push({
        fileName: f.fileName,
        ret: null,
        messages: [`This is a return for another plan ("${ret.sent.plan.name}"), so it cannot be taken into ${plan ? `"${plan.name}"` : 'this plan'}.`],
      });
      continue;
    }
    if (ret.periodId !== periodId) {
      reviewFiles.push({
        fileName: f.fileName,
        ret: null,
        messages: [`This is a return for ${ret.sent.period.label}, not ${periodName}: choose ${ret.sent.period.label} on the plan to take it in.`],
      });
      continue;
    }
    const messages = [...ret.problems];
    for (const row of ret.rows) {
      const d = deliverables.get(row.deliverableId);
      const incoming = incomingFor(row, ret, currentFor(row.deliverableId), data.people, plan.statusKey);
      const problems: string[] = [];
      if (!d || !isLive(d)) problems.push(`${row.ref} has been removed from the plan since the pack was made.`);
      // A cell's limit; a pack file carries the rich narrative, bounded by the record schema.
      else if (ret.kind === 'xlsx' && row.narrativeText.length > MAX_CELL_CHARS)
        problems.push(
          `The update in row ${row.rowNumber} is longer than ${MAX_CELL_CHARS.toLocaleString('en-GB')} characters; shorten it, or paste it in the lead officer's view.`,
        );
      else if (incoming.record !== incoming.base) problems.push(...validateUpdate(incoming.record, plan.statusKey).map((p) => p.message));
      pending.push({ incoming, row, ret, problems });
    }
    reviewFiles.push({ fileName: f.fileName, ret, messages });
  }
  const entries = diffRecords(
    pending.map((p) => p.incoming),
    current,
    {
      key: updateKey,
      same: sameUpdate,
      when: (iso) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
    },
  );
  const rows = entries.map((entry, i): ReviewRow => {
    const p = pending[i] as (typeof pending)[number]; // one entry per pending row, in order
    const d = deliverables.get(p.row.deliverableId);
    return {
      entry,
      fileName: p.ret.fileName,
      rowNumber: p.row.rowNumber,
      ref: d?.ref ?? p.row.ref,
      activity: d?.activity ?? '',
      officerName: p.row.officerName || p.ret.officerName,
      officerText: narrativeToText(entry.incoming.narrative),
      currentText: narrativeToText(entry.current?.narrative),
      // An unchanged row writes nothing, so nothing about it can stop the rest.
      problems: entry.kind === 'unchanged' ? [] : p.problems,
    };
  });
  return { files: reviewFiles, rows };
}

/** "Accept all clean rows": new and changed rows with no problems, one per deliverable. */
export function cleanRowIds(review: ReturnsReview): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of review.rows) {
    const e = r.entry;
    if ((e.kind !== 'new' && e.kind !== 'changed') || r.problems.length > 0 || seen.has(e.key)) continue;
    seen.add(e.key);
    out.push(e.id);
  }
  return out;
}
