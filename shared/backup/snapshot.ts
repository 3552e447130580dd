import type { PaperBlock } from '../blocks/model';
import type { Ambition, CaseStudy, DataTable, ForwardPlan, ForwardPlanItem } from '../library/model';
import type { Measure, MeasureValue } from '../measures/model';
import type { Appendix, Committee, Paper, Section } from '../papers/model';
import type { CustomPeriodRecord } from '../periods/model';
import type { Deliverable, DeliverableUpdate, DeliveryPlan, Person, Theme } from '../plans/model';

/**
 * The whole database as plain records, table by table, soft-deleted rows included (a later merge
 * needs them). A backup file wraps this; the command-line export reads it.
 */
export interface DatabaseSnapshot {
  readonly committees: readonly Committee[];
  readonly papers: readonly Paper[];
  readonly sections: readonly Section[];
  readonly appendices: readonly Appendix[];
  readonly blocks: readonly PaperBlock[];
  readonly people: readonly Person[];
  readonly plans: readonly DeliveryPlan[];
  readonly themes: readonly Theme[];
  readonly deliverables: readonly Deliverable[];
  readonly updates: readonly DeliverableUpdate[];
  readonly customPeriods: readonly CustomPeriodRecord[];
  readonly measures: readonly Measure[];
  readonly measureValues: readonly MeasureValue[];
  readonly caseStudies: readonly CaseStudy[];
  readonly forwardPlans: readonly ForwardPlan[];
  readonly forwardPlanItems: readonly ForwardPlanItem[];
  readonly dataTables: readonly DataTable[];
  readonly ambitions: readonly Ambition[];
}

/** Every table of a snapshot, in the order a backup file lists them. */
export const SNAPSHOT_TABLES = [
  'committees',
  'papers',
  'sections',
  'appendices',
  'blocks',
  'people',
  'plans',
  'themes',
  'deliverables',
  'updates',
  'customPeriods',
  'measures',
  'measureValues',
  'caseStudies',
  'forwardPlans',
  'forwardPlanItems',
  'dataTables',
  'ambitions',
] as const satisfies readonly (keyof DatabaseSnapshot)[];

export type SnapshotTable = (typeof SNAPSHOT_TABLES)[number];

/** A snapshot with no records, e.g. for tests and as the base of a partial one. */
export function emptySnapshot(): DatabaseSnapshot {
  return Object.fromEntries(SNAPSHOT_TABLES.map((t) => [t, []])) as unknown as DatabaseSnapshot;
}
