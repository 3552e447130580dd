// Resolvers of this feature's data blocks (shared/blocks/resolve.ts): source + records → BlockContent.
// Statuses come from measureStatus (status.ts), the RAGB table and sentence from ragbSummary /
// movementSentence (summary.ts): never re-derived here. The measures screen uses the same helpers.
import type { DatabaseSnapshot } from '../backup/snapshot';
import type { BlockResolver } from '../blocks/resolve';
import type { BlockPart, ChartPart, StatusMark, TableRowContent } from '../blocks/content';
import { missingContent, status, text } from '../blocks/content';
import { parsePeriodId, periodShortLabel, sortPeriods } from '../periods';
import type { ReportingPeriod } from '../periods/model';
import { canCompare, missingForComparison } from './comparison';
import { byPosition, isLive } from '../records/meta';
import type { RichDoc } from '../richtext/model';
import type { DeliveryPlan } from '../plans/model';
import { DEFAULT_THRESHOLDS } from './model';
import type { Measure, MeasureStatus, MeasureStatusResult, MeasureThresholds, MeasureValue } from './model';
import { describeTarget, formatRecorded } from './format';
import { gradeText } from './grades';
import { valueTrend } from './trend';
export { formatRecorded } from './format';
import { measureStatus, statusMovement } from './status';
import { MEASURE_STATUS_STYLE, ragbKeyText } from './style';
import { movementSentence, ragbSummary } from './summary';
import { byKey, wordingText } from '../blocks/wording';
import type { Wording, WordingEntry } from '../blocks/wording';
import type { RagbCell, RagbSummary } from './summary';

export type MeasureData = Pick<DatabaseSnapshot, 'plans' | 'measures' | 'measureValues' | 'customPeriods'>;

/** The plan's per-plan thresholds, or the defaults (5% significance, ±10% monitor only, % levels relative). */
export function thresholdsOf(plan: Pick<DeliveryPlan, 'measureThresholds'> | undefined | null): MeasureThresholds {
  return plan?.measureThresholds ?? DEFAULT_THRESHOLDS;
}

/** The live measures of a plan, in order. */
export function planMeasures(data: Pick<DatabaseSnapshot, 'measures'>, planId: string): Measure[] {
  return data.measures.filter((m) => m.planId === planId && isLive(m)).sort(byPosition);
}

import { liveValueIndex, valueKey } from './values';
export { liveValueIndex, valueKey } from './values';

/** "Jul-17", "Q2 2017/18", a custom period's label; the id itself when the period is unknown. */
export function periodLabelIn(data: Pick<DatabaseSnapshot, 'customPeriods'>, periodId: string): string {
  const p = parsePeriodId(periodId, data.customPeriods.filter(isLive));
  return p ? periodShortLabel(p) : periodId;
}

export function statusMarkOf(s: MeasureStatus): StatusMark {
  const st = MEASURE_STATUS_STYLE[s];
  return { label: st.label, letter: st.letter, symbol: st.symbol, fill: st.fill, text: st.text };
}

/** The measure's name as printed: "NEW: " first for measures new this year. */
export function measureTitle(m: Pick<Measure, 'name' | 'newThisYear'>): string {
  return `${m.newThisYear ? 'NEW: ' : ''}${m.name}`;
}

export interface MeasureRow {
  readonly measure: Measure;
  readonly previousValue: MeasureValue | undefined;
  readonly currentValue: MeasureValue | undefined;
  readonly previous: MeasureStatusResult;
  readonly current: MeasureStatusResult;
  readonly movement: 'improved' | 'worsened' | 'unchanged' | null;
}

