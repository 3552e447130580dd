// How £ figures print and how typed figures are read. Values are stored in pounds, unrounded; only
// printing rounds. Totals are computed from the unrounded values and then rounded once, so a total
// is right to the pound even where rounded rows would not add up to it (the usual "figures may not
// sum due to rounding"): see tables.ts.
//
// Negative figures print in brackets, the accounting convention of finance papers: "(£1,234)",
// "(1,235)" in a £'000 column, "(£1.2m)". Brackets read unambiguously in black and white and never
// lose a small minus sign in a narrow column. A figure that rounds to zero prints without brackets.
import type { MoneyUnit } from './model';
import { must } from '../records/must';

export const MONEY_UNITS: readonly { readonly unit: MoneyUnit; readonly label: string }[] = [
  { unit: 'pounds', label: '£ (£1,234,567)' },
  { unit: 'thousands', label: "£'000 (1,235)" },
  { unit: 'millions', label: '£m (£1.2m)' },
];

/** Rounds half away from zero to `decimals` places, without binary surprises (1.005 → 1.01). */
export function roundHalfAway(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(15))) / factor;
  return value < 0 ? -rounded : rounded;
}

/** 1234567.8 → "1,234,568" (with `decimals` places); always en-GB separators. */
export function groupDigits(value: number, decimals = 0): string {
  const r = roundHalfAway(Math.abs(value), decimals);
  const [int, frac] = r.toFixed(decimals).split('.');
  const grouped = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

function signed(magnitude: string, negative: boolean): string {
  return negative ? `(${magnitude})` : magnitude;
}

/** Whether `value` prints as a negative in this unit (rounding to zero is not negative). */
function printsNegative(value: number, unit: MoneyUnit): boolean {
  const shown = unit === 'pounds' ? roundHalfAway(value) : unit === 'thousands' ? roundHalfAway(value / 1000) : roundHalfAway(value / 1_000_000, 1);
  return shown < 0;
}

/**
 * A figure on its own (in a sentence or a forward plan): "£1,234,567", "£1,235k", "£1.2m";
 * negatives "(£1,234,567)".
 */
export function formatMoney(pounds: number, unit: MoneyUnit = 'pounds'): string {
  const neg = printsNegative(pounds, unit);
  if (unit === 'thousands') return signed(`£${groupDigits(pounds / 1000)}k`, neg);
  if (unit === 'millions') return signed(`£${groupDigits(pounds / 1_000_000, 1)}m`, neg);
  return signed(`£${groupDigits(pounds)}`, neg);
}

/**
 * A figure as papers write it in short: "£850", "£400k", "£12.5k", "£1.4m" (one decimal at most,
 * trailing zeros dropped); negatives in brackets.
 */
export function formatMoneyShort(pounds: number): string {
  const abs = Math.abs(pounds);
  const trim = (s: string) => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);
  const [body, shown] =
    abs >= 999_950
      ? [`£${trim(groupDigits(abs / 1_000_000, 1))}m`, roundHalfAway(abs / 1_000_000, 1)]
      : abs >= 1000
        ? [`£${trim(groupDigits(abs / 1000, abs < 10_000 ? 1 : 0))}k`, roundHalfAway(abs / 1000, 1)]
        : [`£${groupDigits(abs)}`, roundHalfAway(abs)];
  return signed(body, pounds < 0 && shown > 0);
}

/** How a house style's money setting prints a table's £ column: the table's own unit, or the style's. */
export type MoneyPrint = MoneyUnit | 'short';

/**
 * A figure in a table column: as formatMoney, except that in thousands the column header carries the
 * unit (moneyHeader) and the cells print bare figures: "1,235", "(300)".
 */
export function formatMoneyCell(pounds: number, unit: MoneyUnit): string {
  if (unit === 'thousands') return signed(groupDigits(pounds / 1000), printsNegative(pounds, unit));
  return formatMoney(pounds, unit);
}

/** A £ column's header: "Budget" stays "Budget" for £ and £m (the cells say it), "Budget £'000" in thousands. */
export function moneyHeader(label: string, unit: MoneyUnit): string {
  return unit === 'thousands' ? `${label} £'000` : label;
}

export type Parsed = { readonly ok: true; readonly value: number | null } | { readonly ok: false; readonly error: string };

/**
 * A typed number: "1,200", "£1,200", "1.2m", "£250k", "(300)", "-£300", "−300", "12.5%".
 * Bare figures are pounds whatever the table's unit (k and m say otherwise). Empty → null.
 */
export function parseAmount(input: string): Parsed {
  let s = input
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/\s+/g, '');
  if (s === '') return { ok: true, value: null };
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  }
  s = s.replace(/^£/, '').replace(/%$/, '');
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  }
  let factor = 1;
  const suffix = /([kKmM]|bn)$/.exec(s);
  if (suffix) {
    factor = suffix[1] === 'bn' ? 1e9 : must(suffix[1], 'suffix[1]').toLowerCase() === 'k' ? 1e3 : 1e6;
    s = s.slice(0, -must(suffix[1], 'suffix[1]').length);
  }
  if (!/^(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(s) || s === '' || s === '.')
    return { ok: false, error: `"${input.trim()}" is not a number (e.g. 1,200, £1.2m or (300))` };
  const n = Number(s.replace(/,/g, '')) * factor;
  const value = negative ? -n : n;
  return { ok: true, value: Object.is(value, -0) ? 0 : roundHalfAway(value, 6) };
}
