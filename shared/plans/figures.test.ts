import { describe, expect, it } from 'vitest';
import { changeSincePrevious, statusKeyFigures } from './figures';
import { formatPercent, percentOf } from './percent';
import { defaultStatusKey } from './status-key';
import { deliverable, meta, theme6Deliverables, theme6Updates, update } from './test-fixtures';
import type { StatusKey } from './model';

const key = defaultStatusKey();
const byId = (f: ReturnType<typeof statusKeyFigures>) => Object.fromEntries(f.rows.map((r) => [r.statusId, r.text]));

describe('percentOf / formatPercent', () => {
  it('rounds half up at the requested decimals', () => {
    expect(percentOf(11, 13, 1)).toBe(84.6);
    expect(percentOf(2, 13, 1)).toBe(15.4);
    expect(percentOf(1, 16, 1)).toBe(6.3); // 6.25 → 6.3
    expect(percentOf(1, 8, 0)).toBe(13); // 12.5 → 13
    expect(percentOf(1, 3, 1)).toBe(33.3);
    expect(percentOf(0, 13, 1)).toBe(0);
    expect(percentOf(13, 13, 1)).toBe(100);
    expect(percentOf(1, 0, 1)).toBeNull();
  });
  it('prints without a trailing .0', () => {
    expect(formatPercent(84.6)).toBe('84.6%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(36, 0)).toBe('36%');
    expect(formatPercent(null)).toBe('–');
  });
});

describe('statusKeyFigures', () => {
  it('reproduces the reference key: 11/13 (84.6%), 2/13 (15.4%), 0/13 (0%), 0/13 (0%)', () => {
    const f = statusKeyFigures(theme6Deliverables(), theme6Updates('fy2016q2'), 'fy2016q2', key);
    expect(byId(f)).toEqual({ green: '11/13 (84.6%)', amber: '2/13 (15.4%)', red: '0/13 (0%)', notStarted: '0/13 (0%)' });
    expect(f.rows[0]).toMatchObject({ label: 'Green', count: 11, total: 13, percentage: 84.6, percentageText: '84.6%' });
    expect(f.rows[1]).toMatchObject({ count: 2, percentage: 15.4 });
    expect(f.rows[2]).toMatchObject({ count: 0, percentage: 0, percentageText: '0%' });
    expect(f).toMatchObject({ total: 13, notUpdated: 0, unknownStatus: 0, periodId: 'fy2016q2' });
  });
  it('uses every live deliverable as the denominator and counts those not updated', () => {
    const updates = theme6Updates('fy2016q2').filter((u) => u.deliverableId !== 'd-C03' && u.deliverableId !== 'd-F03');
    updates.push(update('C03', 'fy2016q2', null)); // begun, no status yet
    const f = statusKeyFigures(theme6Deliverables(), updates, 'fy2016q2', key);
    expect(byId(f)).toMatchObject({ green: '10/13 (76.9%)', amber: '1/13 (7.7%)' });
    expect(f.notUpdated).toBe(2);
  });
  it('ignores other periods, deleted updates and deleted deliverables', () => {
    const ds = theme6Deliverables();
    ds.push({ ...deliverable('X99'), deletedAt: '2017-09-01T00:00:00.000Z' });
    const us = [...theme6Updates('fy2016q2'), ...theme6Updates('fy2016q1').map((u) => ({ ...u, statusId: 'red' })), { ...update('X99', 'fy2016q2', 'red') }];
    const f1 = statusKeyFigures(ds, us, 'fy2016q2', key);
    expect(byId(f1)).toMatchObject({ green: '11/13 (84.6%)', red: '0/13 (0%)' });
    const deleted = us.map((u) => (u.deliverableId === 'd-C03' && u.periodId === 'fy2016q2' ? { ...u, deletedAt: '2017-10-02T00:00:00.000Z' } : u));
    expect(statusKeyFigures(ds, deleted, 'fy2016q2', key).notUpdated).toBe(1);
  });
  it('takes the most recently changed update if a merge left two for one period', () => {
    const older = update('C03', 'fy2016q2', 'green', undefined, { ...meta('u1', '2017-10-01T09:00:00.000Z') });
    const newer = update('C03', 'fy2016q2', 'red', undefined, { ...meta('u2', '2017-10-02T09:00:00.000Z') });
    for (const us of [
      [older, newer],
      [newer, older],
    ]) {
      expect(statusKeyFigures([deliverable('C03')], us, 'fy2016q2', key).rows.find((r) => r.statusId === 'red')?.count).toBe(1);
    }
  });
  it('keeps sums whole when a status has left the key', () => {
    const f = statusKeyFigures([deliverable('A'), deliverable('B')], [update('A', 'q', 'blue'), update('B', 'q', 'green')], 'q', key);
    expect(f.unknownStatus).toBe(1);
    expect(f.rows.reduce((n, r) => n + r.count, 0) + f.notUpdated + f.unknownStatus).toBe(f.total);
  });
  it('handles a theme with no deliverables', () => {
    const f = statusKeyFigures([], [], 'q', key);
    expect(f.total).toBe(0);
    expect(f.rows[0]).toMatchObject({ count: 0, percentage: null, text: '0/0 (–)' });
  });
  it('follows a plan’s own key and order', () => {
    const custom: StatusKey = { statuses: [defaultStatusKey({ includeBlue: true }).statuses[0]!, ...key.statuses] };
    const f = statusKeyFigures([deliverable('A'), deliverable('B')], [update('A', 'q', 'blue'), update('B', 'q', 'green')], 'q', custom);
    expect(f.rows.map((r) => `${r.label} ${r.text}`)).toEqual(['Blue 1/2 (50%)', 'Green 1/2 (50%)', 'Amber 0/2 (0%)', 'Red 0/2 (0%)', 'White (NS) 0/2 (0%)']);
  });
});

describe('changeSincePrevious', () => {
  const ds = theme6Deliverables();
  const q1 = theme6Updates('fy2016q1').map((u, i) => ({ ...u, statusId: i < 8 ? 'green' : i < 12 ? 'amber' : 'notStarted' }));
  const prev = statusKeyFigures(ds, q1, 'fy2016q1', key); // 8 G, 4 A, 0 R, 1 NS
  const curr = statusKeyFigures(ds, theme6Updates('fy2016q2'), 'fy2016q2', key); // 11 G, 2 A

  it('gives per-status deltas and a plain sentence', () => {
    const c = changeSincePrevious(curr, prev);
    expect(c.rows.map((r) => [r.label, r.previous, r.current, r.delta])).toEqual([
      ['Green', 8, 11, 3],
      ['Amber', 4, 2, -2],
      ['Red', 0, 0, 0],
      ['White (NS)', 1, 0, -1],
    ]);
    expect(c.sentence).toBe('3 more Green, 2 fewer Amber, 1 fewer White (NS)');
  });
  it('says so when nothing moved', () => {
    expect(changeSincePrevious(curr, curr).sentence).toBe('No change since the previous period');
  });
  it('says so when there is no previous period', () => {
    const c = changeSincePrevious(curr, null);
    expect(c.sentence).toBe('There is no previous period to compare with');
    expect(c.rows.every((r) => r.delta === null && r.previous === null)).toBe(true);
  });
  it('matches the reference example wording', () => {
    const before = statusKeyFigures(
      ds.slice(0, 5),
      ['amber', 'amber', 'amber', 'green', 'red'].map((s, i) => update(ds[i]!.ref, 'p', s)),
      'p',
      key,
    );
    const after = statusKeyFigures(
      ds.slice(0, 5),
      ['green', 'green', 'green', 'green', 'amber'].map((s, i) => update(ds[i]!.ref, 'c', s)),
      'c',
      key,
    );
    expect(changeSincePrevious(after, before).sentence).toBe('3 more Green, 2 fewer Amber, 1 fewer Red');
  });
  it('keeps a status only the previous period had', () => {
    const withBlue = defaultStatusKey({ includeBlue: true });
    const before = statusKeyFigures([deliverable('A')], [update('A', 'p', 'blue')], 'p', withBlue);
    const after = statusKeyFigures([deliverable('A')], [update('A', 'c', 'green')], 'c', key);
    const c = changeSincePrevious(after, before);
    expect(c.rows.at(-1)).toEqual({ statusId: 'blue', label: 'Blue', current: 0, previous: 1, delta: -1 });
    expect(c.sentence).toBe('1 more Green, 1 fewer Blue');
  });
});
