// Sample records of this feature, added to the first-run sample database (reference-paper.ts).
import type { DatabaseSnapshot } from '../backup/snapshot';

export function sampleLibraryTables(): Partial<Pick<DatabaseSnapshot, 'caseStudies' | 'forwardPlans' | 'forwardPlanItems' | 'dataTables' | 'ambitions'>> {
  return {};
}