/** Each measure's values and statuses in two periods (previousPeriodId may be null). */
export function measureRows(
  measures: readonly Measure[],
  values: readonly MeasureValue[],
  periodId: string,
  previousPeriodId: string | null,
  thresholds: MeasureThresholds,
): MeasureRow[] {
  const index = liveValueIndex(values);
  return measures.map((measure) => {
    const currentValue = index.get(valueKey(measure.id, periodId));
    const previousValue = previousPeriodId ? index.get(valueKey(measure.id, previousPeriodId)) : undefined;
    const current = measureStatus(measure, currentValue?.value, thresholds);
    const previous = measureStatus(measure, previousValue?.value, thresholds);
    return { measure, currentValue, previousValue, current, previous, movement: previousPeriodId ? statusMovement(previous.status, current.status) : null };
  });
}

/** Movement in words with an arrow, never colour alone: "▲ Improved (was Amber)". */
export function movementText(row: Pick<MeasureRow, 'movement' | 'previous' | 'current'>): string {
  const was = MEASURE_STATUS_STYLE[row.previous.status].label;
  switch (row.movement) {
    case 'improved':
      return `▲ Improved (was ${was})`;
    case 'worsened':
      return `▼ Worsened (was ${was})`;
    case 'unchanged':
      return '= Unchanged';
    default:
      if (row.current.status === 'noLongerMeasured') return 'No longer measured';
      if (row.previous.status === 'none' && row.current.status !== 'none') return 'Newly rated';
      return 'Not comparable';
  }
}

/** The RAGB summary of a plan's measures for two periods. */
export function planSummary(data: MeasureData, planId: string, periodId: string, previousPeriodId: string | null): RagbSummary {
  const plan = data.plans.find((p) => p.id === planId);
  const rows = measureRows(planMeasures(data, planId), data.measureValues, periodId, previousPeriodId, thresholdsOf(plan));
  return ragbSummary(
    previousPeriodId ? rows.map((r) => r.previous.status) : null,
    rows.map((r) => r.current.status),
    thresholdsOf(plan),
  );
}

const paragraph = (t: string, italic = false): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: t, ...(italic ? { marks: [{ type: 'italic' as const }] } : {}) }] }],
});

/** The sentences this feature's blocks print by themselves (shared/blocks/wording.ts). */
export const MEASURE_WORDING = {
  measuresSummary: [
    {
      key: 'unrated',
      label: 'Note on measures not rated',
      default: '{count} {measuresAre} not rated for {period} (monitor only within the threshold, or no data) and not counted above.',
      values: { count: 'how many', measuresAre: '“measure is” or “measures are”', period: 'the period' },
      canSwitchOff: true,
    },
  ],
  measuresTable: [{ key: 'none', label: 'When no measures are chosen', default: 'No measures are chosen.', canSwitchOff: false }],
  measureExceptions: [
    { key: 'noRed', label: 'When no measure is Red', default: 'There are no Red measures for {period}.', values: { period: 'the period' }, canSwitchOff: true },
    {
      key: 'noBlue',
      label: 'When no measure is Blue',
      default: 'There are no Blue measures for {period}.',
      values: { period: 'the period' },
      canSwitchOff: true,
    },
  ],
} as const satisfies Readonly<Record<string, readonly WordingEntry[]>>;

const MW = {
  summary: byKey(MEASURE_WORDING.measuresSummary),
  table: byKey(MEASURE_WORDING.measuresTable),
  exceptions: byKey(MEASURE_WORDING.measureExceptions),
};

const bold = (t: string, align?: 'left' | 'center' | 'right') => text(t, align ? { bold: true, align } : { bold: true });
/** A count or % of the RAGB table, which the author may replace (shared/blocks/overrides.ts). */
const figureCell = (value: string, key: string, label: string, b = false) =>
  text(value, { align: 'center', ...(b ? { bold: true } : {}), figure: { key, label } });
const countCell = (c: RagbCell | null, key: string, label: string) => figureCell(c ? String(c.count) : '–', `${key}:count`, `${label}: number`);
const pctCell = (c: RagbCell | null, key: string, label: string) => figureCell(c ? c.percentageText : '–', `${key}:percent`, `${label}: %`);

