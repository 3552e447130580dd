import { describe, expect, it } from 'vitest';
import type { DatabaseSnapshot } from '../backup/snapshot';
import { emptySnapshot } from '../backup/snapshot';
import type { BlockContent, TablePart } from '../blocks/content';
import { resolveBlock } from '../blocks/resolve';
import type { Paper } from '../papers/model';
import { createMeta, softDelete } from '../records/meta';
import type { DeliveryPlan } from '../plans/model';
import { defaultStatusKey } from '../plans/status-key';
import { sampleMeasureTables, SAMPLE_JUL17, SAMPLE_SEP17 } from '../sample/measures';
import { SAMPLE_PLAN_ID } from '../sample/plan';
import type { Measure, MeasureValue } from './model';
import { measure } from './test-fixtures';

const paper = {} as Paper;
const JUL = 'm2017-07';
const SEP = 'm2017-09';

const plan = (id = 'plan-1'): DeliveryPlan => ({
  ...createMeta('T', '2017-10-01T09:00:00.000Z', id),
  name: 'Plan',
  coversFrom: '2017-04-01',
  coversTo: '2018-03-31',
  statusKey: defaultStatusKey(),
  measureThresholds: null,
});

let n = 0;
const value = (measureId: string, periodId: string, v: number | null, extra: Partial<MeasureValue> = {}): MeasureValue => ({
  ...createMeta('T', '2017-10-01T09:00:00.000Z', `v-${++n}`),
  measureId,
  periodId,
  value: v,
  note: '',
  ...extra,
});

const snapshot = (measures: Measure[], values: MeasureValue[], plans = [plan()]): DatabaseSnapshot => ({
  ...emptySnapshot(),
  plans,
  measures,
  measureValues: values,
});

/** Reach 100 (count): 100 is Green, 97 Amber (3% short), 50 Red. */
const FIG = { green: 100, amber: 97, red: 50 } as const;

/** The reference's 22 targets: Jul-17 0/5/9/7/1 and Sep-17 0/8/4/9/1. */
function referenceCounts(): DatabaseSnapshot {
  const jul = [...Array(5).fill('green'), ...Array(9).fill('amber'), ...Array(7).fill('red')] as (keyof typeof FIG)[];
  const sep = [...Array(8).fill('green'), ...Array(4).fill('amber'), ...Array(9).fill('red')] as (keyof typeof FIG)[];
  const measures: Measure[] = [];
  const values: MeasureValue[] = [];
  for (let i = 0; i < 21; i++) {
    measures.push(measure({ id: `m${i}`, position: i, name: `Measure ${i}` }));
    values.push(value(`m${i}`, JUL, FIG[jul[i]!]), value(`m${i}`, SEP, FIG[sep[i]!]));
  }
  measures.push(measure({ id: 'waves', position: 21, name: 'Victims and witnesses satisfied (WAVES)', noLongerMeasured: true }));
  return snapshot(measures, values);
}

const cellText = (part: TablePart): string[][] =>
  part.rows.map((r) =>
    r.cells.map((c) => {
      const x = c.content;
      return x.kind === 'text' ? x.text : x.kind === 'status' ? `[${x.status?.letter ?? '-'}${x.showLabel ? ` ${x.status?.label}` : ''}]` : 'rich';
    }),
  );
const tables = (c: BlockContent) => c.parts.filter((p): p is TablePart => p.type === 'table');
const texts = (c: BlockContent) => c.parts.filter((p) => p.type === 'text').map((p) => JSON.stringify(p.doc));

