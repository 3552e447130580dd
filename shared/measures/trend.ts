// A measure's trend: its figure for one period against the previous period's, in words as well as an
// arrow ("▲ Up from 55.7% in Jul-17 (better)"), so it reads in black and white and to a screen
// reader. Figures that print alike are the same: a trend never says "up" between two printed 55.7%s.
import type { Measure } from './model';
import { formatRecorded } from './format';

export type TrendDirection = 'up' | 'down' | 'same';

export interface ValueTrend {
  /** Null when there is nothing to compare (no previous period, or a figure missing). */
  readonly direction: TrendDirection | null;
  /** Whether the move is the way the measure wants to go (its direction); null for 'same' or no trend. */
  readonly better: boolean | null;
  /** As printed in the table's trend column. */
  readonly text: string;
}

const ARROW: Readonly<Record<TrendDirection, string>> = { up: '▲', down: '▼', same: '=' };

const known = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/**
 * The trend of `current` against `previous` (the figures of two periods as recorded). `previousLabel`
 * is the earlier period as printed ("Jul-17"), null when the block compares with no period.
 */
export function valueTrend(
  measure: Pick<Measure, 'unit' | 'valueBasis' | 'direction'>,
  current: number | null | undefined,
  previous: number | null | undefined,
  previousLabel: string | null,
): ValueTrend {
  if (previousLabel === null) return { direction: null, better: null, text: 'No previous period to compare with' };
  if (!known(current)) return { direction: null, better: null, text: 'No figure for this period' };
  if (!known(previous)) return { direction: null, better: null, text: `No figure for ${previousLabel}` };
  const was = formatRecorded(measure, previous);
  if (formatRecorded(measure, current) === was) return { direction: 'same', better: null, text: `${ARROW.same} Same as ${previousLabel} (${was})` };
  const direction: TrendDirection = current > previous ? 'up' : 'down';
  const better = (direction === 'up') === (measure.direction === 'higherIsBetter');
  return {
    direction,
    better,
    text: `${ARROW[direction]} ${direction === 'up' ? 'Up' : 'Down'} from ${was} in ${previousLabel} (${better ? 'better' : 'worse'})`,
  };
}
