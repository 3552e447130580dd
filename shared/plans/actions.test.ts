import { describe, expect, it } from 'vitest';
import { deliverableOverdue, deliverableOwners, isCompleteStatus, ownersChange, ownersText } from './actions';
import { defaultStatusKey } from './status-key';

const people = new Map([
  ['p1', { name: 'Kevin Dennis', shortName: 'KD' }],
  ['p2', { name: 'Simon Prior', shortName: '' }],
]);

describe('owners of an action', () => {
  it('are the lead alone on older records, or every owner lead first', () => {
    expect(deliverableOwners({ leadPersonId: 'p1' })).toEqual(['p1']);
    expect(deliverableOwners({ leadPersonId: null })).toEqual([]);
    expect(deliverableOwners({ leadPersonId: 'p1', ownerPersonIds: ['p1', 'p2', 'p1'] })).toEqual(['p1', 'p2']);
  });
  it('the first owner becomes the lead officer', () => {
    expect(ownersChange(['p2', 'p1', 'p2', ''])).toEqual({ leadPersonId: 'p2', ownerPersonIds: ['p2', 'p1'] });
    expect(ownersChange([])).toEqual({ leadPersonId: null, ownerPersonIds: [] });
  });
  it('print as short names (full name when there is none), a removed person left out', () => {
    expect(ownersText({ leadPersonId: 'p1', ownerPersonIds: ['p1', 'p2', 'gone'] }, people)).toBe('KD, Simon Prior');
  });
});

describe('overdue actions', () => {
  const key = defaultStatusKey({ includeBlue: true });
  const blue = key.statuses.find((s) => s.id === 'blue');
  const green = key.statuses.find((s) => s.id === 'green');
  it('Blue (Complete) is complete; Green is not', () => {
    expect(isCompleteStatus(blue)).toBe(true);
    expect(isCompleteStatus(green)).toBe(false);
    expect(isCompleteStatus({ id: 'x', label: 'Done', meaning: 'Completed in the year' })).toBe(true);
  });
  it('a past one-off is overdue unless its latest status is complete', () => {
    const d = { when: { kind: 'month' as const, year: 2014, month: 12 }, dueDate: null };
    expect(deliverableOverdue(d, '2015-01-01', green)).toBe(true);
    expect(deliverableOverdue(d, '2015-01-01', blue)).toBe(false);
    expect(deliverableOverdue(d, '2014-12-31', null)).toBe(false);
    expect(deliverableOverdue({ dueDate: '2014-06-30' }, '2015-01-01', null)).toBe(true);
    expect(deliverableOverdue({ when: { kind: 'frequency', label: 'Monthly' }, dueDate: '2014-06-30' }, '2015-01-01', null)).toBe(false);
  });
});
