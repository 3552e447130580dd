// Sample records of this feature, added to the first-run sample database (reference-paper.ts).
import type { DatabaseSnapshot } from '../backup/snapshot';

export function samplePlanTables(): Partial<Pick<DatabaseSnapshot, 'people' | 'plans' | 'themes' | 'deliverables' | 'updates' | 'customPeriods'>> {
  return {};
}
