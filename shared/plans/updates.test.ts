import { describe, expect, it } from 'vitest';
import { bullets, doc, footnote, para } from '../richtext/build';
import { emptyDoc } from '../richtext/model';
import { parsePeriodId } from '../periods/labels';
import { customPeriod, quarterPeriod } from '../periods/periods';
import type { CustomPeriodRecord } from '../periods/model';
import { defaultStatusKey } from './status-key';
import {
  isBlankNarrative,
  lastPeriodUpdate,
  previousPeriodWithUpdates,
  statusUsage,
  leadOfficerProgress,
  planProgress,
  richDocHasText,
  startFromLastPeriod,
  updateFor,
  updateProgress,
  validateUpdate,
} from './updates';
import { deliverable, meta, update } from './test-fixtures';

const key = defaultStatusKey();
const blank = doc(para('   '));

describe('validateUpdate', () => {
  it('requires a status', () => {
    expect(validateUpdate({ statusId: null, narrative: doc(para('Text')) }, key)).toEqual([{ field: 'status', message: 'Choose a status.' }]);
    expect(validateUpdate({ statusId: '', narrative: doc(para('Text')) }, key)).toHaveLength(1);
  });
  it('requires a narrative for Amber and Red', () => {
    expect(validateUpdate({ statusId: 'amber', narrative: blank }, key)).toEqual([
      { field: 'narrative', message: 'Write an update: it is required for Amber.' },
    ]);
    expect(validateUpdate({ statusId: 'red', narrative: emptyDoc() }, key)).toEqual([
      { field: 'narrative', message: 'Write an update: it is required for Red.' },
    ]);
    expect(validateUpdate({ statusId: 'amber', narrative: doc(para('Resourcing gap.')) }, key)).toEqual([]);
  });
  it('does not require a narrative for Green or Not Started', () => {
    expect(validateUpdate({ statusId: 'green', narrative: blank }, key)).toEqual([]);
    expect(validateUpdate({ statusId: 'notStarted', narrative: emptyDoc() }, key)).toEqual([]);
  });
  it('rejects a status not in the plan’s key', () => {
    expect(validateUpdate({ statusId: 'blue', narrative: blank }, key)[0]?.field).toBe('status');
  });
  it('tells a blank narrative (only empty paragraphs) from one with anything in it', () => {
    expect(isBlankNarrative(emptyDoc())).toBe(true);
    expect(isBlankNarrative({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'paragraph', content: [] }] })).toBe(true);
    expect(isBlankNarrative(blank)).toBe(false);
    expect(isBlankNarrative(doc(para(footnote('only a footnote', 'f1'))))).toBe(false);
    expect(isBlankNarrative(doc(bullets('')))).toBe(false);
  });
  it('counts text in lists as a narrative', () => {
    expect(richDocHasText(doc(bullets('One action')))).toBe(true);
    expect(richDocHasText(doc(para(footnote('only a footnote', 'f1'))))).toBe(false);
    expect(richDocHasText(null)).toBe(false);
  });
});

describe('progress', () => {
  const ds = [
    deliverable('C03', { leadPersonId: 'kd' }),
    deliverable('C04', { leadPersonId: 'kd' }),
    deliverable('C05', { leadPersonId: 'gm' }),
    deliverable('F01', { leadPersonId: 'kd', planId: 'plan-2' }),
    { ...deliverable('F02', { leadPersonId: 'kd' }), deletedAt: '2017-01-01T00:00:00.000Z' },
  ];
  const us = [update('C03', 'q', 'green'), update('C04', 'q', 'amber', blank), update('C05', 'q', 'red'), update('F01', 'q', 'green', undefined)];

  it('counts complete updates only, and those begun', () => {
    expect(updateProgress(ds, us, 'q', key)).toEqual({ updated: 3, started: 1, total: 4, text: '3 of 4 updated' });
  });
  it('counts for a lead officer and for a plan', () => {
    expect(leadOfficerProgress(ds, us, 'q', key, 'kd').text).toBe('2 of 3 updated');
    expect(planProgress(ds, us, 'q', key, 'plan-1').text).toBe('2 of 3 updated');
    expect(leadOfficerProgress(ds, us, 'other', key, 'kd').text).toBe('0 of 3 updated');
  });
  it('reads "12 of 14 updated"', () => {
    const many = Array.from({ length: 14 }, (_, i) => deliverable(`D${i}`));
    const done = many.slice(0, 12).map((d) => update(d.ref, 'q', 'green'));
    expect(updateProgress(many, done, 'q', key).text).toBe('12 of 14 updated');
  });
});

