import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../backup/snapshot';
import type { DatabaseSnapshot } from '../backup/snapshot';
import type { BlockContent, ChartPart, TablePart } from '../blocks/content';
import { resolveBlock } from '../blocks/resolve';
import type { Paper } from '../papers/model';
import { samplePlanTables, SAMPLE_PLAN_ID, SAMPLE_THEME_ID } from '../sample/plan';
import { SAMPLE_PAPER } from '../sample/paper';
import { statusKeyFigures } from './figures';
import type { DeliveryPlan, Theme } from './model';
import { defaultStatusKey } from './status-key';
import { meta, theme6Deliverables, theme6Updates, update } from './test-fixtures';

const paper: Paper = SAMPLE_PAPER;

function plan(): DeliveryPlan {
  return {
    ...meta('plan-1'),
    name: 'Police and Crime Plan (2016-18)',
    coversFrom: '2016-04-01',
    coversTo: '2018-03-31',
    statusKey: defaultStatusKey(),
    measureThresholds: null,
  };
}
function theme(): Theme {
  return {
    ...meta('theme-6'),
    planId: 'plan-1',
    position: 6,
    number: '6',
    title: 'Prevention, early intervention and reduction in reoffending',
    priorities: [],
  };
}
function data(extra: Partial<DatabaseSnapshot> = {}): DatabaseSnapshot {
  return { ...emptySnapshot(), plans: [plan()], themes: [theme()], deliverables: theme6Deliverables(), updates: theme6Updates('fy2016q2'), ...extra };
}

const tables = (c: BlockContent) => c.parts.filter((p): p is TablePart => p.type === 'table');
const cellText = (t: TablePart, row: number, col: number) => {
  const c = t.rows[row]?.cells[col]?.content;
  return c?.kind === 'text' ? c.text : undefined;
};
const texts = (c: BlockContent) => JSON.stringify(c.parts.filter((p) => p.type === 'text'));

