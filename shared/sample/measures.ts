// Sample records of this feature, added to the first-run sample database (reference-paper.ts).
import type { DatabaseSnapshot } from '../backup/snapshot';

export function sampleMeasureTables(): Partial<Pick<DatabaseSnapshot, 'measures' | 'measureValues'>> {
  return {};
}
