// Making packs from a plan's records: one per lead officer (or for chosen deliverables), each row
// carrying last period's status and text and this period's update as it stands (its base).
import type { DatabaseSnapshot } from '../backup/snapshot';
import { deliverablesInScope, livePlan, planThemes, resolvePeriodIn } from '../plans/blocks';
import { lastPeriodUpdate, updatesForPeriod } from '../plans/updates';
import { periodShortLabel } from '../periods/labels';
import { isLive, newId } from '../records/meta';
import type { PackRow, UpdatePack } from './model';
import type { DeliverableUpdate } from '../plans/model';
import { narrativeToText } from './narrative-text';

type PlanData = Pick<DatabaseSnapshot, 'plans' | 'themes' | 'deliverables' | 'people' | 'updates' | 'customPeriods'>;

export interface MakePacksOptions {
  readonly planId: string;
  readonly periodId: string;
  readonly by: string;
  readonly at: string;
  /** Only these lead officers (person ids); default every lead officer of the plan. */
  readonly personIds?: readonly string[];
  /** Only these deliverables; default all. */
  readonly deliverableIds?: readonly string[];
  readonly makeId?: () => string;
}

export type MakePacksResult = { readonly ok: true; readonly packs: UpdatePack[]; readonly unassigned: number } | { readonly ok: false; readonly error: string };

export function makePacks(data: PlanData, options: MakePacksOptions): MakePacksResult {
  const makeId = options.makeId ?? newId;
  const plan = livePlan(data, options.planId);
  if (!plan) return { ok: false, error: 'That plan does not exist or has been deleted.' };
  const period = resolvePeriodIn(data, options.periodId);
  if (!period) return { ok: false, error: `"${options.periodId}" is not a reporting period this app knows.` };
  // Periods resolved once, and each deliverable's updates found once: a 500-deliverable plan with
  // years of history would otherwise scan every update for every row.
  const resolved = new Map<string, ReturnType<typeof resolvePeriodIn>>();
  const resolve = (id: string) => {
    if (!resolved.has(id)) resolved.set(id, resolvePeriodIn(data, id));
    return resolved.get(id) ?? null;
  };
  const updatesOf = new Map<string, DeliverableUpdate[]>();
  for (const u of data.updates) {
    const list = updatesOf.get(u.deliverableId);
    if (list) list.push(u);
    else updatesOf.set(u.deliverableId, [u]);
  }
  const themes = new Map(planThemes(data, plan.id).map((t) => [t.id, t]));
  const only = options.deliverableIds ? new Set(options.deliverableIds) : null;
  const deliverables = deliverablesInScope(data, plan.id, null).filter((d) => !only || only.has(d.id));
  const current = updatesForPeriod(data.updates, period.id);
  const people = new Map(data.people.filter(isLive).map((p) => [p.id, p]));
  const wanted = options.personIds ? new Set(options.personIds) : null;

  const groups = new Map<string | null, PackRow[]>();
  for (const d of deliverables) {
    const lead = d.leadPersonId && people.has(d.leadPersonId) ? d.leadPersonId : null;
    if (wanted && (lead === null || !wanted.has(lead))) continue;
    const theme = themes.get(d.themeId);
    const prev = lastPeriodUpdate(updatesOf.get(d.id) ?? [], d.id, period, resolve);
    const prevPeriod = prev ? resolve(prev.periodId) : null;
    const base = current.get(d.id) ?? null;
    groups.set(lead, [
      ...(groups.get(lead) ?? []),
      {
        deliverableId: d.id,
        ref: d.ref,
        theme: theme ? `${theme.number}: ${theme.title}`.trim() : '',
        activity: d.activity,
        previous: prev
          ? { periodLabel: prevPeriod ? periodShortLabel(prevPeriod) : prev.periodId, statusId: prev.statusId, text: narrativeToText(prev.narrative) }
          : null,
        base,
        updateId: base?.id ?? makeId(),
      },
    ]);
  }
  const unassigned = groups.get(null)?.length ?? 0;
  // Deliverables nobody leads get a pack only when they were asked for by id.
  if (!only) groups.delete(null);
  if (groups.size === 0) return { ok: false, error: 'No deliverables to send: give the deliverables a lead officer on the plan overview first.' };
  const nameOf = (id: string | null) => (id ? (people.get(id)?.name ?? '') : '');
  const order = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : nameOf(a).localeCompare(nameOf(b))));
  const packs = order.map((personId): UpdatePack => {
    const p = personId ? (people.get(personId) ?? null) : null;
    return {
      packId: makeId(),
      madeAt: options.at,
      madeBy: options.by,
      plan: { id: plan.id, name: plan.name, statusKey: plan.statusKey },
      period: { id: period.id, label: periodShortLabel(period) },
      officer: p ? { personId: p.id, name: p.name, email: p.email } : null,
      rows: groups.get(personId) ?? [],
    };
  });
  return { ok: true, packs, unassigned };
}

/** A file name for a pack: "Q2 2017-18 update – Kim Dunn.xlsx" (no characters Windows refuses). */
export function packFileName(pack: UpdatePack, extension: 'xlsx' | 'pwpack', what: 'update' | 'return' = 'update'): string {
  const who = pack.officer?.name ?? 'Unassigned';
  const raw = `${pack.period.label} ${what} - ${who}`;

  const safe = raw
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${safe}.${extension}`;
}