describe('measuresSummary block', () => {
  it('prints the reference 4.3 table: the same counts and percentages as the paper, total 100%', () => {
    const c = resolveBlock({ kind: 'measuresSummary', planId: 'plan-1', periodId: SEP, previousPeriodId: JUL, sentence: null }, referenceCounts(), paper);
    const t = cellText(tables(c)[0]!);
    expect(t[0]).toEqual(['Performance Against Target', 'Jul-17', '%Total', 'Sep-17', '%Total']);
    expect(t.slice(1)).toEqual([
      ['[B Blue]', 'Significantly better than Target >5% difference', '0', '0%', '0', '0%'],
      ['[G Green]', 'Better than Target', '5', '23%', '8', '36%'],
      ['[A Amber]', 'Close to achieving Target (within 5%)', '9', '41%', '4', '18%'],
      ['[R Red]', 'Significantly worse than Target >5% difference', '7', '32%', '9', '41%'],
      ['[NLM No Longer Measured]', 'No Longer Measured', '1', '5%', '1', '5%'],
      ['Total', '22', '100%', '22', '100%'],
    ]);
    expect(tables(c)[0]!.rows.at(-1)!.role).toBe('total');
    expect(tables(c)[0]!.rows[0]!.role).toBe('header');
    const sentence = texts(c)[0]!;
    expect(sentence).toContain('12 (55%) of these measures are Amber, Green or Blue');
    expect(sentence).toContain('Currently 41% (9) of targets reported are Red');
    expect(sentence).toContain('3 more targets have moved to Green');
    expect(sentence).toContain('Amber rated measures have reduced by 5');
    expect(sentence).toContain('Red rated measures have increased by 2');
    expect(sentence).toContain('There are no measures rated Blue.');
  });

  it("prints the author's own sentence when set", () => {
    const c = resolveBlock(
      { kind: 'measuresSummary', planId: 'plan-1', periodId: SEP, previousPeriodId: JUL, sentence: 'Our own words.' },
      referenceCounts(),
      paper,
    );
    expect(texts(c)).toHaveLength(1);
    expect(texts(c)[0]).toContain('Our own words.');
  });

  it('ignores deleted measures and deleted values, and says how many are unrated', () => {
    const data = referenceCounts();
    const gone = measure({ id: 'gone', name: 'Deleted', ...{ deletedAt: '2017-10-02T00:00:00.000Z' } });
    const v = data.measureValues.find((x) => x.measureId === 'm0' && x.periodId === SEP)!;
    const c = resolveBlock(
      { kind: 'measuresSummary', planId: 'plan-1', periodId: SEP, previousPeriodId: JUL, sentence: null },
      {
        ...data,
        measures: [...data.measures, gone],
        measureValues: [...data.measureValues.filter((x) => x !== v), softDelete(v, 'T'), value('gone', SEP, 50)],
      },
      paper,
    );
    const t = cellText(tables(c)[0]!);
    expect(t.at(-1)).toEqual(['Total', '22', '100%', '21', '100%']);
    expect(texts(c)[1]).toContain('1 measure is not rated for Sep-17');
  });

  it('a deleted plan prints a placeholder', () => {
    const data = referenceCounts();
    const c = resolveBlock(
      { kind: 'measuresSummary', planId: 'plan-1', periodId: SEP, previousPeriodId: JUL, sentence: null },
      { ...data, plans: [softDelete(plan(), 'T')] },
      paper,
    );
    expect(texts(c)[0]).toContain('no longer available');
  });
});

