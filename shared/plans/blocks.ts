// Resolvers of this feature's data blocks (shared/blocks/resolve.ts): source + records → BlockContent.
// The figures printed come from statusKeyFigures / changeSincePrevious (figures.ts), never from here.
import type { DatabaseSnapshot } from '../backup/snapshot';
import type { BlockResolver } from '../blocks/resolve';
import type { BlockContent, BlockPart, ChartPart, ChartSeries, StatusMark, TableCellContent, TableRowContent } from '../blocks/content';
import { missingContent, rich, status, text } from '../blocks/content';
import { byPosition, isLive } from '../records/meta';
import type { RichDoc } from '../richtext/model';
import { parsePeriodId, periodLabel, periodShortLabel } from '../periods';
import type { ReportingPeriod } from '../periods/model';
import type { Deliverable, DeliverableUpdate, DeliveryPlan, Person, StatusDefinition, StatusKey, Theme } from './model';
import { changeSincePrevious, statusKeyFigures } from './figures';
import type { ChangeSincePrevious, StatusKeyFigures } from './figures';
import { statusById } from './status-key';
import { headingInCase, updateDateText } from '../house-style/house-style';
import type { HouseStyle, ThemeUpdateColumn } from '../house-style/model';
import { byKey, wordingText } from '../blocks/wording';
import type { Wording, WordingEntry } from '../blocks/wording';
import { previousPeriodWithUpdates, updatesForPeriod } from './updates';

type PlanData = Pick<DatabaseSnapshot, 'plans' | 'themes' | 'deliverables' | 'people' | 'updates' | 'customPeriods'>;

export const statusMark = (s: StatusDefinition): StatusMark => ({ label: s.label, letter: s.letter, symbol: s.symbol, fill: s.fill, text: s.text });

/** A period id as a period (custom ones through the stored records), or null. */
export function resolvePeriodIn(data: Pick<DatabaseSnapshot, 'customPeriods'>, periodId: string): ReportingPeriod | null {
  return parsePeriodId(periodId, data.customPeriods.filter(isLive));
}

export function livePlan(data: Pick<DatabaseSnapshot, 'plans'>, planId: string): DeliveryPlan | undefined {
  return data.plans.find((p) => p.id === planId && isLive(p));
}

/** The plan's live themes, in order. */
export function planThemes(data: Pick<DatabaseSnapshot, 'themes'>, planId: string): Theme[] {
  return data.themes.filter((t) => t.planId === planId && isLive(t)).sort(byPosition);
}

/** The live deliverables of a theme (or of the whole plan when themeId is null), in theme then position order. */
export function deliverablesInScope(data: Pick<DatabaseSnapshot, 'themes' | 'deliverables'>, planId: string, themeId: string | null): Deliverable[] {
  const themes = planThemes(data, planId);
  const themeOrder = new Map(themes.map((t, i) => [t.id, i]));
  return data.deliverables
    .filter((d) => d.planId === planId && isLive(d) && themeOrder.has(d.themeId) && (themeId === null || d.themeId === themeId))
    .sort((a, b) => (themeOrder.get(a.themeId) ?? 0) - (themeOrder.get(b.themeId) ?? 0) || byPosition(a, b));
}

/**
 * The figures of a period and of the period it is compared with (previousPeriodWithUpdates: the
 * quarter before, or for a custom period the latest reported period that ended before it), and the
 * change between them: what the screens and the blocks print. `resolvePeriod` reads stored period
 * ids, custom ones included (resolvePeriodIn).
 */
export function figuresWithChange(
  deliverables: readonly Deliverable[],
  updates: readonly DeliverableUpdate[],
  period: ReportingPeriod,
  key: StatusKey,
  resolvePeriod: (periodId: string) => ReportingPeriod | null,
): { figures: StatusKeyFigures; previous: StatusKeyFigures | null; previousPeriod: ReportingPeriod | null; change: ChangeSincePrevious } {
  const figures = statusKeyFigures(deliverables, updates, period.id, key);
  const before = previousPeriodWithUpdates(deliverables, updates, period, resolvePeriod);
  const previous = before ? statusKeyFigures(deliverables, updates, before.id, key) : null;
  return { figures, previous, previousPeriod: before, change: changeSincePrevious(figures, previous) };
}

/** "Since Q1 2017/18: 3 more Green, 2 fewer Amber." or "There is no previous period to compare with." */
export function changeSentence(change: ChangeSincePrevious, previous: ReportingPeriod | null, wording?: Wording): string | null {
  return previous ? wordingText(wording, W.change, { previous: periodShortLabel(previous), change: change.sentence }) : wordingText(wording, W.noPrevious);
}

