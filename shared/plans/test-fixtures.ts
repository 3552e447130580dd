// Test data from the reference Appendix A (Theme 6, Q2 update): 13 deliverables, 11 Green and 2 Amber.
import { createMeta } from '../records/meta';
import type { RecordMeta } from '../records/meta';
import { doc, para } from '../richtext/build';
import type { RichDoc } from '../richtext/model';
import type { Deliverable, DeliverableUpdate } from './model';

const AT = '2017-10-01T09:00:00.000Z';
export const meta = (id: string, at = AT): RecordMeta => createMeta('Test', at, id);

export const THEME6_REFS = ['C03', 'C04', 'C05', 'F01', 'F02', 'F03', 'C01', 'P01', 'C02', 'F04', 'F05', 'P02', 'P03'] as const;
export const THEME6_AMBER = new Set(['F03', 'F05']);

export function deliverable(ref: string, extra: Partial<Deliverable> = {}): Deliverable {
  return {
    ...meta(`d-${ref}`),
    planId: 'plan-1',
    themeId: 'theme-6',
    position: 0,
    ref,
    organisation: 'Force',
    leadPersonId: null,
    activity: `Activity ${ref}`,
    marker: '',
    dueDate: null,
    ...extra,
  };
}

export function update(
  ref: string,
  periodId: string,
  statusId: string | null,
  narrative: RichDoc = doc(para(`Update on ${ref}.`)),
  extra: Partial<DeliverableUpdate> = {},
): DeliverableUpdate {
  return {
    ...meta(`u-${ref}-${periodId}`),
    deliverableId: `d-${ref}`,
    periodId,
    statusId,
    narrative,
    narrativeDate: null,
    authorPersonId: null,
    ...extra,
  };
}

export const theme6Deliverables = (): Deliverable[] => THEME6_REFS.map((ref, i) => deliverable(ref, { position: i }));
export const theme6Updates = (periodId = 'fy2016q2'): DeliverableUpdate[] =>
  THEME6_REFS.map((ref) => update(ref, periodId, THEME6_AMBER.has(ref) ? 'amber' : 'green'));
