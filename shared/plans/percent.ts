// The one place percentages of a count are rounded, for status keys (one decimal: 11/13 → 84.6%)
// and RAGB summaries (whole numbers: 8/22 → 36%), so a screen and the export can never disagree.

/**
 * count/total as a percentage rounded half up to `decimals` places; null when total is 0.
 * Computing count × 10^(decimals+2) / total in one division keeps exact halves exact
 * (1/8 → 12.5 → 13), where scaling an already-divided float could land just below the half.
 */
export function percentOf(count: number, total: number, decimals: number): number | null {
  if (total === 0) return null;
  const scale = 10 ** decimals;
  return Math.round((count * 100 * scale) / total) / scale;
}

/** "84.6%", "0%", "100%": a trailing ".0" is dropped, as the reference prints 0/13 as "0%". */
export function formatPercent(value: number | null, decimals = 1): string {
  if (value === null) return '–';
  return `${value.toFixed(decimals).replace(/\.0+$/, '')}%`;
}
