// Reads what a block's resolver needs, and only that: a plan's update reads the plan tables, never
// the papers. The result is a DatabaseSnapshot with the other tables empty.
import type { DatabaseSnapshot, SnapshotTable } from '../../shared/backup/snapshot';
import { emptySnapshot } from '../../shared/backup/snapshot';
import type { BlockKind } from '../../shared/blocks/model';
import type { PanelwrightDb } from '../db/database';
import { tableOf } from '../db/database';

const PLAN: readonly SnapshotTable[] = ['plans', 'themes', 'deliverables', 'people', 'updates', 'customPeriods'];
const MEASURES: readonly SnapshotTable[] = ['plans', 'themes', 'measures', 'measureValues', 'customPeriods'];

export const BLOCK_TABLES: { readonly [K in BlockKind]: readonly SnapshotTable[] } = {
  planThemeUpdate: PLAN,
  planStatusChart: PLAN,
  measuresSummary: MEASURES,
  measuresTable: MEASURES,
  measureExceptions: MEASURES,
  measureTrendChart: MEASURES,
  caseStudy: ['caseStudies', 'committees'],
  previousCaseStudies: ['caseStudies', 'committees'],
  forwardPlan: ['forwardPlans', 'forwardPlanItems'],
  dataTable: ['dataTables'],
  ambitions: ['plans', 'ambitions'],
};

export async function loadBlockData(db: PanelwrightDb, kind: BlockKind): Promise<DatabaseSnapshot> {
  const tables = BLOCK_TABLES[kind];
  const out: Record<string, unknown> = { ...emptySnapshot() };
  await db.transaction('r', tables.map((t) => tableOf(db, t)), async () => {
    for (const t of tables) out[t] = await tableOf(db, t).toArray();
  });
  return out as unknown as DatabaseSnapshot;
}
