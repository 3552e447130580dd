// Restoring one paper or one delivery plan from a backup into the database as it is, instead of
// replacing everything. The rule, as the Restore dialog states it (RESTORE_ONE_RULE):
// - the backup's copy of the paper (or plan) and of its own parts replaces the one here: a paper's
//   sections, appendices, data blocks, clearances and review records; a plan's themes, deliverables, lead officer updates,
//   measures with their figures, and ambitions. Parts made here since the backup are removed (soft
//   deleted), so it reads exactly as it did in the backup;
// - issued versions never change: the backup's are added when missing; a paper issued here again
//   since the backup (a version the backup does not have) is not restored at all;
// - records other papers and plans share (the committee, people named, reporting periods of your own)
//   are added when missing here; the ones here are kept as they are.
// Pure: the renderer reads the database, calls planRestoreOne, and writes `put` in one transaction.
import { isLive, softDelete, touch } from '../records/meta';
import type { RecordMeta } from '../records/meta';
import { CUSTOM_PREFIX } from '../periods/model';
import { rewrittenVersions, rewrittenVersionsMessage } from '../issued/versions';
import { formatShortDate } from '../text/dates';
import type { DatabaseSnapshot } from './snapshot';
import { countInWords, joinInWords } from './summary';
import type { RecordOf, SnapshotTable } from './tables';
import { must } from '../records/must';

export const RESTORE_ONE_RULE =
  'The backup’s copy replaces the one on this computer, with all its parts; parts added here since the backup are removed. Issued versions are never changed: a paper issued again since the backup is not restored. Committees and people it names are added only if they are missing here.';

export type RestoreOneKind = 'paper' | 'plan';

export interface RestoreCandidate {
  readonly kind: RestoreOneKind;
  readonly id: string;
  readonly title: string;
  /** When the backup's copy last changed. */
  readonly updatedAt: string;
  /** On this computer: not there, there but removed, or there. */
  readonly here: 'absent' | 'removed' | 'present';
}

export type RestoreOnePut = { [T in SnapshotTable]?: RecordOf<T>[] };

export type RestoreOneOutcome = { ok: true; title: string; put: RestoreOnePut; lines: string[] } | { ok: false; error: string };

const hereState = (here: readonly RecordMeta[], id: string): RestoreCandidate['here'] => {
  const r = here.find((x) => x.id === id);
  return !r ? 'absent' : isLive(r) ? 'present' : 'removed';
};

/** The live papers and plans of a backup, papers first, each as the list in the dialog shows it. */
export function restoreCandidates(backup: DatabaseSnapshot, here: DatabaseSnapshot): RestoreCandidate[] {
  const papers = backup.papers
    .filter(isLive)
    .map((p) => ({ kind: 'paper' as const, id: p.id, title: p.title || 'Untitled paper', updatedAt: p.updatedAt, here: hereState(here.papers, p.id) }));
  const plans = backup.plans
    .filter(isLive)
    .map((p) => ({ kind: 'plan' as const, id: p.id, title: p.name || 'Untitled plan', updatedAt: p.updatedAt, here: hereState(here.plans, p.id) }));
  const byTitle = (a: RestoreCandidate, b: RestoreCandidate) => a.title.localeCompare(b.title, 'en-GB');
  return [...papers.sort(byTitle), ...plans.sort(byTitle)];
}

interface Stamp {
  readonly by: string;
  readonly at: string;
}

/** One table's part of the item: the backup's records (stamped as changed now) and the records here it no longer has (removed). */
function replacePart<T extends SnapshotTable>(
  table: T,
  fromBackup: readonly RecordOf<T>[],
  fromHere: readonly RecordOf<T>[],
  stamp: Stamp,
  put: RestoreOnePut,
): { brought: number; removed: number } {
  const keep = new Set(fromBackup.map((r) => r.id));
  const gone = fromHere.filter((r) => isLive(r) && !keep.has(r.id)).map((r) => softDelete(r, stamp.by, stamp.at));
  const brought = fromBackup.map((r) => touch(r, {}, stamp.by, stamp.at));
  (put as Record<string, RecordMeta[]>)[table] = [...((put as Record<string, RecordMeta[]>)[table] ?? []), ...brought, ...gone];
  return { brought: fromBackup.filter(isLive).length, removed: gone.length };
}