describe('last period and starting from its text', () => {
  const resolve = (id: string) => parsePeriodId(id);
  const q2 = quarterPeriod(2017, 2);
  const us = [
    update('C03', 'fy2017q1', 'amber', doc(para('Q1 text'))),
    update('C03', 'fy2016q4', 'green', doc(para('Q4 text'))),
    update('C03', 'fy2017q2', 'green', doc(para('Q2 text'))),
    update('C03', 'fy2017q3', 'green', doc(para('Q3 text'))),
    update('C04', 'fy2016q3', 'red', doc(para('Old'))),
    { ...update('C05', 'fy2017q1', 'red', doc(para('Deleted'))), deletedAt: '2017-08-01T00:00:00.000Z' },
    update('C05', 'not-a-period', 'red'),
  ];

  it('finds the latest update from before this period', () => {
    expect(lastPeriodUpdate(us, 'd-C03', q2, resolve)?.periodId).toBe('fy2017q1');
    expect(lastPeriodUpdate(us, 'd-C04', q2, resolve)?.periodId).toBe('fy2016q3'); // skips unreported quarters
    expect(lastPeriodUpdate(us, 'd-C05', q2, resolve)).toBeUndefined(); // deleted and unknown periods ignored
    expect(updateFor(us, 'd-C03', 'fy2017q2')?.narrative).toEqual(doc(para('Q2 text')));
  });
  it('copies last period’s narrative but not its status', () => {
    const previous = lastPeriodUpdate(us, 'd-C03', q2, resolve);
    const draft = startFromLastPeriod(previous);
    expect(draft).toEqual(doc(para('Q1 text')));
    expect(draft).not.toBe(previous?.narrative);
  });
  it('gives footnotes fresh ids', () => {
    const previous = update('C03', 'fy2017q1', 'amber', doc(para('See', footnote('Source', 'f-old'))), { ...meta('u') });
    const draft = startFromLastPeriod(previous, () => 'f-new');
    expect(JSON.stringify(draft)).toContain('f-new');
    expect(JSON.stringify(draft)).not.toContain('f-old');
    expect(JSON.stringify(previous.narrative)).toContain('f-old');
  });
  it('starts empty when there is nothing to copy', () => {
    expect(startFromLastPeriod(undefined)).toEqual(emptyDoc());
    expect(startFromLastPeriod(update('C03', 'q', 'green', blank))).toEqual(emptyDoc());
  });
});

describe('the period a period is compared with', () => {
  const customs: Pick<CustomPeriodRecord, 'id' | 'label' | 'start' | 'end'>[] = [
    { id: 'h1', label: 'April to September 2017', start: '2017-04-01', end: '2017-09-30' },
    { id: 'an17', label: 'April to November 2017', start: '2017-04-01', end: '2017-11-30' },
    { id: 'dm', label: 'December 2017 to March 2018', start: '2017-12-01', end: '2018-03-31' },
  ];
  const resolve = (id: string) => parsePeriodId(id, customs);
  const period = (id: string) => resolve(id)!;
  const ds = [
    deliverable('C03'),
    deliverable('C04'),
    { ...deliverable('C05'), deletedAt: '2017-08-01T00:00:00.000Z' },
    deliverable('X01', { themeId: 'theme-7' }),
  ];
  const theme6 = ds.filter((d) => d.themeId === 'theme-6' && d.deletedAt === null);

  it('for a quarter, is the quarter before when it has updates in scope (as before)', () => {
    const us = [update('C03', 'fy2017q1', 'green'), update('C03', 'fy2016q3', 'green')];
    expect(previousPeriodWithUpdates(theme6, us, quarterPeriod(2017, 2), resolve)?.id).toBe('fy2017q1');
    // A quarter is compared with the one just before only: Q1 2017/18 has none, so nothing.
    expect(previousPeriodWithUpdates(theme6, us, quarterPeriod(2017, 1), resolve)).toBeNull();
  });
  it('for a custom period, is the latest period with updates in scope that ended before it starts', () => {
    const us = [
      update('C03', 'fy2016q4', 'green'),
      update('C04', 'fy2016q3', 'amber'),
      update('C03', 'fy2017q1', 'green'), // overlaps April to November 2017: not before it
      update('X01', 'm2017-10', 'green'), // another theme
      update('C05', 'm2017-11', 'red'), // a deleted deliverable
      update('C04', 'custom:h1', 'green'),
      { ...update('C03', 'fy2017q3', 'green'), deletedAt: '2017-12-01T00:00:00.000Z' },
    ];
    expect(previousPeriodWithUpdates(theme6, us, period('custom:an17'), resolve)?.id).toBe('fy2016q4');
    expect(previousPeriodWithUpdates(theme6, us, period('custom:dm'), resolve)?.id).toBe('custom:h1');
    expect(previousPeriodWithUpdates(ds, us, period('custom:dm'), resolve)?.id).toBe('m2017-10');
    expect(previousPeriodWithUpdates(theme6, us.slice(2), period('custom:an17'), resolve)).toBeNull();
  });
  it('agrees with the lead officer view: a deliverable updated there shows that period as its last one', () => {
    const us = [update('C03', 'fy2016q3', 'green'), update('C03', 'fy2016q4', 'amber'), update('C04', 'fy2016q4', 'green'), update('C03', 'fy2017q1', 'green')];
    const p = period('custom:an17');
    const before = previousPeriodWithUpdates(theme6, us, p, resolve);
    expect(before?.id).toBe('fy2016q4');
    for (const d of theme6) expect(lastPeriodUpdate(us, d.id, p, resolve)?.periodId).toBe(before?.id);
    expect(lastPeriodUpdate(us, 'd-C03', customPeriod(customs[2]!), resolve)?.periodId).toBe('fy2017q1');
  });
});

describe('statusUsage', () => {
  it('counts live updates of live deliverables per status', () => {
    const ds = [deliverable('C03'), deliverable('C04'), { ...deliverable('C05'), deletedAt: '2017-08-01T00:00:00.000Z' }];
    const us = [
      update('C03', 'fy2017q1', 'blue'),
      update('C03', 'fy2017q2', 'blue'),
      update('C04', 'fy2017q2', 'amber'),
      update('C04', 'fy2017q3', null),
      update('C05', 'fy2017q2', 'blue'),
      { ...update('C04', 'fy2017q1', 'red'), deletedAt: '2017-08-01T00:00:00.000Z' },
      update('Z99', 'fy2017q1', 'red'),
    ];
    expect(Object.fromEntries(statusUsage(ds, us))).toEqual({ blue: 2, amber: 1 });
  });
});
