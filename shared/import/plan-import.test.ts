import { describe, expect, it } from 'vitest';
import { defaultStatusKey } from '../plans/status-key';
import { applyMapping, guessMapping, mergeErrors } from './mapping';
import { PLAN_FIELDS, buildPlanImport, initialsOf } from './plan-import';

const statusKey = defaultStatusKey();
const people = [{ id: 'p-kd', name: 'Kate Davies', email: 'kate@example.org' }];

function importRows(rows: string[][], periodId: string | null = 'fy2017q2') {
  const mapping = guessMapping(rows[0]!, PLAN_FIELDS);
  const mapped = applyMapping(rows, 0, mapping, PLAN_FIELDS, { statusKey });
  const plan = buildPlanImport(mapped.rows, { people, statusKey, periodId, periodLabel: 'Q2 2017/18' });
  return { mapped, plan, errors: mergeErrors(mapped.errors, plan.errors) };
}

const HEADER = ['Theme', 'Theme title', 'Ref', 'Organisation', 'Lead officer', 'Lead officer e-mail', 'Activity', 'Marker', 'Due date', 'Status', 'Update'];

describe('buildPlanImport', () => {
  it('builds themes, deliverables, people and updates from a clean sheet', () => {
    const { plan, errors } = importRows([
      HEADER,
      ['6', 'Prevention, early intervention', 'C01', 'NOPCC', 'kate  davies', '', 'Fund refuges', '*', '31/03/2018', 'G', 'On track'],
      ['', '', 'C02', 'Force', 'Sam Lee', 'sam@example.org', 'Train officers', '', 'March 2018', 'Amber', 'Delayed by recruitment'],
      ['', '', 'C03', 'Partners', 'SAM LEE', '', 'Review', '', '', '', ''],
      ['7', 'Spending your money wisely', 'D01', 'NOPCC', '', '', 'Audit', '', '', 'NS', ''],
    ]);
    expect(errors).toEqual([]);
    expect(plan.counts).toEqual({ themes: 2, objectives: 0, deliverables: 4, newPeople: 1, updates: 3 });
    expect(plan.summary).toEqual(['2 themes', '4 deliverables', '1 new person', '3 updates for Q2 2017/18']);
    const [six, seven] = plan.draft.themes;
    expect(six).toMatchObject({ number: '6', title: 'Prevention, early intervention' });
    expect(six!.deliverables.map((d) => d.ref)).toEqual(['C01', 'C02', 'C03']);
    expect(six!.deliverables[0]).toEqual({
      rowNumber: 2,
      ref: 'C01',
      organisation: 'NOPCC',
      lead: { personId: 'p-kd', newPersonIndex: null },
      activity: 'Fund refuges',
      marker: '*',
      dueDate: '2018-03-31',
      update: { statusId: 'green', text: 'On track' },
    });
    expect(six!.deliverables[1]!.lead).toEqual({ personId: null, newPersonIndex: 0 });
    expect(six!.deliverables[2]!.lead).toEqual({ personId: null, newPersonIndex: 0 });
    expect(six!.deliverables[2]!.update).toBeNull();
    expect(plan.draft.newPeople).toEqual([{ name: 'Sam Lee', email: 'sam@example.org', shortName: 'SL' }]);
    expect(seven!.deliverables[0]!.update).toEqual({ statusId: 'notStarted', text: '' });
  });

  it('reports missing ref/activity, duplicate refs, unknown status, bad dates and markers by row', () => {
    const { errors } = importRows([
      HEADER,
      ['1', 'Theme', 'A1', '', '', '', 'x', '', 'tomorrow', 'Purple', ''],
      ['', '', '', '', '', '', 'no ref', '', '', '', ''],
      ['', '', 'A2', '', '', '', '', '', '', '', ''],
      ['', '', 'a1', '', '', '', 'dup', 'maybe', '', '', ''],
      ['', '', 'A3', '', '', 'not-an-email', 'y', '', '', '', ''],
    ]);
    expect(errors.map((e) => [e.row, e.column, e.message])).toEqual(
      [
        [2, 'Due date', expect.stringContaining('"tomorrow" is not a date')],
        [2, 'Status', expect.stringContaining('"Purple" is not a status')],
        [3, 'Ref', 'Ref is missing.'],
        [4, 'Activity', 'Activity is missing.'],
        [5, 'Ref', 'The ref "a1" is also used on row 2.'],
        [5, 'Marker (*)', '"maybe" is not a marker: use "*" or leave it blank.'],
        [6, 'Lead officer e-mail', '"not-an-email" is not an e-mail address.'],
        [6, 'Lead officer', 'There is an e-mail address but no lead officer name.'],
      ].sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
  });

  it('needs a theme above the first deliverable, and a period for updates', () => {
    const { plan } = importRows([HEADER, ['', '', 'A1', '', '', '', 'x', '', '', 'G', '']], null);
    expect(plan.errors.map((e) => e.message)).toEqual([
      'No theme: give a theme number or title on this row or a row above it.',
      'Choose the period the statuses and updates are for.',
    ]);
  });

  it('refuses refs the plan already has', () => {
    const rows = applyMapping([HEADER, ['1', 'T', 'C01', '', '', '', 'x']], 0, guessMapping(HEADER, PLAN_FIELDS), PLAN_FIELDS, { statusKey }).rows;
    expect(buildPlanImport(rows, { people, statusKey, periodId: null, existingRefs: ['c01'] }).errors).toEqual([
      { row: 2, column: 'Ref', message: 'The plan already has a deliverable "C01".' },
    ]);
  });

  it('initialsOf', () => {
    expect([initialsOf('Kate Davies'), initialsOf('ACC Prior'), initialsOf('Jean-Luc  Picard'), initialsOf('')]).toEqual(['KD', 'AP', 'JLP', '']);
  });
});

describe('theme objectives from a spreadsheet', () => {
  const header = ['Theme', 'Theme title', 'Objectives', 'Ref', 'Activity'];

  it('reads an objectives column: one a line, bullets dropped, repeated rows of a theme add only new lines', () => {
    const { plan, errors, mapped } = importRows(
      [
        header,
        ['1', 'Protect victims', '• Reduce repeat victimisation\n- Support victims to cope and recover', 'A1', 'Fund refuges'],
        ['1', '', 'Reduce repeat victimisation\n3) Improve satisfaction', 'A2', 'Train officers'],
        ['2', 'Spend wisely', '', 'B1', 'Audit'],
      ],
      null,
    );
    expect(mapped.problems).toEqual([]);
    expect(errors).toEqual([]);
    // The column headed "Objectives" beside a theme title feeds the objectives, not the title.
    expect(plan.draft.themes.map((t) => [t.title, t.objectives])).toEqual([
      ['Protect victims', ['Reduce repeat victimisation', 'Support victims to cope and recover', 'Improve satisfaction']],
      ['Spend wisely', undefined],
    ]);
    expect(plan.summary).toContain('3 objectives');
  });

  it('still reads an action plan whose only theme column is headed "Objective" as the theme title', () => {
    const { plan } = importRows(
      [
        ['Objective', 'Action'],
        ['Protect victims', 'Fund refuges'],
      ],
      null,
    );
    expect(plan.draft.themes.map((t) => [t.title, t.objectives])).toEqual([['Protect victims', undefined]]);
  });

  it('refuses an objective longer than a theme can hold, naming the row, and imports nothing from it', () => {
    const long = 'x'.repeat(2001);
    const { plan, errors } = importRows(
      [header, ['1', 'Protect victims', `Fine\n${long}`, 'A1', 'Fund refuges'], ['1', '', 'Also fine', 'A2', 'Train officers']],
      null,
    );
    expect(errors.map((e) => [e.row, e.column, e.message.slice(0, 44)])).toEqual([[2, 'Theme objectives', 'An objective can be at most 2,000 characters']]);
    expect(plan.draft.themes[0]!.objectives).toEqual(['Also fine']);
  });

  it('refuses more than 200 objectives for one theme', () => {
    const many = Array.from({ length: 201 }, (_, i) => `Objective ${i + 1}`).join('\n');
    const { errors } = importRows([header, ['1', 'Protect victims', many, 'A1', 'Fund refuges']], null);
    expect(errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'Theme objectives', 'A theme can have at most 200 objectives; this row takes it to 201.'],
    ]);
  });
});