/** Shared records the item names: added, as they are in the backup, when this computer has no record of that id. */
function addMissing<T extends SnapshotTable>(
  table: T,
  ids: ReadonlySet<string>,
  backup: DatabaseSnapshot,
  here: DatabaseSnapshot,
  put: RestoreOnePut,
): RecordOf<T>[] {
  const hereIds = new Set((here[table] as readonly RecordMeta[]).map((r) => r.id));
  const added = (backup[table] as readonly RecordOf<T>[]).filter((r) => ids.has(r.id) && !hereIds.has(r.id));
  if (added.length) (put as Record<string, RecordMeta[]>)[table] = [...((put as Record<string, RecordMeta[]>)[table] ?? []), ...added];
  return added;
}

function whatHappened(kind: RestoreOneKind, state: RestoreCandidate['here'], title: string): string {
  const noun = kind === 'paper' ? 'paper' : 'delivery plan';
  if (state === 'present') return `Replaced the ${noun} “${title}” on this computer with the backup’s copy.`;
  if (state === 'removed') return `Brought back the ${noun} “${title}”, which had been removed here.`;
  return `Added the ${noun} “${title}”, which was not on this computer.`;
}

function partsLine(parts: readonly [SnapshotTable, { brought: number; removed: number }][]): string[] {
  const brought = parts.filter(([, p]) => p.brought > 0).map(([t, p]) => countInWords(t, p.brought));
  const removed = parts.filter(([, p]) => p.removed > 0).map(([t, p]) => countInWords(t, p.removed));
  return [
    ...(brought.length ? [`With ${joinInWords(brought)} from the backup.`] : []),
    ...(removed.length ? [`Removed ${joinInWords(removed)} added here since the backup.`] : []),
  ];
}

function restorePaper(backup: DatabaseSnapshot, here: DatabaseSnapshot, id: string, stamp: Stamp): RestoreOneOutcome {
  const paper = backup.papers.find((p) => p.id === id && isLive(p));
  if (!paper) return { ok: false, error: 'That paper is not in this backup.' };
  const title = paper.title || 'Untitled paper';
  const ofPaper = <R extends { paperId: string }>(rows: readonly R[]) => rows.filter((r) => r.paperId === id);

  // Issued versions are the record of what went out: never rewritten, never gone behind.
  const backupVersions = ofPaper(backup.issuedVersions);
  const rewritten = rewrittenVersions(here.issuedVersions, backupVersions);
  if (rewritten.length) return { ok: false, error: rewrittenVersionsMessage(rewritten) };
  const inBackup = new Set(backupVersions.map((v) => v.id));
  const newer = ofPaper(here.issuedVersions).filter((v) => isLive(v) && !inBackup.has(v.id));
  if (newer.length) {
    const v = must(newer.sort((a, b) => b.number - a.number)[0], 'newer.sort((a, b) => b.number - a.number)[0]');
    return {
      ok: false,
      error: `“${title}” was not restored: it has been issued since this backup was made (version ${v.number}, ${formatShortDate(v.issuedAt.slice(0, 10))}), and restoring would go behind what the panel received. Open it and choose Revise to change it.`,
    };
  }

  const put: RestoreOnePut = {};
  const state = hereState(here.papers, id);
  put.papers = [touch(paper, {}, stamp.by, stamp.at)];
  const parts: [SnapshotTable, { brought: number; removed: number }][] = [
    ['sections', replacePart('sections', ofPaper(backup.sections), ofPaper(here.sections), stamp, put)],
    ['appendices', replacePart('appendices', ofPaper(backup.appendices), ofPaper(here.appendices), stamp, put)],
    ['blocks', replacePart('blocks', ofPaper(backup.blocks), ofPaper(here.blocks), stamp, put)],
    ['clearances', replacePart('clearances', ofPaper(backup.clearances), ofPaper(here.clearances), stamp, put)],
    ['reviewRequests', replacePart('reviewRequests', ofPaper(backup.reviewRequests), ofPaper(here.reviewRequests), stamp, put)],
    ['reviewItems', replacePart('reviewItems', ofPaper(backup.reviewItems), ofPaper(here.reviewItems), stamp, put)],
  ];
  const hereVersionIds = new Set(here.issuedVersions.map((v) => v.id));
  const addedVersions = backupVersions.filter((v) => !hereVersionIds.has(v.id));
  if (addedVersions.length) put.issuedVersions = addedVersions;
  const lines = [whatHappened('paper', state, title), ...partsLine(parts)];
  if (addedVersions.length) lines.push(`Added ${joinInWords([countInWords('issuedVersions', addedVersions.length)])} that were missing here.`);
  const committee = paper.cover.committeeId;
  const addedCommittees = committee ? addMissing('committees', new Set([committee]), backup, here, put) : [];
  for (const c of addedCommittees) lines.push(`Added the committee “${c.name}”, which was missing here.`);
  return { ok: true, title, put, lines };
}

