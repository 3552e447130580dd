// The value axis of a line chart drawn in the app: it fits the figures and the target, so a measure
// moving between 87 and 92 does not look flat on a 0–100 axis, with round tick values and a margin so
// the highest and lowest labels stay inside the plot. (Word scales its own chart axes the same way.)

export interface AxisRange {
  readonly min: number;
  readonly max: number;
  /** Evenly spaced round values from min to max, both included. */
  readonly ticks: readonly number[];
}

/** 1, 2, 2.5 or 5 times a power of ten: the step nearest to `rough` that reads well. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return nice * power;
}

/** Rounds away the floating-point dust of step arithmetic (0.1 + 0.2). */
const tidy = (n: number): number => Number(n.toPrecision(12));

/**
 * A range holding every finite value with a margin of at least a tenth of their spread on each side,
 * on about `tickCount` round steps. Starts at 0 when the figures are all positive and 0 is close (within
 * half their spread below the lowest), so counts near zero keep their baseline; never crosses 0
 * when every figure is on one side of it.
 */
export function lineAxisRange(values: readonly (number | null | undefined)[], tickCount = 5): AxisRange {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0) return { min: 0, max: 1, ticks: [0, 1] };
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  const spread = hi - lo || Math.abs(hi) || 1;
  const margin = spread * 0.1;
  if (lo >= 0 && lo - spread / 2 <= 0) lo = 0;
  else lo -= margin;
  hi += margin;
  if (Math.min(...finite) >= 0) lo = Math.max(0, lo);
  if (Math.max(...finite) <= 0) hi = Math.min(0, hi);
  const step = niceStep((hi - lo) / Math.max(1, tickCount - 1));
  const min = tidy(Math.floor(lo / step) * step);
  const max = tidy(Math.ceil(hi / step) * step);
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 1e6; t += step) ticks.push(tidy(t));
  return { min, max, ticks };
}

/**
 * Where a point's value label goes so it does not sit on the target line: above a point at or over the
 * target, below one under it (no target: above).
 */
export function labelSide(value: number, target: number | null): 'top' | 'bottom' {
  return target === null || value >= target ? 'top' : 'bottom';
}