/** The reference's section 4.3 table: status, its key wording, count and % for each period, and the total. */
export function summaryTablePart(summary: RagbSummary, previousLabel: string | null, currentLabel: string): BlockPart {
  const header: TableRowContent = {
    role: 'header',
    cells: [
      { ...bold('Performance Against Target'), span: 2 },
      ...(previousLabel !== null ? [bold(previousLabel, 'center'), bold('%Total', 'center')] : []),
      bold(currentLabel, 'center'),
      bold('%Total', 'center'),
    ],
  };
  const body: TableRowContent[] = summary.rows.map((r) => ({
    role: 'body',
    cells: [
      status(statusMarkOf(r.status), true),
      text(r.label),
      ...(previousLabel !== null
        ? [
            countCell(r.previous, `previous:${r.status}`, `${r.label}, ${previousLabel}`),
            pctCell(r.previous, `previous:${r.status}`, `${r.label}, ${previousLabel}`),
          ]
        : []),
      countCell(r.current, `current:${r.status}`, `${r.label}, ${currentLabel}`),
      pctCell(r.current, `current:${r.status}`, `${r.label}, ${currentLabel}`),
    ],
  }));
  const total: TableRowContent = {
    role: 'total',
    cells: [
      { ...bold('Total'), span: 2 },
      ...(previousLabel !== null
        ? [
            figureCell(String(summary.total.previous?.count ?? 0), 'previous:total:count', `Total, ${previousLabel}: number`, true),
            figureCell(summary.total.previous?.percentageText ?? '–', 'previous:total:percent', `Total, ${previousLabel}: %`, true),
          ]
        : []),
      figureCell(String(summary.total.current.count), 'current:total:count', `Total, ${currentLabel}: number`, true),
      figureCell(summary.total.current.percentageText, 'current:total:percent', `Total, ${currentLabel}: %`, true),
    ],
  };
  return { type: 'table', columns: previousLabel !== null ? [1.7, 3.3, 1.3, 1.3, 1.3, 1.3] : [1.7, 3.3, 1.3, 1.3], rows: [header, ...body, total] };
}

function unratedNote(summary: RagbSummary, currentLabel: string, wording: Wording | undefined): string | null {
  const n = summary.unrated.current;
  if (n === 0) return null;
  return wordingText(wording, MW.summary.unrated, { count: String(n), measuresAre: n === 1 ? 'measure is' : 'measures are', period: currentLabel });
}

/**
 * The block's earlier period if the measures can be compared with it (shared/measures/comparison.ts),
 * else null and a note saying why: a movement is never computed against a period without their figures.
 */
function comparedPeriod(
  data: MeasureData,
  measures: readonly Measure[],
  periodId: string,
  previousPeriodId: string,
): { previousId: string | null; note: string | null } {
  if (!previousPeriodId) return { previousId: null, note: null };
  const ids = new Set(data.measureValues.filter((v) => isLive(v) && measures.some((m) => m.id === v.measureId)).map((v) => v.periodId));
  const customs = data.customPeriods.filter(isLive);
  const periods = sortPeriods(
    [...new Set([...ids, periodId, previousPeriodId])].map((id) => parsePeriodId(id, customs)).filter((p): p is ReportingPeriod => p !== null),
  );
  if (canCompare(measures, data.measureValues, periods, periodId, previousPeriodId)) return { previousId: previousPeriodId, note: null };
  const missing = missingForComparison(measures, data.measureValues, periods, periodId, previousPeriodId);
  const label = periodLabelIn(data, previousPeriodId);
  const why =
    missing === 0
      ? `the measures have no figures for ${periodLabelIn(data, periodId)}`
      : `${missing === 1 ? '1 measure has' : `${missing} measures have`} no figure for it`;
  return { previousId: null, note: `[Not compared with ${label}: ${why}. Choose another period to compare with.]` };
}