describe('an action plan from a spreadsheet (objective, action, owner, when)', () => {
  it('reads objectives, actions with several owners and their when, with no refs at all', () => {
    const { plan, errors, mapped } = importRows(
      [
        ['Objective', 'Action', 'Owner', 'Completion date or frequency'],
        ['Protect, support and respond to victims', 'Commission victim services', 'Kate Davies', 'April 2014'],
        ['', 'Hold the Chief Constable to account', 'Kate Davies; Sam Lee', 'Monthly'],
        ['Spend your money wisely', 'Publish the financial plan', 'Sam Lee', 'Before the precept meeting'],
      ],
      null,
    );
    expect(mapped.problems).toEqual([]);
    expect(errors).toEqual([]);
    const [victims, money] = plan.draft.themes;
    expect(victims!.title).toBe('Protect, support and respond to victims');
    expect(victims!.deliverables.map((d) => [d.ref, d.activity, d.whenText])).toEqual([
      ['', 'Commission victim services', 'April 2014'],
      ['', 'Hold the Chief Constable to account', 'Monthly'],
    ]);
    expect(victims!.deliverables[1]!.owners).toEqual([
      { personId: 'p-kd', newPersonIndex: null },
      { personId: null, newPersonIndex: 0 },
    ]);
    expect(victims!.deliverables[1]!.lead).toEqual({ personId: 'p-kd', newPersonIndex: null });
    // Text that is no date or frequency is carried as written, never dropped.
    expect(money!.deliverables[0]!.whenText).toBe('Before the precept meeting');
    expect(plan.draft.newPeople).toEqual([{ name: 'Sam Lee', email: '', shortName: 'SL' }]);
  });

  it('once any row has a ref, a row without one is still an error', () => {
    const { errors } = importRows(
      [
        ['Objective', 'Ref', 'Action'],
        ['One', '1.1', 'First'],
        ['', '', 'Second'],
      ],
      null,
    );
    expect(errors.map((e) => [e.row, e.message])).toEqual([[3, 'Ref is missing.']]);
  });
});