function restorePlan(backup: DatabaseSnapshot, here: DatabaseSnapshot, id: string, stamp: Stamp): RestoreOneOutcome {
  const plan = backup.plans.find((p) => p.id === id && isLive(p));
  if (!plan) return { ok: false, error: 'That delivery plan is not in this backup.' };
  const title = plan.name || 'Untitled plan';
  const ofPlan = <R extends { planId: string }>(rows: readonly R[]) => rows.filter((r) => r.planId === id);
  const deliverableIds = (s: DatabaseSnapshot) => new Set(ofPlan(s.deliverables).map((d) => d.id));
  const measureIds = (s: DatabaseSnapshot) => new Set(ofPlan(s.measures).map((m) => m.id));
  const updatesOf = (s: DatabaseSnapshot) => {
    const ids = deliverableIds(s);
    return s.updates.filter((u) => ids.has(u.deliverableId));
  };
  const valuesOf = (s: DatabaseSnapshot) => {
    const ids = measureIds(s);
    return s.measureValues.filter((v) => ids.has(v.measureId));
  };

  const put: RestoreOnePut = {};
  const state = hereState(here.plans, id);
  put.plans = [touch(plan, {}, stamp.by, stamp.at)];
  const parts: [SnapshotTable, { brought: number; removed: number }][] = [
    ['themes', replacePart('themes', ofPlan(backup.themes), ofPlan(here.themes), stamp, put)],
    ['deliverables', replacePart('deliverables', ofPlan(backup.deliverables), ofPlan(here.deliverables), stamp, put)],
    ['updatePacks', replacePart('updatePacks', ofPlan(backup.updatePacks), ofPlan(here.updatePacks), stamp, put)],
    ['updates', replacePart('updates', updatesOf(backup), updatesOf(here), stamp, put)],
    ['measures', replacePart('measures', ofPlan(backup.measures), ofPlan(here.measures), stamp, put)],
    ['measureValues', replacePart('measureValues', valuesOf(backup), valuesOf(here), stamp, put)],
    ['ambitions', replacePart('ambitions', ofPlan(backup.ambitions), ofPlan(here.ambitions), stamp, put)],
  ];
  const lines = [whatHappened('plan', state, title), ...partsLine(parts)];

  const people = new Set<string>();
  for (const d of ofPlan(backup.deliverables)) if (d.leadPersonId) people.add(d.leadPersonId);
  for (const u of updatesOf(backup)) if (u.authorPersonId) people.add(u.authorPersonId);
  const addedPeople = addMissing('people', people, backup, here, put);
  if (addedPeople.length)
    lines.push(`Added ${joinInWords([countInWords('people', addedPeople.length)])} (${addedPeople.map((p) => p.name).join(', ')}), missing here.`);
  const periods = new Set(
    [...updatesOf(backup), ...valuesOf(backup)]
      .map((r) => r.periodId)
      .filter((p) => p.startsWith(CUSTOM_PREFIX))
      .map((p) => p.slice(CUSTOM_PREFIX.length)),
  );
  const addedPeriods = addMissing('customPeriods', periods, backup, here, put);
  if (addedPeriods.length)
    lines.push(`Added ${joinInWords([countInWords('customPeriods', addedPeriods.length)])} (${addedPeriods.map((p) => p.label).join(', ')}), missing here.`);
  return { ok: true, title, put, lines };
}

/** What restoring one paper or plan from `backup` writes into a database holding `here`, or why it is refused. */
export function planRestoreOne(backup: DatabaseSnapshot, here: DatabaseSnapshot, kind: RestoreOneKind, id: string, stamp: Stamp): RestoreOneOutcome {
  return kind === 'paper' ? restorePaper(backup, here, id, stamp) : restorePlan(backup, here, id, stamp);
}
