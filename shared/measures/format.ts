// Measure figures and targets in words, for status reasons, tables and generated sentences.
import { MONTH_NAMES } from '../periods/labels';
import { parseIsoDate } from '../periods/dates';
import type { Measure, MeasureUnit } from './model';

const MINUS = '\u2212';

/** 29.6, 1,200, 15 — rounded to `decimals` places (half away from zero), trailing zeros dropped. */
export function formatNumber(value: number, decimals = 1): string {
  const scale = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * scale) / scale;
  const [whole = '0', fraction] = rounded.toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction?.replace(/0+$/, '');
  const sign = value < 0 && rounded !== 0 ? MINUS : '';
  return `${sign}${grouped}${trimmed ? `.${trimmed}` : ''}`;
}

/** A figure with its unit: "55.7%", "4.3 percentage points", "£1,200", "12 minutes", "0.76", "15". */
export function formatValue(value: number, unit: MeasureUnit): string {
  switch (unit) {
    case 'percent':
      return `${formatNumber(value)}%`;
    case 'percentagePoints':
      return `${formatNumber(value)} percentage point${Math.abs(value) === 1 ? '' : 's'}`;
    case 'currency':
      return value < 0 ? `${MINUS}£${formatNumber(-value, 2).replace(/\.(\d)$/, '.$10')}` : `£${formatNumber(value, 2).replace(/\.(\d)$/, '.$10')}`;
    case 'minutes':
      return `${formatNumber(value)} minute${Math.abs(value) === 1 ? '' : 's'}`;
    case 'rate':
      return formatNumber(value, 2);
    case 'count':
      return formatNumber(value);
  }
}

/** A recorded value as the paper prints it: "29.6%", "+7", "55.7%", "No data". Changes carry their sign. */
export function formatRecorded(measure: Pick<Measure, 'unit' | 'valueBasis'>, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'No data';
  const sign = value > 0 && measure.valueBasis !== 'level' ? '+' : '';
  if (measure.valueBasis === 'percentChange') return `${sign}${formatNumber(value)}%`;
  return `${sign}${formatValue(value, measure.unit)}`;
}

function byText(by: string | null | undefined): string {
  const parts = by ? parseIsoDate(by) : null;
  return parts ? ` by ${MONTH_NAMES[parts.month - 1]} ${parts.year}` : '';
}

/** The target in words: "A reduction compared to 2015-16", "A 10% increase compared to 2016-17", "Reach 60%". */
export function describeTarget(measure: Pick<Measure, 'target' | 'baseline' | 'unit'>): string {
  const t = measure.target;
  if (!t) return 'No target (monitor only)';
  const against = measure.baseline?.label ? ` compared to ${measure.baseline.label}` : ' compared to the baseline';
  switch (t.kind) {
    case 'reduceVsBaseline':
      return `A reduction${against}${byText(t.by)}`;
    case 'changeVsBaseline':
      if (t.percent === 0) return `No change${against}${byText(t.by)}`;
      return `A ${formatNumber(Math.abs(t.percent))}% ${t.percent > 0 ? 'increase' : 'reduction'}${against}${byText(t.by)}`;
    case 'reachLevel':
      return `Reach ${formatValue(t.level, measure.unit)}${byText(t.by)}`;
    case 'noMoreThan':
      return `No more than ${formatValue(t.level, measure.unit)}${byText(t.by)}`;
  }
}