describe('the sample: the reference’s nine Red measures', () => {
  const sample = (): DatabaseSnapshot => ({ ...emptySnapshot(), plans: [plan(SAMPLE_PLAN_ID)], ...sampleMeasureTables() });

  it('all nine appear in the exceptions block under Red, with values, target and reason; no Blue', () => {
    const c = resolveBlock({ kind: 'measureExceptions', planId: SAMPLE_PLAN_ID, periodId: SAMPLE_SEP17, previousPeriodId: SAMPLE_JUL17 }, sample(), paper);
    expect(c.parts[0]).toEqual({ type: 'heading', text: 'Red: Significantly worse than Target >5% difference (9)' });
    const red = cellText(c.parts[1] as TablePart);
    expect(red[0]).toEqual(['Objective / Target', 'Target', 'Jul-17', 'Sep-17', 'Status', 'Why']);
    expect(red).toHaveLength(10);
    expect(red.slice(1).every((r) => r[4] === '[R Red]')).toBe(true);
    expect(red[1]!.slice(0, 4)).toEqual(['A reduction in All Crime compared to 2015-16', 'A reduction compared to 2015-16', '+35.9%', '+29.6%']);
    expect(red[5]![3]).toBe('−38.7%');
    expect(red[5]![5]).toContain('48.7 percentage points worse');
    expect(red[6]!.slice(2, 4)).toEqual(['4.3%', '4.7%']);
    expect(red[7]![0]).toMatch(/^NEW: Percentage of people/);
    expect(red[8]!.slice(2, 4)).toEqual(['−1', '+7']);
    expect(c.parts[2]).toEqual({ type: 'heading', text: 'Blue: Significantly better than Target >5% difference (0)' });
    expect(texts(c)[0]).toContain('There are no Blue measures for Sep-17.');
  });

  it('the measures table shows movement in words and arrows', () => {
    const c = resolveBlock(
      { kind: 'measuresTable', planId: SAMPLE_PLAN_ID, measureIds: [], periodId: SAMPLE_SEP17, previousPeriodId: SAMPLE_JUL17 },
      sample(),
      paper,
    );
    const t = cellText(tables(c)[0]!);
    expect(t[0]).toEqual(['Objective / Target', 'Target', 'Jul-17', 'Sep-17', 'Status', 'Movement']);
    expect(t[1]![5]).toBe('= Unchanged');
    // Hate crime repeat victims: Blue in July (14 against 15), Red in September.
    expect(t[8]![5]).toBe('▼ Worsened (was Blue)');
  });

  it('a table of chosen measures; a missing value prints "No data", and a period with no figures is not compared', () => {
    const data = sample();
    const [first, second] = data.measures;
    const c = resolveBlock(
      { kind: 'measuresTable', planId: SAMPLE_PLAN_ID, measureIds: [second!.id], periodId: 'm2017-10', previousPeriodId: SAMPLE_SEP17 },
      data,
      paper,
    );
    const t = cellText(tables(c)[0]!);
    expect(t).toHaveLength(2);
    expect(t[0]).toEqual(['Objective / Target', 'Target', 'Oct-17', 'Status', 'Movement']);
    expect(t[1]!.slice(2)).toEqual(['No data', '[– Not rated]', 'Not comparable']);
    expect(JSON.stringify(c.parts.at(-1))).toContain(
      '[Not compared with Sep-17: the measures have no figures for Oct-17. Choose another period to compare with.]',
    );
    expect(first).toBeDefined();
  });

  it('a RAGB summary against a month the measures were not reported in prints no movement, and says why', () => {
    const data = sample();
    const c = resolveBlock(
      { kind: 'measuresSummary', planId: SAMPLE_PLAN_ID, periodId: SAMPLE_SEP17, previousPeriodId: 'm2017-08', sentence: null },
      data,
      paper,
    );
    const text = JSON.stringify(c.parts);
    expect(text).not.toContain('increased by 9');
    expect(text).not.toContain('Aug-17","bold"');
    expect(text).toContain('[Not compared with Aug-17: 9 measures have no figure for it. Choose another period to compare with.]');
    expect(cellText(tables(c)[0]!)[0]).toEqual(['Performance Against Target', 'Sep-17', '%Total']);
  });

  it('the trend chart: values, a dashed target line, alt text with every figure and the target', () => {
    const data = sample();
    const asb = data.measures[6]!;
    const c = resolveBlock({ kind: 'measureTrendChart', measureId: asb.id, periodIds: ['m2017-07', 'm2017-08', 'm2017-09'] }, data, paper);
    const chart = c.parts[0]!;
    expect(chart.type).toBe('chart');
    if (chart.type !== 'chart') return;
    expect(chart.chart).toBe('line');
    expect(chart.categories).toEqual(['Jul-17', 'Aug-17', 'Sep-17']);
    expect(chart.series[0]!.values).toEqual([56.7, null, 55.7]);
    expect(chart.series[1]).toMatchObject({ name: 'Target', values: [60, 60, 60], dashed: true });
    expect(chart.altText).toContain('Jul-17: 56.7%; Aug-17: No data; Sep-17: 55.7%');
    expect(chart.altText).toContain('Target (dashed line): Reach 60%, 60%.');
  });

  it('a % change target is drawn in the values’ terms (0% for "a reduction")', () => {
    const data = sample();
    const c = resolveBlock({ kind: 'measureTrendChart', measureId: data.measures[0]!.id, periodIds: [SAMPLE_JUL17, SAMPLE_SEP17] }, data, paper);
    const chart = c.parts[0]!;
    if (chart.type !== 'chart') throw new Error('not a chart');
    expect(chart.series[1]!.values).toEqual([0, 0]);
    expect(chart.valueAxisTitle).toBe('% change on 2015-16');
  });

  it('a deleted measure prints a placeholder', () => {
    const data = sample();
    const m = data.measures[0]!;
    const c = resolveBlock({ kind: 'measureTrendChart', measureId: m.id, periodIds: [SAMPLE_SEP17] }, { ...data, measures: [softDelete(m, 'T')] }, paper);
    expect(texts(c)[0]).toContain('no longer available');
  });
});