/** The sentences a theme update prints by itself (shared/blocks/wording.ts). */
export const PLAN_WORDING = {
  planThemeUpdate: [
    { key: 'keyHeading', label: 'Heading over the status key', default: 'STATUS KEY and Results', canSwitchOff: false },
    { key: 'overall', label: 'Overall sentence under the key (optional)', default: '', values: { previous: 'the period compared with' }, canSwitchOff: true },
    {
      key: 'change',
      label: 'Change since the previous period',
      default: 'Since {previous}: {change}.',
      values: { previous: 'the period compared with', change: 'the statuses that moved' },
      canSwitchOff: true,
    },
    { key: 'noPrevious', label: 'When there is no previous period', default: 'There is no previous period to compare with.', canSwitchOff: true },
    { key: 'noDeliverables', label: 'A theme with no deliverables', default: 'This theme has no deliverables.', canSwitchOff: false },
    { key: 'noUpdate', label: 'A deliverable with no update', default: 'No update for this period.', canSwitchOff: false },
  ],
} as const satisfies Readonly<Record<string, readonly WordingEntry[]>>;

const W = byKey(PLAN_WORDING.planThemeUpdate);

const para = (t: string, italic = false): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: t, ...(italic ? { marks: [{ type: 'italic' as const }] } : {}) }] }],
});

/** The status key table of the reference: each status with its meaning, then "Number & %" under it. */
function statusKeyTable(key: StatusKey, figures: StatusKeyFigures, themeKey: string): BlockPart {
  const first: TableRowContent = { role: 'body', cells: key.statuses.flatMap((s) => [status(statusMark(s), true), text(s.meaning)]) };
  const second: TableRowContent = {
    role: 'body',
    // each figure can be replaced by the author (shared/blocks/overrides.ts)
    cells: figures.rows.flatMap((r) => [
      text('Number & %', { bold: true }),
      text(r.text, { bold: true, figure: { key: `${themeKey}:${r.statusId}`, label: `${r.label}: number & %` } }),
    ]),
  };
  return { type: 'table', columns: key.statuses.flatMap(() => [1.1, 2]), rows: [first, second] };
}

function figuresNote(figures: StatusKeyFigures): string | null {
  const notes: string[] = [];
  if (figures.notUpdated > 0)
    notes.push(`${figures.notUpdated} of ${figures.total} ${figures.total === 1 ? 'deliverable has' : 'deliverables have'} no status for this period yet`);
  if (figures.unknownStatus > 0)
    notes.push(`${figures.unknownStatus} ${figures.unknownStatus === 1 ? 'has a status' : 'have statuses'} no longer in the status key`);
  return notes.length ? `${notes.join('; ')}.` : null;
}

/** Each column a theme update can print: its header and relative width (house style picks which, in order). */
const COLUMN: Readonly<Record<Exclude<ThemeUpdateColumn, 'update'>, { header: TableCellContent; width: number }>> = {
  ref: { header: text('Ref', { bold: true }), width: 1 },
  leadOfficer: { header: text('Lead Officer', { bold: true }), width: 1.6 },
  organisation: { header: text('Organisation', { bold: true }), width: 1.4 },
  activity: { header: text('Strategic Activity', { bold: true }), width: 9 },
  status: { header: text('Status', { bold: true, align: 'center' }), width: 1.4 },
};

function deliverablesTable(
  deliverables: readonly Deliverable[],
  byDeliverable: Map<string, DeliverableUpdate>,
  key: StatusKey,
  people: Map<string, Person>,
  wording: Wording | undefined,
  style: HouseStyle,
): BlockPart {
  const columns = style.themeUpdateColumns.filter((c): c is Exclude<ThemeUpdateColumn, 'update'> => c !== 'update');
  const withUpdates = style.themeUpdateColumns.includes('update');
  const rows: TableRowContent[] = [{ role: 'header', cells: columns.map((c) => COLUMN[c].header) }];
  for (const d of deliverables) {
    const u = byDeliverable.get(d.id);
    const s = statusById(key, u?.statusId);
    const lead = d.leadPersonId ? (people.get(d.leadPersonId)?.shortName ?? '') : '';
    const activity = `${d.marker ? d.marker : ''}${d.activity}`;
    const cell: Readonly<Record<(typeof columns)[number], TableCellContent>> = {
      ref: text(d.ref, { bold: true }),
      leadOfficer: text(lead),
      organisation: text(d.organisation),
      activity: text(activity),
      status: status(s ? statusMark(s) : null),
    };
    rows.push({ role: 'body', keepWithNext: withUpdates, cells: columns.map((c) => cell[c]) });
    if (!withUpdates) continue;
    const narrative = u && u.narrative.content.length > 0 ? u.narrative : para(wordingText(wording, W.noUpdate) ?? '', true);
    const date = text(u?.narrativeDate ? updateDateText(u.narrativeDate, style) : '');
    // "Update", its date, then the narrative across the rest (as the reference prints it)
    const cells: TableCellContent[] =
      columns.length >= 3
        ? [text('Update', { bold: true }), date, { ...rich(narrative), span: columns.length - 2 }]
        : columns.length === 2
          ? [text('Update', { bold: true }), rich(narrative)]
          : [rich(narrative)];
    rows.push({ role: 'body', cells });
  }
  return { type: 'table', columns: columns.map((c) => COLUMN[c].width), rows };
}

