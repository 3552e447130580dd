// One record for each table the sample leaves empty, so a schema fixture holds rows in every table.
import type { DatabaseSnapshot, SnapshotTable } from '../shared/backup/snapshot';
import { versionFromFinal } from '../shared/issued/from-final';
import { templateFromPaper } from '../shared/issued/templates';
import { bundlePaper } from '../shared/papers/bundle';

const meta = (id: string) => ({ id, createdAt: '2017-11-20T09:00:00.000Z', updatedAt: '2017-11-20T09:00:00.000Z', updatedBy: 'Kevin', deletedAt: null });

export const fixtureFillers: Partial<Record<SnapshotTable, (sample: DatabaseSnapshot) => readonly unknown[]>> = {
  blocks: (s) => [{ ...meta('block-1'), paperId: s.papers[0]!.id, source: { kind: 'previousCaseStudies' }, frozen: null }],
  customPeriods: () => [{ ...meta('cp-1'), label: 'April to November 2016', start: '2016-04-01', end: '2016-11-30' }],
  issuedVersions: (s) => [{ ...versionFromFinal(s.papers[0]!, s), note: 'Issued to Police and Crime Panel, 8 Dec' }],
  houseStyles: (s) => [
    { ...meta('house-style-0-org'), committeeId: null, style: { dateStyle: 'plain' } },
    {
      ...meta('house-style-1'),
      committeeId: s.committees[0]!.id,
      style: {
        headingCase: 'asTyped',
        moneyStyle: 'short',
        statusCell: 'word',
        themeUpdateColumns: ['ref', 'leadOfficer', 'organisation', 'activity', 'status', 'update'],
      },
    },
  ],
  clearances: (s) => [
    {
      ...meta('clearance-1'),
      paperId: s.papers[0]!.id,
      sectionId: s.sections[5]!.id,
      role: 'hr',
      personId: null,
      personName: 'Head of HR',
      askedAt: '2017-11-21T09:00:00.000Z',
      signOff: { by: 'Head of HR', role: 'Head of HR', at: '2017-11-22T09:00:00.000Z', how: 'email', textHash: 'a'.repeat(64), recordedBy: 'Kevin', note: '' },
      history: [],
    },
  ],
  reviewRequests: (s) => [
    {
      ...meta('review-request-1'),
      paperId: s.papers[0]!.id,
      sentAt: '2017-11-21T09:00:00.000Z',
      dueDate: '2017-11-24',
      draftHash: 'b'.repeat(64),
      lineNumbers: true,
      reviewers: [{ personId: null, name: 'Head of HR', role: 'hr', sectionIds: [s.sections[5]!.id], ask: '' }],
      note: '',
    },
  ],
  reviewItems: (s) => [
    {
      ...meta('review-item-1'),
      paperId: s.papers[0]!.id,
      returnId: 'return-1',
      fileName: 'returned.docx',
      requestId: 'review-request-1',
      position: 1,
      kind: 'comment',
      author: 'Head of HR',
      date: '2017-11-22T09:00:00Z',
      text: 'Agreed.',
      quote: 'None',
      paragraphText: 'None - this is an information report.',
      offset: 0,
      paragraphIndex: 0,
      parentId: null,
      status: 'open',
      replies: [],
    },
  ],
  updatePacks: (s) => [
    {
      ...meta('pack-1'),
      planId: s.plans[0]!.id,
      periodId: 'fy2017q3',
      personId: s.people[0]!.id,
      officerName: s.people[0]!.name,
      officerEmail: s.people[0]!.email,
      format: 'xlsx',
      deliverableIds: [s.deliverables[0]!.id],
      sentAt: '2017-11-20T09:00:00.000Z',
      returnedAt: null,
      returnFile: '',
    },
  ],
  templates: (s) => [
    {
      ...templateFromPaper(
        bundlePaper(s, s.papers[0]!.id)!,
        'Commissioner’s update report',
        s.papers[0]!.cover.committeeId,
        'Kevin',
        '2017-11-20T09:00:00.000Z',
      ),
      id: 'template-1',
    },
  ],
};
