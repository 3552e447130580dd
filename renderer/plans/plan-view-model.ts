// What the plan screens show, computed from the plan's records with the shared rules (figures.ts,
// updates.ts, plans/blocks.ts) — never re-derived here. Pure, so the benchmark times it too.
import type { DatabaseSnapshot } from '../../shared/backup/snapshot';
import type { ChartPart } from '../../shared/blocks/content';
import { changeSentence, deliverablesInScope, figuresWithChange, livePlan, planThemes, resolvePeriodIn, statusChartPart } from '../../shared/plans/blocks';
import type { StatusKeyFigures } from '../../shared/plans/figures';
import type { Deliverable, DeliverableUpdate, DeliveryPlan, Person, Theme } from '../../shared/plans/model';
import { planProgress, statusUsage, updatesForPeriod } from '../../shared/plans/updates';
import type { Progress } from '../../shared/plans/updates';
import { comparePeriods, parsePeriodId, periodsInRange, periodShortLabel, sortPeriods } from '../../shared/periods';
import type { CustomPeriodRecord, ReportingPeriod } from '../../shared/periods/model';
import { CUSTOM_PREFIX } from '../../shared/periods/model';
import { isLive } from '../../shared/records/meta';

export type PlanData = Pick<DatabaseSnapshot, 'plans' | 'themes' | 'deliverables' | 'people' | 'updates' | 'customPeriods'>;

/** The periods offered: the plan's quarters, its custom periods, and any other period that has updates. */
export function planPeriods(data: PlanData, plan: DeliveryPlan): ReportingPeriod[] {
  const customs = data.customPeriods.filter(isLive);
  const byId = new Map<string, ReportingPeriod>();
  for (const p of periodsInRange(plan.coversFrom, plan.coversTo, 'quarter')) byId.set(p.id, p);
  for (const c of customs) {
    const p = parsePeriodId(`${CUSTOM_PREFIX}${c.id}`, customs);
    if (p) byId.set(p.id, p);
  }
  for (const u of data.updates) {
    if (!isLive(u) || byId.has(u.periodId)) continue;
    const p = parsePeriodId(u.periodId, customs);
    if (p) byId.set(p.id, p);
  }
  return sortPeriods([...byId.values()]);
}

/** The periods that have at least one live update, in order. */
export function periodsWithUpdates(data: PlanData, periods: readonly ReportingPeriod[]): ReportingPeriod[] {
  const used = new Set(data.updates.filter(isLive).map((u) => u.periodId));
  return periods.filter((p) => used.has(p.id));
}

/** The period to show first: the latest one with updates, else the first of the plan. */
export function defaultPeriod(data: PlanData, periods: readonly ReportingPeriod[]): ReportingPeriod | undefined {
  return periodsWithUpdates(data, periods).sort(comparePeriods).at(-1) ?? periods[0];
}

export interface ScopeSummary {
  readonly figures: StatusKeyFigures;
  readonly changeText: string;
  readonly progress: Progress;
}

export interface PlanViewModel {
  readonly plan: DeliveryPlan;
  readonly themes: readonly { theme: Theme; deliverables: readonly Deliverable[]; summary: ScopeSummary }[];
  readonly summary: ScopeSummary;
  readonly people: readonly Person[];
  readonly periods: readonly ReportingPeriod[];
  readonly period: ReportingPeriod;
  /** This period's live update of each deliverable. */
  readonly current: ReadonlyMap<string, DeliverableUpdate>;
  readonly chart: ChartPart;
  /** Live updates of this plan per status id: a status in use cannot leave the key. */
  readonly statusUsage: ReadonlyMap<string, number>;
  /** The plan's financial-year quarters, from coversFrom to coversTo. */
  readonly quarters: readonly ReportingPeriod[];
  /** Every live custom period (they are global: every plan offers them), in date order. */
  readonly customPeriods: readonly CustomPeriodRecord[];
  /** Live updates of this plan's live deliverables per period id. */
  readonly updatesPerPeriod: ReadonlyMap<string, number>;
}

function summarise(plan: DeliveryPlan, deliverables: readonly Deliverable[], data: PlanData, period: ReportingPeriod): ScopeSummary {
  const { updates } = data;
  const { figures, change, previousPeriod } = figuresWithChange(deliverables, updates, period, plan.statusKey, (id) => resolvePeriodIn(data, id));
  return {
    figures,
    changeText: changeSentence(change, previousPeriod) ?? '',
    progress: planProgress(deliverables, updates, period.id, plan.statusKey, plan.id),
  };
}

export function planViewModel(data: PlanData, planId: string, periodId: string | null): PlanViewModel | null {
  const plan = livePlan(data, planId);
  if (!plan) return null;
  const periods = planPeriods(data, plan);
  const period = (periodId ? periods.find((p) => p.id === periodId) : undefined) ?? defaultPeriod(data, periods);
  if (!period) return null;
  const all = deliverablesInScope(data, plan.id, null);
  const themes = planThemes(data, plan.id).map((theme) => {
    const deliverables = all.filter((d) => d.themeId === theme.id);
    return { theme, deliverables, summary: summarise(plan, deliverables, data, period) };
  });
  const chartPeriods = periodsWithUpdates(data, periods);
  return {
    plan,
    themes,
    summary: summarise(plan, all, data, period),
    people: data.people.filter(isLive).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    periods,
    period,
    current: updatesForPeriod(data.updates, period.id),
    chart: statusChartPart(plan, all, data.updates, chartPeriods.length ? chartPeriods : [period], plan.name),
    statusUsage: statusUsage(all, data.updates),
    quarters: periodsInRange(plan.coversFrom, plan.coversTo, 'quarter'),
    customPeriods: data.customPeriods
      .filter(isLive)
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0)),
    updatesPerPeriod: updatesPerPeriod(all, data.updates),
  };
}

function updatesPerPeriod(deliverables: readonly Deliverable[], updates: readonly DeliverableUpdate[]): Map<string, number> {
  const ids = new Set(deliverables.map((d) => d.id));
  const out = new Map<string, number>();
  for (const u of updates) if (isLive(u) && ids.has(u.deliverableId)) out.set(u.periodId, (out.get(u.periodId) ?? 0) + 1);
  return out;
}

export const periodOption = (p: ReportingPeriod) => ({ value: p.id, label: periodShortLabel(p) });

/**
 * How many themes (from `from`) to render next so that about `rows` deliverable rows are added, at
 * least one theme: the plan view renders the first screenful at once and the rest just after.
 */
export function themesUpTo(deliverableCounts: readonly number[], from: number, rows: number): number {
  let n = from;
  let added = 0;
  while (n < deliverableCounts.length && (n === from || added + (deliverableCounts[n] ?? 0) <= rows)) added += deliverableCounts[n++] ?? 0;
  return n;
}
