import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../backup/snapshot';
import type { DatabaseSnapshot } from '../backup/snapshot';
import type { BlockContent, TablePart } from '../blocks/content';
import { resolveBlock } from '../blocks/resolve';
import { SAMPLE_PAPER } from '../sample/paper';
import type { DeliveryPlan, Person, Theme } from './model';
import { defaultStatusKey } from './status-key';
import { deliverable, meta, update } from './test-fixtures';

const plan: DeliveryPlan = {
  ...meta('plan-1'),
  name: 'Business Plan 2014/15',
  coversFrom: '2014-04-01',
  coversTo: '2015-03-31',
  statusKey: defaultStatusKey({ includeBlue: true }),
  measureThresholds: null,
};
const objective = (id: string, position: number, number: string, title: string): Theme => ({
  ...meta(id),
  planId: 'plan-1',
  position,
  number,
  title,
  priorities: [],
});
const person = (id: string, name: string, shortName: string): Person => ({ ...meta(id), name, shortName, email: '', role: '' });

function data(): DatabaseSnapshot {
  return {
    ...emptySnapshot(),
    plans: [plan],
    people: [person('p1', 'Kevin Dennis', 'KD'), person('p2', 'Simon Prior', 'SP')],
    themes: [objective('o1', 1, '1', 'Protect, support and respond to victims'), objective('o2', 2, '2', 'Improve the efficiency of the office')],
    deliverables: [
      deliverable('1.1', {
        themeId: 'o1',
        position: 1,
        activity: 'Commission victim services',
        leadPersonId: 'p1',
        ownerPersonIds: ['p1', 'p2'],
        when: { kind: 'month', year: 2014, month: 4 },
      }),
      deliverable('1.2', {
        themeId: 'o1',
        position: 2,
        activity: 'Publish the victims’ code',
        leadPersonId: 'p2',
        when: { kind: 'frequency', label: 'Routinely', fyStartYear: 2014 },
      }),
      deliverable('2.1', { themeId: 'o2', position: 1, activity: 'Review the office budget', leadPersonId: null, when: { kind: 'date', date: '2014-12-31' } }),
    ],
    updates: [update('1.1', 'fy2014q3', 'blue'), update('2.1', 'fy2014q4', 'amber')],
  };
}

const table = (c: BlockContent) => c.parts.find((p): p is TablePart => p.type === 'table')!;
const rowTexts = (t: TablePart) =>
  t.rows.map((r) =>
    r.cells.map((c) =>
      c.content.kind === 'text'
        ? c.content.text
        : c.content.kind === 'status'
          ? (c.content.status?.letter ?? 'Not rated')
          : JSON.stringify(c.content.doc).match(/"text":"([^"]*)"/)?.[1],
    ),
  );

describe('actionPlan block', () => {
  it('prints each objective across the table, then its actions with owners and when', () => {
    const c = resolveBlock({ kind: 'actionPlan', planId: 'plan-1', themeId: null, periodId: null, titles: null }, data(), SAMPLE_PAPER);
    expect(c.landscape).toBe(false);
    const t = table(c);
    expect(t.columns).toHaveLength(3);
    expect(rowTexts(t)).toEqual([
      ['Action', 'Owner', 'Completion date or frequency'],
      ['1. Protect, support and respond to victims'],
      ['1.1 Commission victim services', 'KD, SP', 'April 2014'],
      ['1.2 Publish the victims’ code', 'SP', 'Routinely 2014/15'],
      ['2. Improve the efficiency of the office'],
      ['2.1 Review the office budget', '', '31 December 2014'],
    ]);
    expect(t.rows[1]!.role).toBe('group');
    expect(t.rows[1]!.cells[0]!.span).toBe(3);
    expect(t.rows[0]!.role).toBe('header');
  });

  it('with a period: each action’s update and status (letter, not colour alone), and overdue in words as of the period’s end', () => {
    const c = resolveBlock(
      { kind: 'actionPlan', planId: 'plan-1', themeId: null, periodId: 'fy2014q4', titles: { action: 'What we will do', owner: 'Lead', when: ' ' } },
      data(),
      SAMPLE_PAPER,
    );
    expect(c.landscape).toBe(true);
    const rows = rowTexts(table(c));
    expect(rows[0]).toEqual(['What we will do', 'Lead', 'Completion date or frequency', 'Update Q4 2014/15', 'Status']);
    // 1.1 was completed (Blue) in Q3, but has no update in Q4: its April 2014 date is past, so it shows overdue.
    expect(rows[2]).toEqual(['1.1 Commission victim services', 'KD, SP', 'April 2014 (overdue)', 'No update for this period.', 'Not rated']);
    expect(rows[5]).toEqual(['2.1 Review the office budget', '', '31 December 2014 (overdue)', 'Update on 2.1.', 'A']);
    expect(rows[3]![2]).toBe('Routinely 2014/15');
  });

  it('a completed one-off is not overdue', () => {
    const c = resolveBlock({ kind: 'actionPlan', planId: 'plan-1', themeId: 'o1', periodId: 'fy2014q3', titles: null }, data(), SAMPLE_PAPER);
    const rows = rowTexts(table(c));
    expect(c.title).toBe('1. Protect, support and respond to victims: action plan – Q3 2014/15');
    expect(rows[2]).toEqual(['1.1 Commission victim services', 'KD, SP', 'April 2014', 'Update on 1.1.', 'B']);
    expect(rows).toHaveLength(4);
  });

  it('a removed plan or period prints a notice rather than failing', () => {
    expect(resolveBlock({ kind: 'actionPlan', planId: 'gone', themeId: null, periodId: null, titles: null }, data(), SAMPLE_PAPER).title).toMatch(
      /Action plan/,
    );
    expect(resolveBlock({ kind: 'actionPlan', planId: 'plan-1', themeId: 'gone', periodId: null, titles: null }, data(), SAMPLE_PAPER).title).toMatch(
      /objective/,
    );
  });
});