describe('planThemeUpdate block', () => {
  it('prints the reference figures: 11/13 (84.6%) Green, 2/13 (15.4%) Amber, 0/13 (0%) Red and White', () => {
    const c = resolveBlock({ kind: 'planThemeUpdate', planId: 'plan-1', themeId: 'theme-6', periodId: 'fy2016q2' }, data(), paper);
    expect(c.landscape).toBe(true);
    expect(c.title).toBe('Theme 6 update – Q2 2016/17');
    const headings = c.parts.filter((p) => p.type === 'heading').map((p) => p.text);
    expect(headings).toEqual([
      'POLICE AND CRIME PLAN (2016-18)',
      'THEME 6 UPDATE — Q2 2016/17 (July–September 2016)',
      'STATUS KEY and Results',
      'THEME 6: PREVENTION, EARLY INTERVENTION AND REDUCTION IN REOFFENDING',
    ]);
    const key = tables(c)[0]!;
    expect([1, 3, 5, 7].map((i) => cellText(key, 1, i))).toEqual(['11/13 (84.6%)', '2/13 (15.4%)', '0/13 (0%)', '0/13 (0%)']);
    expect(cellText(key, 0, 1)).toBe('Achieved or Adequate Progress being Made');
  });

  it('the figures in the block are exactly statusKeyFigures for the same data', () => {
    const d = data({ updates: [...theme6Updates('fy2016q2').slice(0, 10), update('F04', 'fy2016q2', 'red', undefined, { id: 'u-x' })] });
    const figures = statusKeyFigures(d.deliverables, d.updates, 'fy2016q2', defaultStatusKey());
    const key = tables(resolveBlock({ kind: 'planThemeUpdate', planId: 'plan-1', themeId: 'theme-6', periodId: 'fy2016q2' }, d, paper))[0]!;
    expect(figures.rows.map((_, i) => cellText(key, 1, 2 * i + 1))).toEqual(figures.rows.map((r) => r.text));
  });

  it('lists every deliverable with its lead, marker, shaded and lettered status, then its update row', () => {
    const c = resolveBlock({ kind: 'planThemeUpdate', planId: 'plan-1', themeId: null, periodId: 'fy2016q2' }, data(), paper);
    const t = tables(c)[1]!;
    expect(t.rows[0]!.role).toBe('header');
    expect(t.rows.length).toBe(1 + 13 * 2);
    expect(cellText(t, 1, 0)).toBe('C03');
    const s = t.rows[1]!.cells[3]!.content;
    expect(s).toEqual({ kind: 'status', status: expect.objectContaining({ letter: 'G', fill: '#00B050' }) });
    expect(cellText(t, 2, 0)).toBe('Update');
    expect(t.rows[2]!.cells[2]).toMatchObject({ span: 2, content: { kind: 'rich' } });
  });

  it('ignores deleted deliverables and updates; a missing update is "Not rated" and counted as not updated', () => {
    const deliverables = theme6Deliverables().map((d) => (d.id === 'd-P03' ? { ...d, deletedAt: '2017-10-02T00:00:00.000Z' } : d));
    const updates = theme6Updates('fy2016q2').map((u) => (u.deliverableId === 'd-C03' ? { ...u, deletedAt: '2017-10-02T00:00:00.000Z' } : u));
    const c = resolveBlock({ kind: 'planThemeUpdate', planId: 'plan-1', themeId: 'theme-6', periodId: 'fy2016q2' }, data({ deliverables, updates }), paper);
    const [key, t] = tables(c);
    expect([1, 3].map((i) => cellText(key!, 1, i))).toEqual(['9/12 (75%)', '2/12 (16.7%)']);
    expect(t!.rows.length).toBe(1 + 12 * 2);
    expect(t!.rows[1]!.cells[3]!.content).toEqual({ kind: 'status', status: null });
    expect(texts(c)).toContain('1 of 12 deliverables have no status for this period yet');
    expect(JSON.stringify(c)).not.toContain('P03');
  });

  it('states the change since the previous period', () => {
    const q1 = theme6Updates('fy2016q1').map((u) => (['d-C04', 'd-C05', 'd-P01'].includes(u.deliverableId) ? { ...u, statusId: 'amber' } : u));
    const c = resolveBlock(
      { kind: 'planThemeUpdate', planId: 'plan-1', themeId: 'theme-6', periodId: 'fy2016q2' },
      data({ updates: [...q1, ...theme6Updates('fy2016q2')] }),
      paper,
    );
    expect(texts(c)).toContain('Since Q1 2016/17: 3 more Green, 3 fewer Amber.');
    const alone = resolveBlock({ kind: 'planThemeUpdate', planId: 'plan-1', themeId: 'theme-6', periodId: 'fy2016q2' }, data(), paper);
    expect(texts(alone)).toContain('There is no previous period to compare with.');
  });

  it('compares a custom period with the latest reported period that ended before it', () => {
    const customPeriods = [{ ...meta('an17'), label: 'April to November 2017', start: '2017-04-01', end: '2017-11-30' }];
    const q4 = theme6Updates('fy2016q4').map((u) => (['d-C04', 'd-C05'].includes(u.deliverableId) ? { ...u, statusId: 'red' } : u));
    const custom = theme6Updates('custom:an17').map((u, i) => ({ ...u, id: `c-${i}` }));
    const src = { kind: 'planThemeUpdate', planId: 'plan-1', themeId: 'theme-6', periodId: 'custom:an17' } as const;
    const c = resolveBlock(src, data({ customPeriods, updates: [...q4, ...theme6Updates('fy2017q1'), ...custom] }), paper);
    expect(c.title).toBe('Theme 6 update – April to November 2017');
    expect(texts(c)).toContain('Since Q4 2016/17: 2 more Green, 2 fewer Red.');
    expect(texts(resolveBlock(src, data({ customPeriods, updates: custom }), paper))).toContain('There is no previous period to compare with.');
  });

  it('a deleted plan prints a placeholder rather than failing', () => {
    const c = resolveBlock(
      { kind: 'planThemeUpdate', planId: 'plan-1', themeId: 'theme-6', periodId: 'fy2016q2' },
      data({ plans: [{ ...plan(), deletedAt: '2017-10-02T00:00:00.000Z' }] }),
      paper,
    );
    expect(JSON.stringify(c)).toContain('no longer available');
  });

  it('the sample plan: Q2 2017/18 is 11/13 Green, 2/13 Amber, and 3 more Green, 2 fewer Amber since Q1', () => {
    const d = { ...emptySnapshot(), ...samplePlanTables() };
    const c = resolveBlock({ kind: 'planThemeUpdate', planId: SAMPLE_PLAN_ID, themeId: SAMPLE_THEME_ID, periodId: 'fy2017q2' }, d, paper);
    const key = tables(c)[0]!;
    expect([1, 3, 5, 7].map((i) => cellText(key, 1, i))).toEqual(['11/13 (84.6%)', '2/13 (15.4%)', '0/13 (0%)', '0/13 (0%)']);
    expect(texts(c)).toContain('Since Q1 2017/18: 3 more Green, 2 fewer Amber, 1 fewer White (NS).');
  });
});

describe('planStatusChart block', () => {
  it('stacks the counts per status over periods in key colours, and the alt text states every figure', () => {
    const d = { ...emptySnapshot(), ...samplePlanTables() };
    const c = resolveBlock({ kind: 'planStatusChart', planId: SAMPLE_PLAN_ID, themeId: SAMPLE_THEME_ID, periodIds: ['fy2017q1', 'fy2017q2'] }, d, paper);
    const chart = c.parts[0] as ChartPart;
    expect(chart.chart).toBe('stackedColumn');
    expect(chart.categories).toEqual(['Q1 2017/18', 'Q2 2017/18']);
    expect(chart.series.map((s) => [s.name, s.colour, s.values])).toEqual([
      ['Green', '#00B050', [8, 11]],
      ['Amber', '#FFC000', [4, 2]],
      ['Red', '#C00000', [0, 0]],
      ['White (NS)', '#FFFFFF', [1, 0]],
    ]);
    expect(chart.altText).toContain('Q1 2017/18: Green 8, Amber 4, Red 0, White (NS) 1; Q2 2017/18: Green 11, Amber 2, Red 0, White (NS) 0');
  });

  it('adds a "Not rated" series when a period has deliverables without a status', () => {
    const c = resolveBlock({ kind: 'planStatusChart', planId: 'plan-1', themeId: null, periodIds: ['fy2016q2', 'fy2016q3'] }, data(), paper);
    const chart = c.parts[0] as ChartPart;
    expect(chart.series.at(-1)).toMatchObject({ name: 'Not rated', values: [0, 13] });
  });
});