const resolveSummary: BlockResolver<'measuresSummary'> = ({ source, data }) => {
  const plan = data.plans.find((p) => p.id === source.planId && isLive(p));
  if (!plan) return missingContent('RAGB summary');
  const compared = comparedPeriod(data, planMeasures(data, plan.id), source.periodId, source.previousPeriodId);
  const previousId = compared.previousId;
  const summary = planSummary(data, plan.id, source.periodId, previousId);
  const currentLabel = periodLabelIn(data, source.periodId);
  const previousLabel = previousId ? periodLabelIn(data, previousId) : null;
  const sentence = source.sentence !== null && source.sentence.trim() !== '' ? source.sentence : movementSentence(summary);
  const parts: BlockPart[] = [summaryTablePart(summary, previousLabel, currentLabel), { type: 'text', doc: paragraph(sentence) }];
  if (compared.note) parts.push({ type: 'text', doc: paragraph(compared.note, true) });
  const note = unratedNote(summary, currentLabel, source.wording);
  if (note) parts.push({ type: 'text', doc: paragraph(note, true) });
  return { title: `Performance against target – ${currentLabel}`, landscape: false, parts };
};

/** A grade in bold; "Not graded" plain, so the grades stand out. */
const gradeCell = (grade: string | undefined) => {
  const words = gradeText(grade);
  return grade?.trim() ? text(words, { bold: true }) : text(words);
};

/** What a measures table prints after the values: the status against target, the grade or the trend. */
export type MeasuresStatusColumn = 'target' | 'grade' | 'trend';

export interface MeasuresTableOptions {
  /** The Red and Blue tables: the status's reason in words instead of its movement. */
  readonly withReason?: boolean;
  /** 'target' (the status and its movement, as always), 'grade' (the period's grade) or 'trend' (the figure against the previous period's). */
  readonly statusColumn?: MeasuresStatusColumn;
  /** A last column with each value's note. */
  readonly comment?: boolean;
}

/**
 * The measures table: measure, target, two periods' values, then by `statusColumn` the status with
 * letter and symbol and the movement in words, the grade in words, or the trend in words and arrow;
 * optionally each value's note as a comment. Never colour alone.
 */
export function measuresTablePart(
  rows: readonly MeasureRow[],
  previousLabel: string | null,
  currentLabel: string,
  options: MeasuresTableOptions | boolean = {},
): BlockPart {
  const { withReason = false, statusColumn = 'target', comment = false } = typeof options === 'boolean' ? { withReason: options } : options;
  const header: TableRowContent = {
    role: 'header',
    cells: [
      bold('Objective / Target'),
      bold('Target'),
      ...(previousLabel !== null ? [bold(previousLabel, 'center')] : []),
      bold(currentLabel, 'center'),
      ...(statusColumn === 'target' ? [bold('Status', 'center'), bold(withReason ? 'Why' : 'Movement')] : []),
      ...(statusColumn === 'grade' ? [bold('Grade')] : []),
      ...(statusColumn === 'trend' ? [bold(previousLabel !== null ? `Trend since ${previousLabel}` : 'Trend')] : []),
      ...(comment ? [bold('Comment')] : []),
    ],
  };
  const body: TableRowContent[] = rows.map((r) => ({
    role: 'body',
    cells: [
      text(measureTitle(r.measure)),
      text(describeTarget(r.measure)),
      ...(previousLabel !== null ? [text(formatRecorded(r.measure, r.previousValue?.value), { align: 'center' })] : []),
      text(formatRecorded(r.measure, r.currentValue?.value), { align: 'center' }),
      ...(statusColumn === 'target' ? [status(statusMarkOf(r.current.status), true), text(withReason ? r.current.reason : movementText(r))] : []),
      ...(statusColumn === 'grade' ? [gradeCell(r.currentValue?.grade)] : []),
      ...(statusColumn === 'trend' ? [text(valueTrend(r.measure, r.currentValue?.value, r.previousValue?.value, previousLabel).text)] : []),
      ...(comment ? [text(r.currentValue?.note.trim() ?? '')] : []),
    ],
  }));
  // Figure columns wide enough for "+100.0%" and "Sep-17" on one line in a portrait appendix.
  const columns = [
    3.8,
    2.4,
    ...(previousLabel !== null ? [1.9] : []),
    1.9,
    ...(statusColumn === 'target' ? [1.7, withReason ? 4 : 2.2] : []),
    ...(statusColumn === 'grade' ? [2.2] : []),
    ...(statusColumn === 'trend' ? [3.4] : []),
    ...(comment ? [3.6] : []),
  ];
  return { type: 'table', columns, rows: [header, ...body] };
}

