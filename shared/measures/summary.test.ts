import { describe, expect, it } from 'vitest';
import { movementSentence, ragbSummary, ragbSummaryFromCounts, tallyStatuses } from './summary';
import type { RagbCounts } from './summary';
import type { MeasureStatus } from './model';

const JUL17: RagbCounts = { blue: 0, green: 5, amber: 9, red: 7, noLongerMeasured: 1 };
const SEP17: RagbCounts = { blue: 0, green: 8, amber: 4, red: 9, noLongerMeasured: 1 };
const expand = (c: RagbCounts, unrated = 0): MeasureStatus[] => [
  ...(Object.entries(c) as [MeasureStatus, number][]).flatMap(([s, n]) => Array<MeasureStatus>(n).fill(s)),
  ...Array<MeasureStatus>(unrated).fill('none'),
];

describe('RAGB summary: reference section 4.3 (Jul-17 and Sep-17)', () => {
  const summary = ragbSummary(expand(JUL17), expand(SEP17));
  const table = summary.rows.map((r) => [r.label, r.previous?.count, r.previous?.percentageText, r.current.count, r.current.percentageText]);

  it('prints the same counts and percentages as the paper', () => {
    expect(table).toEqual([
      ['Significantly better than Target >5% difference', 0, '0%', 0, '0%'],
      ['Better than Target', 5, '23%', 8, '36%'],
      ['Close to achieving Target (within 5%)', 9, '41%', 4, '18%'],
      ['Significantly worse than Target >5% difference', 7, '32%', 9, '41%'],
      ['No Longer Measured', 1, '5%', 1, '5%'],
    ]);
    expect(summary.total).toEqual({
      previous: { count: 22, percentage: 100, percentageText: '100%' },
      current: { count: 22, percentage: 100, percentageText: '100%' },
    });
  });
  it('rounds each row on its own, as the paper does, even where Jul-17 adds to 101%', () => {
    expect(summary.rows.reduce((n, r) => n + (r.previous?.percentage ?? 0), 0)).toBe(101);
    expect(summary.rows.reduce((n, r) => n + r.current.percentage!, 0)).toBe(100);
  });
  it('gives the same table from counts', () => {
    expect(ragbSummaryFromCounts(JUL17, SEP17).rows).toEqual(summary.rows);
  });
  it('writes a movement sentence consistent with the figures', () => {
    expect(movementSentence(summary)).toBe(
      '12 (55%) of these measures are Amber, Green or Blue indicating that the majority of measures are close to, or better than, the target. ' +
        'Currently 41% (9) of targets reported are Red and significantly worse than target. ' +
        '3 more targets have moved to Green, Amber rated measures have reduced by 5 and Red rated measures have increased by 2. ' +
        'There are no measures rated Blue.',
    );
  });
});

describe('ragbSummary edge cases', () => {
  it('leaves unrated measures out of the table and counts them', () => {
    const s = ragbSummary(expand(JUL17, 2), expand(SEP17, 3));
    expect(s.total.current.count).toBe(22);
    expect(s.unrated).toEqual({ previous: 2, current: 3 });
    expect(tallyStatuses(['none', 'red', 'red', 'noLongerMeasured'])).toEqual({
      counts: { blue: 0, green: 0, amber: 0, red: 2, noLongerMeasured: 1 },
      unrated: 1,
    });
  });
  it('works without an earlier period', () => {
    const s = ragbSummary(null, expand(SEP17));
    expect(s.rows.every((r) => r.previous === null)).toBe(true);
    expect(s.total.previous).toBeNull();
    expect(movementSentence(s)).toBe(
      '12 (55%) of these measures are Amber, Green or Blue indicating that the majority of measures are close to, or better than, the target. ' +
        'Currently 41% (9) of targets reported are Red and significantly worse than target. There are no measures rated Blue.',
    );
  });
  it('handles an empty period', () => {
    const s = ragbSummary([], []);
    expect(s.rows[0]?.current).toEqual({ count: 0, percentage: null, percentageText: '–' });
    expect(movementSentence(s)).toBe('No measures are rated for this period.');
  });
});

describe('movementSentence wording', () => {
  const sentence = (prev: RagbCounts | null, curr: RagbCounts) => movementSentence(ragbSummaryFromCounts(prev, curr));
  const c = (blue: number, green: number, amber: number, red: number, noLongerMeasured = 0): RagbCounts => ({ blue, green, amber, red, noLongerMeasured });

  it('uses the singular for one', () => {
    expect(sentence(c(0, 2, 2, 1), c(1, 3, 0, 1))).toBe(
      '4 (80%) of these measures are Amber, Green or Blue indicating that the majority of measures are close to, or better than, the target. ' +
        'Currently 20% (1) of targets reported is Red and significantly worse than target. ' +
        '1 more target has moved to Green, Amber rated measures have reduced by 2 and Red rated measures are unchanged. ' +
        '1 measure is rated Blue and significantly better than target (1 more than previously).',
    );
  });
  it('says when nothing moved and when there is no Red', () => {
    expect(sentence(c(2, 3, 1, 0), c(2, 3, 1, 0))).toBe(
      '6 (100%) of these measures are Amber, Green or Blue indicating that the majority of measures are close to, or better than, the target. ' +
        'Currently no targets reported are Red. There has been no change in the number of Green, Amber or Red rated measures. ' +
        '2 measures are rated Blue and significantly better than target.',
    );
  });
  it('describes a half and a minority, Green falling and Blue lost', () => {
    expect(sentence(c(1, 3, 0, 2), c(0, 1, 2, 3))).toBe(
      '3 (50%) of these measures are Amber, Green or Blue indicating that half of the measures are close to, or better than, the target. ' +
        'Currently 50% (3) of targets reported are Red and significantly worse than target. ' +
        'Green rated measures have reduced by 2, Amber rated measures have increased by 2 and Red rated measures have increased by 1. ' +
        'There are no measures rated Blue (1 previously).',
    );
    expect(sentence(null, c(0, 1, 0, 4))).toContain('1 (20%) of these measures is Amber, Green or Blue indicating that a minority of measures are');
    expect(sentence(null, c(0, 0, 0, 2, 1))).toContain('0 (0%) of these measures are Amber, Green or Blue indicating that no measures are');
  });
  it('lists several unchanged statuses together', () => {
    expect(sentence(c(0, 2, 2, 2), c(0, 3, 2, 2))).toContain('1 more target has moved to Green and Amber and Red rated measures are unchanged.');
  });
});
