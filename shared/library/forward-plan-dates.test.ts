// Issue 12: decision dates over a range of months, "1.0" category numbers, notes under categories.
import { describe, expect, it } from 'vitest';
import { categoryLabel, formatDecisionDate, parseDecisionDates } from './forward-plan';
import { LIBRARY_RESOLVERS } from './blocks';
import { sampleSnapshot } from '../sample/reference-paper';
import { SAMPLE_FORWARD_PLAN_ID } from '../sample/library';
import { SAMPLE_PAPER } from '../sample/paper';
import type { BlockContent } from '../blocks/content';
import { DEFAULT_HOUSE_STYLE } from '../house-style/model';

describe('decision dates', () => {
  it('reads one month, TBC, or a range of months', () => {
    expect(parseDecisionDates('March 2022')).toEqual({ decisionDate: '2022-03' });
    expect(parseDecisionDates('tbc')).toEqual({ decisionDate: 'TBC' });
    expect(parseDecisionDates('March–April 2022')).toEqual({ decisionDate: '2022-03', decisionDateTo: '2022-04' });
    expect(parseDecisionDates('Mar-Apr 2022')).toEqual({ decisionDate: '2022-03', decisionDateTo: '2022-04' });
    expect(parseDecisionDates('November 2021 – January 2022')).toEqual({ decisionDate: '2021-11', decisionDateTo: '2022-01' });
    expect(parseDecisionDates('04/2022-06/2022')).toEqual({ decisionDate: '2022-04', decisionDateTo: '2022-06' });
    expect(parseDecisionDates('April–March 2022')).toBeNull();
    expect(parseDecisionDates('Spring')).toBeNull();
  });
  it('prints a range within a year and across two', () => {
    expect(formatDecisionDate('2022-03', '2022-04')).toBe('March–April 2022');
    expect(formatDecisionDate('2021-11', '2022-01')).toBe('November 2021–January 2022');
    expect(formatDecisionDate('2022-03')).toBe('March 2022');
    expect(formatDecisionDate('2022-03', '2022-02')).toBe('March 2022');
  });
});

describe('forward plan categories', () => {
  const print = (change: (d: ReturnType<typeof sampleSnapshot>) => ReturnType<typeof sampleSnapshot>, wording?: Record<string, string>): string[] => {
    const data = change(sampleSnapshot());
    const content: BlockContent = LIBRARY_RESOLVERS.forwardPlan({
      source: { kind: 'forwardPlan', forwardPlanId: SAMPLE_FORWARD_PLAN_ID, ...(wording ? { wording } : {}) },
      data,
      paper: SAMPLE_PAPER,
      style: DEFAULT_HOUSE_STYLE,
    });
    const t = content.parts[0]!;
    return t.type === 'table' ? t.rows.map((r) => r.cells.map((c) => (c.content.kind === 'text' ? c.content.text : '')).join('|')) : [];
  };
  it('prints "1." by default and "1.0" when the plan says so', () => {
    expect(categoryLabel(2, undefined)).toBe('2.');
    expect(categoryLabel(2, 'pointZero')).toBe('2.0');
    expect(print((d) => d)[1]).toBe('1. Business cases');
    expect(print((d) => ({ ...d, forwardPlans: d.forwardPlans.map((p) => ({ ...p, categoryNumbering: 'pointZero' as const })) }))[1]).toBe(
      '1.0 Business cases',
    );
  });
  it('prints a category’s note under its heading, a range of months, and the author’s "None to report"', () => {
    const rows = print(
      (d) => ({
        ...d,
        forwardPlans: d.forwardPlans.map((p) => ({
          ...p,
          categories: p.categories.map((c, i) => (i === 0 ? { ...c, note: 'Decided jointly with the Force.' } : c)),
        })),
        forwardPlanItems: d.forwardPlanItems.map((it, i) => (i === 0 ? { ...it, decisionDate: '2018-03', decisionDateTo: '2018-04' } : it)),
      }),
      { none: 'Nothing this quarter' },
    );
    expect(rows[2]).toBe('|Decided jointly with the Force.');
    expect(rows.some((r) => r.includes('March–April 2018'))).toBe(true);
    expect(rows.some((r) => r === '|Nothing this quarter')).toBe(true);
  });
});