const resolveTable: BlockResolver<'measuresTable'> = ({ source, data }) => {
  const plan = data.plans.find((p) => p.id === source.planId && isLive(p));
  if (!plan) return missingContent('Measures table');
  const all = planMeasures(data, plan.id);
  const chosen = source.measureIds.length ? all.filter((m) => source.measureIds.includes(m.id)) : all;
  const compared = comparedPeriod(data, chosen, source.periodId, source.previousPeriodId);
  const previousId = compared.previousId;
  const rows = measureRows(chosen, data.measureValues, source.periodId, previousId, thresholdsOf(plan));
  const currentLabel = periodLabelIn(data, source.periodId);
  const previousLabel = previousId ? periodLabelIn(data, previousId) : null;
  const options: MeasuresTableOptions = { statusColumn: source.statusColumn ?? 'target', comment: source.commentColumn === true };
  const parts: BlockPart[] = rows.length
    ? [measuresTablePart(rows, previousLabel, currentLabel, options)]
    : [{ type: 'text', doc: paragraph(wordingText(source.wording, MW.table.none) ?? '', true) }];
  if (compared.note) parts.push({ type: 'text', doc: paragraph(compared.note, true) });
  return { title: `Performance measures – ${currentLabel}`, landscape: false, parts };
};

const EXCEPTION_HEADINGS = {
  red: (t: MeasureThresholds) => `Red: ${ragbKeyText('red', t)}`,
  blue: (t: MeasureThresholds) => `Blue: ${ragbKeyText('blue', t)}`,
} as const;

/** The Red then the Blue rows of a period (reporting by exception). */
export function exceptionRows(rows: readonly MeasureRow[]): { red: MeasureRow[]; blue: MeasureRow[] } {
  return { red: rows.filter((r) => r.current.status === 'red'), blue: rows.filter((r) => r.current.status === 'blue') };
}

const resolveExceptions: BlockResolver<'measureExceptions'> = ({ source, data }) => {
  const plan = data.plans.find((p) => p.id === source.planId && isLive(p));
  if (!plan) return missingContent('Exceptions');
  const thresholds = thresholdsOf(plan);
  const compared = comparedPeriod(data, planMeasures(data, plan.id), source.periodId, source.previousPeriodId);
  const previousId = compared.previousId;
  const rows = measureRows(planMeasures(data, plan.id), data.measureValues, source.periodId, previousId, thresholds);
  const { red, blue } = exceptionRows(rows);
  const currentLabel = periodLabelIn(data, source.periodId);
  const previousLabel = previousId ? periodLabelIn(data, previousId) : null;
  const parts: BlockPart[] = [];
  for (const [key, list] of [
    ['red', red],
    ['blue', blue],
  ] as const) {
    const n = list.length;
    parts.push({ type: 'heading', text: `${EXCEPTION_HEADINGS[key](thresholds)} (${n})` });
    if (n === 0) {
      const none = wordingText(source.wording, key === 'red' ? MW.exceptions.noRed : MW.exceptions.noBlue, { period: currentLabel });
      if (none) parts.push({ type: 'text', doc: paragraph(none, true) });
    } else parts.push(measuresTablePart(list, previousLabel, currentLabel, true));
  }
  if (compared.note) parts.push({ type: 'text', doc: paragraph(compared.note, true) });
  return { title: `Exceptions – ${currentLabel}`, landscape: false, parts };
};

