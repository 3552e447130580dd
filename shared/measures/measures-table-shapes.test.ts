// The measures table's status column: the status against target (as always), the period's grade,
// or the trend; and the comment column from each value's note. Never colour alone.
import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../backup/snapshot';
import type { DatabaseSnapshot } from '../backup/snapshot';
import type { BlockContent, TablePart } from '../blocks/content';
import { resolveBlock } from '../blocks/resolve';
import type { BlockSource } from '../blocks/model';
import type { Paper } from '../papers/model';
import { createMeta } from '../records/meta';
import { defaultStatusKey } from '../plans/status-key';
import { blockSourceSchema } from '../backup/schema-blocks';
import { measureValueSchema } from '../backup/schema-measures';
import type { MeasureValue } from './model';
import { measure } from './test-fixtures';
import { gradeText } from './grades';

const paper = {} as Paper;
const at = '2017-10-01T09:00:00.000Z';
const value = (id: string, measureId: string, periodId: string, v: number | null, extra: Partial<MeasureValue> = {}): MeasureValue => ({
  ...createMeta('T', at, id),
  measureId,
  periodId,
  value: v,
  note: '',
  ...extra,
});

function data(): DatabaseSnapshot {
  return {
    ...emptySnapshot(),
    plans: [
      {
        ...createMeta('T', at, 'plan-1'),
        name: 'Plan',
        coversFrom: '2017-04-01',
        coversTo: '2018-03-31',
        statusKey: defaultStatusKey(),
        measureThresholds: null,
      },
    ],
    measures: [
      measure({ id: 'm1', position: 1, name: 'Victims satisfied with the service', unit: 'percent', target: { kind: 'reachLevel', level: 85 } }),
      measure({ id: 'm2', position: 2, name: 'HMICFRS effectiveness inspection', target: null, monitorOnly: true }),
    ],
    measureValues: [
      value('v1', 'm1', 'm2017-07', 80.1),
      value('v2', 'm1', 'm2017-09', 83.4, { note: 'Survey of 400 victims.', grade: 'Good' }),
      value('v3', 'm2', 'm2017-07', null),
      value('v4', 'm2', 'm2017-09', null, { grade: 'Requires Improvement', note: 'Re-inspection due in the spring.' }),
    ],
  };
}

const source = (extra: Partial<Extract<BlockSource, { kind: 'measuresTable' }>> = {}): BlockSource => ({
  kind: 'measuresTable',
  planId: 'plan-1',
  measureIds: [],
  periodId: 'm2017-09',
  previousPeriodId: 'm2017-07',
  ...extra,
});
const tableOf = (c: BlockContent) => c.parts.find((p): p is TablePart => p.type === 'table')!;
const texts = (t: TablePart) => t.rows.map((r) => r.cells.map((c) => (c.content.kind === 'text' ? c.content.text : c.content.kind)));

describe('the measures table’s status and comment columns', () => {
  it('left as it was, it prints the status against target and its movement, exactly as before', () => {
    const plain = resolveBlock(source(), data(), paper);
    expect(resolveBlock(source({ statusColumn: 'target', commentColumn: false }), data(), paper)).toEqual(plain);
    expect(texts(tableOf(plain))[0]).toEqual(['Objective / Target', 'Target', 'Jul-17', 'Sep-17', 'Status', 'Movement']);
  });

  it('a grade column prints the period’s grade in words, "Not graded" when there is none, and no status colour', () => {
    const d = data();
    const t = tableOf(resolveBlock(source({ statusColumn: 'grade' }), { ...d, measureValues: d.measureValues.filter((v) => v.id !== 'v4') }, paper));
    expect(texts(t)).toEqual([
      ['Objective / Target', 'Target', 'Jul-17', 'Sep-17', 'Grade'],
      ['Victims satisfied with the service', 'Reach 85%', '80.1%', '83.4%', 'Good'],
      ['HMICFRS effectiveness inspection', 'No target (monitor only)', 'No data', 'No data', 'Not graded'],
    ]);
    expect(t.rows.flatMap((r) => r.cells).some((c) => c.content.kind === 'status')).toBe(false);
    expect(t.columns).toHaveLength(5);
  });

  it('a trend column prints the move from the earlier period in words; the comment column each value’s note', () => {
    const t = tableOf(resolveBlock(source({ statusColumn: 'trend', commentColumn: true }), data(), paper));
    expect(texts(t)).toEqual([
      ['Objective / Target', 'Target', 'Jul-17', 'Sep-17', 'Trend since Jul-17', 'Comment'],
      ['Victims satisfied with the service', 'Reach 85%', '80.1%', '83.4%', '▲ Up from 80.1% in Jul-17 (better)', 'Survey of 400 victims.'],
      ['HMICFRS effectiveness inspection', 'No target (monitor only)', 'No data', 'No data', 'No figure for this period', 'Re-inspection due in the spring.'],
    ]);
    expect(t.columns).toHaveLength(6);
  });

  it('a comment column beside the status against target keeps the status and movement', () => {
    const t = tableOf(resolveBlock(source({ commentColumn: true }), data(), paper));
    expect(texts(t)[0]).toEqual(['Objective / Target', 'Target', 'Jul-17', 'Sep-17', 'Status', 'Movement', 'Comment']);
    expect(texts(t)[1]![6]).toBe('Survey of 400 victims.');
  });

  it('grades and the new source fields are optional in the backup, and bounded', () => {
    const older = value('v9', 'm1', 'm2017-09', 1);
    expect(measureValueSchema.safeParse(older).success).toBe(true);
    expect(measureValueSchema.safeParse({ ...older, grade: 'Good' }).success).toBe(true);
    expect(measureValueSchema.safeParse({ ...older, grade: 'x'.repeat(101) }).success).toBe(false);
    expect(blockSourceSchema.safeParse(source({ statusColumn: 'grade', commentColumn: true })).success).toBe(true);
    expect(blockSourceSchema.safeParse({ ...source(), statusColumn: 'colour' }).success).toBe(false);
    expect(gradeText('  requires   improvement ')).toBe('requires improvement');
    expect(gradeText(undefined)).toBe('Not graded');
  });
});
