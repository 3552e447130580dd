import { describe, expect, it } from 'vitest';
import { deliverableWhen, formatWhen, frequencyList, isOverdue, overdueText, parseWhen, whenDeadline } from './when';

const read = (s: string, extra: string[] = []) => formatWhen(parseWhen(s, frequencyList(extra)));

describe('parseWhen: what authors write in "Completion date or frequency"', () => {
  it('reads dates in the ways UK authors write them', () => {
    expect(parseWhen('2014-12-31')).toEqual({ kind: 'date', date: '2014-12-31' });
    expect(parseWhen('31/12/2014')).toEqual({ kind: 'date', date: '2014-12-31' });
    expect(parseWhen('1/4/14')).toEqual({ kind: 'date', date: '2014-04-01' });
    expect(parseWhen('31st December 2014')).toEqual({ kind: 'date', date: '2014-12-31' });
    expect(parseWhen('1 Sept 2014')).toEqual({ kind: 'date', date: '2014-09-01' });
    expect(read('31/12/2014')).toBe('31 December 2014');
  });

  it('keeps an impossible date as the text typed', () => {
    expect(parseWhen('31/02/2015')).toEqual({ kind: 'text', text: '31/02/2015' });
  });

  it('reads a month, a quarter and a financial year', () => {
    expect(parseWhen('April 2014')).toEqual({ kind: 'month', year: 2014, month: 4 });
    expect(read('Dec-14')).toBe('December 2014');
    expect(parseWhen('Q3 2014/15')).toEqual({ kind: 'quarter', fyStartYear: 2014, quarter: 3 });
    expect(read('2014-15 Q4')).toBe('Q4 2014/15');
    expect(read('Quarter 1 14/15')).toBe('Q1 2014/15');
    expect(parseWhen('2014/15')).toEqual({ kind: 'financialYear', fyStartYear: 2014 });
    expect(read('FY 2014/2015')).toBe('2014/15');
  });

  it('reads frequencies from the list, ignoring case, with an optional year', () => {
    expect(parseWhen('monthly')).toEqual({ kind: 'frequency', label: 'Monthly' });
    expect(parseWhen('When required')).toEqual({ kind: 'frequency', label: 'When required' });
    expect(parseWhen('Routinely 2014/15')).toEqual({ kind: 'frequency', label: 'Routinely', fyStartYear: 2014 });
    expect(read('six-monthly')).toBe('Six-monthly');
    expect(read('Routinely during 2014-15')).toBe('Routinely 2014/15');
  });

  it('uses the plan’s own frequencies', () => {
    expect(parseWhen('At each panel meeting', frequencyList())).toEqual({ kind: 'text', text: 'At each panel meeting' });
    expect(parseWhen('at each panel meeting', frequencyList(['At each panel meeting']))).toEqual({ kind: 'frequency', label: 'At each panel meeting' });
  });

  it('keeps anything else as the author’s text, spaces tidied, never dropped', () => {
    expect(parseWhen('  End of   summer  ')).toEqual({ kind: 'text', text: 'End of summer' });
    expect(parseWhen('Monthly until the review')).toEqual({ kind: 'text', text: 'Monthly until the review' });
    expect(parseWhen('   ')).toBeNull();
  });
});

describe('deadlines and overdue', () => {
  it('a one-off is due at the end of its date, month, quarter or year', () => {
    expect(whenDeadline(parseWhen('April 2014'))).toBe('2014-04-30');
    expect(whenDeadline(parseWhen('Q1 2014/15'))).toBe('2014-06-30');
    expect(whenDeadline(parseWhen('Q3 2014/15'))).toBe('2014-12-31');
    expect(whenDeadline(parseWhen('Q4 2014/15'))).toBe('2015-03-31');
    expect(whenDeadline(parseWhen('2014/15'))).toBe('2015-03-31');
    expect(whenDeadline(parseWhen('Feb 2016'))).toBe('2016-02-29');
  });

  it('a one-off in the past is overdue until complete; a frequency or free text never is', () => {
    const today = '2015-01-10';
    expect(isOverdue(parseWhen('December 2014'), today)).toBe(true);
    expect(isOverdue(parseWhen('December 2014'), today, true)).toBe(false);
    expect(isOverdue(parseWhen('January 2015'), today)).toBe(false);
    expect(isOverdue(parseWhen('2015-01-10'), today)).toBe(false);
    expect(isOverdue(parseWhen('2015-01-09'), today)).toBe(true);
    expect(isOverdue(parseWhen('Monthly'), today)).toBe(false);
    expect(isOverdue(parseWhen('Routinely 2013/14'), today)).toBe(false);
    expect(isOverdue(parseWhen('sometime soon'), today)).toBe(false);
    expect(overdueText(parseWhen('December 2014'))).toBe('Overdue: due December 2014');
  });

  it('an older deliverable’s due date is its when', () => {
    expect(deliverableWhen({ dueDate: '2015-03-31' })).toEqual({ kind: 'date', date: '2015-03-31' });
    expect(deliverableWhen({ dueDate: '2015-03-31', when: { kind: 'frequency', label: 'Weekly' } })).toEqual({ kind: 'frequency', label: 'Weekly' });
    expect(deliverableWhen({ dueDate: null })).toBeNull();
  });
});

describe('frequencyList', () => {
  it('adds the plan’s own once, after the standard ones', () => {
    const list = frequencyList(['monthly', ' At each panel meeting ', '']);
    expect(list.filter((f) => f.toLowerCase() === 'monthly')).toHaveLength(1);
    expect(list.at(-1)).toBe('At each panel meeting');
  });
});