/** The target in the same terms as the recorded values (so it can be drawn on their chart), or null. */
export function targetInValueTerms(m: Measure): number | null {
  const t = m.target;
  if (!t || m.monitorOnly) return null;
  const b = m.baseline?.value ?? null;
  if (t.kind === 'reachLevel' || t.kind === 'noMoreThan') {
    if (m.valueBasis === 'level') return t.level;
    if (b === null) return null;
    if (m.valueBasis === 'changeFromBaseline') return t.level - b;
    return b === 0 ? null : ((t.level - b) / Math.abs(b)) * 100;
  }
  const p = t.kind === 'changeVsBaseline' ? t.percent : 0;
  if (m.valueBasis === 'percentChange') return p;
  if (b === null) return null;
  return m.valueBasis === 'level' ? (b * (100 + p)) / 100 : (b * p) / 100;
}

function axisTitle(m: Measure): string {
  if (m.valueBasis === 'percentChange') return `% change on ${m.baseline?.label || 'the baseline'}`;
  if (m.valueBasis === 'changeFromBaseline') return `Difference from ${m.baseline?.label || 'the baseline'}`;
  return { count: 'Number', percent: '%', percentagePoints: 'Percentage points', currency: '£', minutes: 'Minutes', rate: 'Rate' }[m.unit];
}

/** A measure's values over periods as a line, with its target dashed; the alt text states every figure. */
export function trendChartPart(m: Measure, data: Pick<DatabaseSnapshot, 'measureValues' | 'customPeriods'>, periodIds: readonly string[]): ChartPart {
  const index = liveValueIndex(data.measureValues.filter((v) => v.measureId === m.id));
  const categories = periodIds.map((id) => periodLabelIn(data, id));
  const values = periodIds.map((id) => {
    const v = index.get(valueKey(m.id, id))?.value;
    return v === undefined || v === null || !Number.isFinite(v) ? null : v;
  });
  const target = targetInValueTerms(m);
  const series: ChartPart['series'][number][] = [{ name: m.name, values, colour: '#1F4E79' }];
  if (target !== null) series.push({ name: 'Target', values: periodIds.map(() => target), colour: '#C00000', dashed: true });
  const figures = categories.map((c, i) => `${c}: ${formatRecorded(m, values[i])}`).join('; ');
  const targetText =
    target !== null ? ` Target (dashed line): ${describeTarget(m)}, ${formatRecorded(m, target).replace(/^\+/, '')}.` : ` Target: ${describeTarget(m)}.`;
  return {
    type: 'chart',
    chart: 'line',
    title: measureTitle(m),
    categories,
    series,
    valueAxisTitle: axisTitle(m),
    altText: `Line chart of ${m.name}. ${figures || 'No periods chosen'}.${targetText}`.replace(/\.\./g, '.'),
  };
}

const resolveTrend: BlockResolver<'measureTrendChart'> = ({ source, data }) => {
  const m = data.measures.find((x) => x.id === source.measureId && isLive(x));
  if (!m) return missingContent('Trend chart');
  return { title: `${m.name}: trend`, landscape: false, parts: [trendChartPart(m, data, source.periodIds)] };
};

export const MEASURE_RESOLVERS: {
  readonly measuresSummary: BlockResolver<'measuresSummary'>;
  readonly measuresTable: BlockResolver<'measuresTable'>;
  readonly measureExceptions: BlockResolver<'measureExceptions'>;
  readonly measureTrendChart: BlockResolver<'measureTrendChart'>;
} = {
  measuresSummary: resolveSummary,
  measuresTable: resolveTable,
  measureExceptions: resolveExceptions,
  measureTrendChart: resolveTrend,
};