function themeParts(
  plan: DeliveryPlan,
  theme: Theme,
  data: PlanData,
  period: ReportingPeriod,
  people: Map<string, Person>,
  wording: Wording | undefined,
  style: HouseStyle,
): BlockPart[] {
  const deliverables = deliverablesInScope(data, plan.id, theme.id);
  const { figures, change, previousPeriod: before } = figuresWithChange(deliverables, data.updates, period, plan.statusKey, (id) => resolvePeriodIn(data, id));
  const byDeliverable = updatesForPeriod(data.updates, period.id);
  const parts: BlockPart[] = [
    { type: 'heading', text: headingInCase(`Theme ${theme.number} update — `, style) + periodLabel(period) },
    { type: 'heading', text: wordingText(wording, W.keyHeading) ?? '' },
    statusKeyTable(plan.statusKey, figures, `theme-${theme.number}`),
  ];
  const overall = wordingText(wording, W.overall, { previous: before ? periodShortLabel(before) : '' });
  if (overall) parts.push({ type: 'text', doc: para(overall) });
  const note = figuresNote(figures);
  const sentence = [changeSentence(change, before, wording), note].filter((x): x is string => !!x).join(' ');
  if (sentence) parts.push({ type: 'text', doc: para(sentence) });
  parts.push({ type: 'heading', text: headingInCase(`Theme ${theme.number}: ${theme.title}`, style) });
  if (deliverables.length === 0) parts.push({ type: 'text', doc: para(wordingText(wording, W.noDeliverables) ?? '', true) });
  else parts.push(deliverablesTable(deliverables, byDeliverable, plan.statusKey, people, wording, style));
  return parts;
}

export const resolvePlanThemeUpdate: BlockResolver<'planThemeUpdate'> = ({ source, data, style }) => {
  const plan = livePlan(data, source.planId);
  if (!plan) return missingContent('Theme update (the plan)');
  const period = resolvePeriodIn(data, source.periodId);
  if (!period) return missingContent('Theme update (the reporting period)');
  const themes = planThemes(data, plan.id).filter((t) => source.themeId === null || t.id === source.themeId);
  if (source.themeId !== null && themes.length === 0) return missingContent('Theme update (the theme)');
  const people = new Map(data.people.filter(isLive).map((p) => [p.id, p]));
  const parts: BlockPart[] = [{ type: 'heading', text: headingInCase(plan.name, style) }];
  for (const t of themes) parts.push(...themeParts(plan, t, data, period, people, source.wording, style));
  const one = source.themeId !== null ? themes[0] : undefined;
  const title = `${one ? `Theme ${one.number} update` : `${plan.name} update`} – ${periodShortLabel(period)}`;
  return { title, landscape: true, parts } satisfies BlockContent;
};

/** The stacked-column chart of counts per status over periods (and "Not rated" when any are). */
export function statusChartPart(
  plan: DeliveryPlan,
  deliverables: readonly Deliverable[],
  updates: readonly DeliverableUpdate[],
  periods: readonly ReportingPeriod[],
  scope: string,
): ChartPart {
  const all = periods.map((p) => statusKeyFigures(deliverables, updates, p.id, plan.statusKey));
  const categories = periods.map((p) => periodShortLabel(p));
  const series: ChartSeries[] = plan.statusKey.statuses.map((s, i) => ({
    name: s.label,
    symbol: s.symbol,
    colour: s.fill,
    values: all.map((f) => f.rows[i]?.count ?? 0),
  }));
  const unrated = all.map((f) => f.notUpdated + f.unknownStatus);
  if (unrated.some((n) => n > 0)) series.push({ name: 'Not rated', colour: '#A6A6A6', values: unrated });
  const figuresText = categories.map((c, i) => `${c}: ${series.map((s) => `${s.name} ${s.values[i] ?? 0}`).join(', ')}`).join('; ');
  return {
    type: 'chart',
    chart: 'stackedColumn',
    title: `${scope}: deliverables by status`,
    categories,
    series,
    valueAxisTitle: 'Deliverables',
    altText: `Stacked column chart of ${scope} deliverables by status. ${figuresText || 'No periods chosen'}.`,
  };
}

export const resolvePlanStatusChart: BlockResolver<'planStatusChart'> = ({ source, data }) => {
  const plan = livePlan(data, source.planId);
  if (!plan) return missingContent('Status chart (the plan)');
  const theme = source.themeId === null ? null : planThemes(data, plan.id).find((t) => t.id === source.themeId);
  if (theme === undefined) return missingContent('Status chart (the theme)');
  const periods = source.periodIds.map((id) => resolvePeriodIn(data, id)).filter((p): p is ReportingPeriod => p !== null);
  const deliverables = deliverablesInScope(data, plan.id, source.themeId);
  const scope = theme ? `Theme ${theme.number}` : plan.name;
  const chart = statusChartPart(plan, deliverables, data.updates, periods, scope);
  return { title: chart.title, landscape: false, parts: [chart] };
};
