import { describe, expect, it } from 'vitest';
import { chasingList, packRound } from './round';
import type { UpdatePackRecord } from './record';

const rec = (id: string, personId: string | null, name: string, extra: Partial<UpdatePackRecord> = {}): UpdatePackRecord => ({
  id,
  createdAt: '2018-01-01T00:00:00.000Z',
  updatedAt: '2018-01-01T00:00:00.000Z',
  updatedBy: 'Author',
  deletedAt: null,
  planId: 'plan',
  periodId: 'fy2017q3',
  personId,
  officerName: name,
  officerEmail: `${name.toLowerCase().replace(' ', '.')}@example.org`,
  format: 'xlsx',
  deliverableIds: [],
  sentAt: '2018-01-01T00:00:00.000Z',
  returnedAt: null,
  returnFile: '',
  ...extra,
});

describe('packRound', () => {
  it('counts each officer once, returned when any of their packs came back, and lists who to chase', () => {
    const round = packRound(
      [
        rec('1', 'p1', 'Kim Dunn'),
        rec('2', 'p1', 'Kim Dunn', { sentAt: '2018-01-03T00:00:00.000Z', returnedAt: '2018-01-10T00:00:00.000Z', returnFile: 'kd.xlsx' }),
        rec('3', 'p2', 'Lee Fox'),
        rec('4', 'p3', 'Ann Bee', { officerEmail: '' }),
        rec('5', 'p4', 'Other period', { periodId: 'fy2017q2' }),
        rec('6', 'p5', 'Deleted', { deletedAt: '2018-01-02T00:00:00.000Z' }),
      ],
      'plan',
      'fy2017q3',
    );
    expect(round.text).toBe('1 of 3 returned');
    expect(round.officers.map((o) => [o.name, o.packs, o.returnedAt !== null])).toEqual([
      ['Ann Bee', 1, false],
      ['Kim Dunn', 2, true],
      ['Lee Fox', 1, false],
    ]);
    expect(chasingList(round.missing)).toBe('Ann Bee; Lee Fox <lee.fox@example.org>');
  });

  it('says so when nothing has been sent', () => {
    expect(packRound([], 'plan', 'fy2017q3').text).toBe('No packs sent yet');
  });
});
