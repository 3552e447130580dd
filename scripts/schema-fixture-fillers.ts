// One record for each table the sample leaves empty, so a schema fixture holds rows in every table.
import type { DatabaseSnapshot, SnapshotTable } from '../shared/backup/snapshot';

const meta = (id: string) => ({ id, createdAt: '2017-11-20T09:00:00.000Z', updatedAt: '2017-11-20T09:00:00.000Z', updatedBy: 'Kevin', deletedAt: null });

export const fixtureFillers: Partial<Record<SnapshotTable, (sample: DatabaseSnapshot) => readonly unknown[]>> = {
  blocks: (s) => [{ ...meta('block-1'), paperId: s.papers[0]!.id, source: { kind: 'previousCaseStudies' }, frozen: null }],
  customPeriods: () => [{ ...meta('cp-1'), label: 'April to November 2016', start: '2016-04-01', end: '2016-11-30' }],
};
