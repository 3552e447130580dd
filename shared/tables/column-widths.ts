// Column widths of a printed table, in DXA (twips), summing exactly to the width the table fills.
// One rule for typed tables, data blocks and the in-app preview:
// - a column is never narrower than its longest unbreakable word (plus the cell's padding), where the
//   total allows: a word is never broken "Improveme|nt";
// - what is left goes to the columns with more to say, as a browser lays out a table: each column
//   grows towards the width its longest line needs; once all fit, the rest is shared in proportion;
// - a data block's resolver can give preferred proportions instead (a theme update's wide activity
//   column), still never below the longest word; an author's dragged widths are kept as drawn.
import { longestRunWidth, textWidth } from './text-metrics';
import type { TextStyle } from './text-metrics';
import { must } from '../records/must';

/** Left plus right cell margin of every table the builder writes (docx/tables.ts CELL_MARGINS). */
export const CELL_PADDING = 200;
/** No column is drawn narrower than this, even an empty one. */
export const MIN_COLUMN = 400;
/**
 * Room added to a measured word so it surely fits: renderers differ a little from the font's
 * metrics (kerning, borders, rounding), and a word measured to fit exactly can still break.
 */
const SAFETY = (w: number) => Math.ceil(w * 1.08) + 60;

/** What a column holds, measured: its longest word, and the width its longest line would take. */
export interface ColumnMeasure {
  /** Width of the widest unbreakable run in the column (a word, a figure), padding included. */
  readonly min: number;
  /** Width of the longest cell's text on one line, padding included (at least `min`). */
  readonly max: number;
}

/** A cell's text to measure, and how it prints. */
export interface MeasuredText {
  readonly text: string;
  readonly style?: TextStyle;
}

/** Measures one column from the texts of its cells (header cells bold). */
export function measureColumn(cells: readonly MeasuredText[]): ColumnMeasure {
  let min = 0;
  let max = 0;
  for (const c of cells) {
    min = Math.max(min, longestRunWidth(c.text, c.style));
    for (const line of c.text.split('\n')) max = Math.max(max, textWidth(line.trim(), c.style));
  }
  const floor = (w: number) => Math.max(MIN_COLUMN, SAFETY(w) + CELL_PADDING);
  return { min: floor(min), max: Math.max(floor(min), floor(max)) };
}

/** Integers in proportion to `weights`, summing exactly to `total` (the last column takes the rounding). */
export function proportional(weights: readonly number[], total: number): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => (sum > 0 ? Math.floor((w / sum) * total) : Math.floor(total / weights.length)));
  const last = out.length - 1;
  if (last >= 0) out[last] = (out[last] ?? 0) + total - out.reduce((a, b) => a + b, 0);
  return out;
}

/** Whole twips summing exactly to `total`, rounding each down and giving the remainder to the largest fractions. */
function settle(widths: readonly number[], total: number): number[] {
  const floors = widths.map((w) => Math.floor(w));
  let rest = total - floors.reduce((a, b) => a + b, 0);
  const order = widths.map((w, i) => [w - Math.floor(w), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; rest > 0 && order.length; k = (k + 1) % order.length, rest--) {
    const i = must(order[k], 'order[k]')[1];
    floors[i] = must(floors[i], 'floors[i]') + 1;
  }
  for (let k = order.length - 1; rest < 0 && order.length; k = (k - 1 + order.length) % order.length, rest++) {
    const i = must(order[k], 'order[k]')[1];
    floors[i] = must(floors[i], 'floors[i]') - 1;
  }
  return floors;
}

/**
 * Widths from content alone (typed tables): every column gets its longest word; the rest of the
 * width goes to the columns in proportion to how much more their longest line needs; when every
 * line fits, the extra is shared in proportion to those line widths. If even the longest words do
 * not fit, columns shrink in proportion to them (some words must then break).
 */
export function contentWidths(columns: readonly ColumnMeasure[], total: number): number[] {
  if (columns.length === 0) return [];
  const mins = columns.map((c) => c.min);
  const minSum = mins.reduce((a, b) => a + b, 0);
  if (minSum >= total) return proportional(mins, total);
  const maxs = columns.map((c) => Math.max(c.min, c.max));
  const maxSum = maxs.reduce((a, b) => a + b, 0);
  if (maxSum <= total)
    return settle(
      maxs.map((m) => m + ((total - maxSum) * m) / maxSum),
      total,
    );
  const room = total - minSum;
  const want = maxSum - minSum;
  return settle(
    mins.map((m, i) => m + (room * (must(maxs[i], 'maxs[i]') - m)) / want),
    total,
  );
}

/**
 * Widths in the given proportions (a data block's design), raised where a column would be narrower
 * than its longest word, the width taken from the columns with room to spare in proportion to it.
 */
export function preferredWidths(weights: readonly number[], columns: readonly ColumnMeasure[], total: number): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const mins = Array.from({ length: n }, (_, i) => columns[i]?.min ?? MIN_COLUMN);
  const minSum = mins.reduce((a, b) => a + b, 0);
  if (minSum >= total) return proportional(mins, total);
  const widths = proportional(weights, total).map(Number);
  // Raise short columns to their minimum; take the difference from the others' spare width, repeating
  // while a taker falls below its own minimum (at most n rounds: each round fixes one more column).
  const fixed = new Array<boolean>(n).fill(false);
  for (let round = 0; round < n; round++) {
    let need = 0;
    widths.forEach((w, i) => {
      if (!fixed[i] && w < must(mins[i], 'mins[i]')) {
        need += must(mins[i], 'mins[i]') - w;
        widths[i] = must(mins[i], 'mins[i]');
        fixed[i] = true;
      }
    });
    if (need === 0) break;
    const spare = widths.map((w, i) => (fixed[i] ? 0 : w - must(mins[i], 'mins[i]')));
    const spareSum = spare.reduce((a, b) => a + b, 0);
    widths.forEach((w, i) => {
      if (!fixed[i]) widths[i] = w - (need * must(spare[i], 'spare[i]')) / spareSum;
    });
  }
  return settle(widths, total);
}

/**
 * Widths an author drew in the editor (CSS pixels, per column; undefined where not drawn), scaled
 * to `total`: drawn columns keep their share of `drawnTotalPx` (the width the editor's text column
 * had); undrawn ones share what is left by content. When every column was drawn, they are simply
 * scaled to the total, as drawn.
 */
export function authorWidths(drawn: readonly (number | undefined)[], columns: readonly ColumnMeasure[], total: number, drawnTotalPx: number): number[] {
  if (drawn.every((w) => w !== undefined && w > 0)) return proportional(drawn as number[], total);
  const scaled = drawn.map((w) => (w !== undefined && w > 0 ? (w / drawnTotalPx) * total : undefined));
  const given = scaled.reduce<number>((a, w) => a + (w ?? 0), 0);
  const open = columns.filter((_, i) => scaled[i] === undefined);
  const openMin = open.reduce((a, c) => a + c.min, 0);
  if (given + openMin > total) {
    // The drawn columns would crowd out the others' words: shrink the drawn ones to make room.
    const room = Math.max(0, total - openMin);
    const factor = given > 0 ? room / given : 0;
    const rest = contentWidths(open, total - Math.floor(room));
    let k = 0;
    return settle(
      scaled.map((w) => (w !== undefined ? w * factor : must(rest[k++], 'rest[k++]'))),
      total,
    );
  }
  const rest = contentWidths(open, total - Math.round(given));
  let k = 0;
  return settle(
    scaled.map((w) => (w !== undefined ? w : must(rest[k++], 'rest[k++]'))),
    total,
  );
}
