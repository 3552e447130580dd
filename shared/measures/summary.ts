// The RAGB summary table (reference section 4.3) and the sentence that reads it out (section 4.4).
import { formatPercent, percentOf } from '../plans/percent';
import { DEFAULT_THRESHOLDS } from './model';
import type { MeasureStatus, MeasureThresholds } from './model';
import { ragbKeyText } from './style';

/** The table's rows, best to worst, as the reference prints them. Unrated ('none') measures are not rows. */
export const RAGB_ROWS = ['blue', 'green', 'amber', 'red', 'noLongerMeasured'] as const;
export type RagbRowStatus = (typeof RAGB_ROWS)[number];
export type RagbCounts = Readonly<Record<RagbRowStatus, number>>;

/** RAGB percentages are whole numbers, as the reference prints them (8/22 → 36%). */
export const RAGB_DECIMALS = 0;

export interface RagbCell {
  readonly count: number;
  /** % of the period's total, rounded half up to a whole number; null when the total is 0. */
  readonly percentage: number | null;
  readonly percentageText: string;
}

export interface RagbSummaryRow {
  readonly status: RagbRowStatus;
  readonly label: string;
  readonly previous: RagbCell | null;
  readonly current: RagbCell;
}

export interface RagbSummary {
  readonly rows: readonly RagbSummaryRow[];
  /** The total row: every rated or no-longer-measured measure, printed as 100% like the reference. */
  readonly total: { readonly previous: RagbCell | null; readonly current: RagbCell };
  readonly previousCounts: RagbCounts | null;
  readonly currentCounts: RagbCounts;
  /** Measures left out of the table: monitor-only within their threshold, or with no value. */
  readonly unrated: { readonly previous: number | null; readonly current: number };
}

export function tallyStatuses(statuses: readonly MeasureStatus[]): { counts: RagbCounts; unrated: number } {
  const counts: Record<RagbRowStatus, number> = { blue: 0, green: 0, amber: 0, red: 0, noLongerMeasured: 0 };
  let unrated = 0;
  for (const s of statuses) {
    if (s === 'none') unrated += 1;
    else counts[s] += 1;
  }
  return { counts, unrated };
}

const totalOf = (c: RagbCounts): number => RAGB_ROWS.reduce((n, s) => n + c[s], 0);

function cell(count: number, total: number): RagbCell {
  const percentage = percentOf(count, total, RAGB_DECIMALS);
  return { count, percentage, percentageText: formatPercent(percentage, RAGB_DECIMALS) };
}

/**
 * The summary from counts. Each row's % is rounded on its own and the total row is 100%, exactly as
 * the reference prints it, even where the rounded rows add to 101% (Jul-17: 0+23+41+32+5).
 */
export function ragbSummaryFromCounts(
  previous: RagbCounts | null,
  current: RagbCounts,
  thresholds: MeasureThresholds = DEFAULT_THRESHOLDS,
  unrated = { previous: previous ? 0 : null, current: 0 },
): RagbSummary {
  const prevTotal = previous ? totalOf(previous) : 0;
  const currTotal = totalOf(current);
  const rows = RAGB_ROWS.map((status) => ({
    status,
    label: ragbKeyText(status, thresholds),
    previous: previous ? cell(previous[status], prevTotal) : null,
    current: cell(current[status], currTotal),
  }));
  return {
    rows,
    total: { previous: previous ? cell(prevTotal, prevTotal) : null, current: cell(currTotal, currTotal) },
    previousCounts: previous,
    currentCounts: current,
    unrated,
  };
}

/** The summary from each measure's status in the earlier period (A, or null) and the later one (B). */
export function ragbSummary(
  periodA: readonly MeasureStatus[] | null,
  periodB: readonly MeasureStatus[],
  thresholds: MeasureThresholds = DEFAULT_THRESHOLDS,
): RagbSummary {
  const a = periodA ? tallyStatuses(periodA) : null;
  const b = tallyStatuses(periodB);
  return ragbSummaryFromCounts(a?.counts ?? null, b.counts, thresholds, { previous: a?.unrated ?? null, current: b.unrated });
}

const LABEL: Record<'blue' | 'green' | 'amber' | 'red', string> = { blue: 'Blue', green: 'Green', amber: 'Amber', red: 'Red' };

function listJoin(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function movementClauses(previous: RagbCounts, current: RagbCounts): string {
  const clauses: string[] = [];
  const unchanged: string[] = [];
  for (const s of ['green', 'amber', 'red'] as const) {
    const delta = current[s] - previous[s];
    if (delta === 0) unchanged.push(LABEL[s]);
    else if (delta > 0 && s === 'green') clauses.push(`${delta} more ${delta === 1 ? 'target has' : 'targets have'} moved to Green`);
    else clauses.push(`${LABEL[s]} rated measures have ${delta > 0 ? 'increased' : 'reduced'} by ${Math.abs(delta)}`);
  }
  if (clauses.length === 0) return 'There has been no change in the number of Green, Amber or Red rated measures.';
  if (unchanged.length) clauses.push(`${listJoin(unchanged)} rated measures are unchanged`);
  return `${listJoin(clauses)}.`;
}

/**
 * The reference's section 4.4 paragraph, generated from the summary so it always agrees with the table:
 * share that is Amber, Green or Blue; share that is Red; how Green, Amber and Red moved; Blue.
 * Percentages use the same whole-number rounding and the same total (including No Longer Measured).
 */
export function movementSentence(summary: RagbSummary): string {
  const c = summary.currentCounts;
  const total = totalOf(c);
  if (total === 0) return 'No measures are rated for this period.';
  const pct = (n: number): string => formatPercent(percentOf(n, total, RAGB_DECIMALS), RAGB_DECIMALS);
  const agb = c.amber + c.green + c.blue;
  const share =
    agb * 2 > total
      ? 'the majority of measures are'
      : agb * 2 === total
        ? 'half of the measures are'
        : agb === 0
          ? 'no measures are'
          : 'a minority of measures are';
  const sentences = [
    `${agb} (${pct(agb)}) of these measures ${agb === 1 ? 'is' : 'are'} Amber, Green or Blue indicating that ${share} close to, or better than, the target.`,
    c.red === 0
      ? 'Currently no targets reported are Red.'
      : `Currently ${pct(c.red)} (${c.red}) of targets reported ${c.red === 1 ? 'is' : 'are'} Red and significantly worse than target.`,
  ];
  const p = summary.previousCounts;
  if (p) sentences.push(movementClauses(p, c));
  const blueDelta = p ? c.blue - p.blue : 0;
  const sinceThen = !p || blueDelta === 0 ? '' : ` (${Math.abs(blueDelta)} ${blueDelta > 0 ? 'more' : 'fewer'} than previously)`;
  if (c.blue === 0) sentences.push(p && p.blue > 0 ? `There are no measures rated Blue (${p.blue} previously).` : 'There are no measures rated Blue.');
  else sentences.push(`${c.blue} ${c.blue === 1 ? 'measure is' : 'measures are'} rated Blue and significantly better than target${sinceThen}.`);
  return sentences.join(' ');
}
