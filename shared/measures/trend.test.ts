// A measure's trend from one period to the next, in words and an arrow.
import { describe, expect, it } from 'vitest';
import { valueTrend } from './trend';
import { measure } from './test-fixtures';

const satisfaction = measure({ unit: 'percent', direction: 'higherIsBetter' });
const crime = measure({ unit: 'count', direction: 'lowerIsBetter', valueBasis: 'percentChange' });

describe('valueTrend', () => {
  it('up or down from the previous figure, saying whether that is better for this measure', () => {
    expect(valueTrend(satisfaction, 58.2, 55.7, 'Jul-17')).toEqual({ direction: 'up', better: true, text: '▲ Up from 55.7% in Jul-17 (better)' });
    expect(valueTrend(satisfaction, 51, 55.7, 'Jul-17')).toEqual({ direction: 'down', better: false, text: '▼ Down from 55.7% in Jul-17 (worse)' });
    // A % change where lower is better: rising crime is worse.
    expect(valueTrend(crime, 12.5, 9.1, 'Q1 2017/18')).toEqual({ direction: 'up', better: false, text: '▲ Up from +9.1% in Q1 2017/18 (worse)' });
    expect(valueTrend(crime, -3, 9.1, 'Q1 2017/18').text).toBe('▼ Down from +9.1% in Q1 2017/18 (better)');
  });

  it('figures that print alike are the same, whatever the digits behind them', () => {
    expect(valueTrend(satisfaction, 55.74, 55.71, 'Jul-17')).toEqual({ direction: 'same', better: null, text: '= Same as Jul-17 (55.7%)' });
    expect(valueTrend(satisfaction, 55.76, 55.71, 'Jul-17').direction).toBe('up');
  });

  it('says why there is no trend: no period compared with, or a figure missing', () => {
    expect(valueTrend(satisfaction, 58, 55, null)).toEqual({ direction: null, better: null, text: 'No previous period to compare with' });
    expect(valueTrend(satisfaction, null, 55, 'Jul-17').text).toBe('No figure for this period');
    expect(valueTrend(satisfaction, 58, undefined, 'Jul-17').text).toBe('No figure for Jul-17');
    expect(valueTrend(satisfaction, 58, Number.NaN, 'Jul-17').direction).toBeNull();
  });
});
