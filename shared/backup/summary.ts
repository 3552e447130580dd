// What a backup holds, in words a user reads before restoring it: "3 papers, 12 measure figures …",
// never the table names of the file ("measureValues"). Restore's confirmation and its success
// message both use these, so they always agree.
import type { DatabaseSnapshot } from './snapshot';
import { isLive } from '../records/meta';
import type { SnapshotTable } from './tables';
import { TABLE_NAMES } from './tables';
import { must } from '../records/must';

/** One and many of each kind of record. A table added later without words here is described from its name. */
const WORDS: Partial<Record<SnapshotTable, readonly [string, string]>> = {
  papers: ['paper', 'papers'],
  sections: ['section of papers', 'sections of papers'],
  appendices: ['appendix', 'appendices'],
  blocks: ['data block in papers', 'data blocks in papers'],
  issuedVersions: ['issued version', 'issued versions'],
  templates: ['paper template', 'paper templates'],
  houseStyles: ['house style', 'house styles'],
  clearances: ['required clearance', 'required clearances'],
  reviewRequests: ['review request', 'review requests'],
  reviewItems: ['review comment or change', 'review comments and changes'],
  updatePacks: ['update pack sent to a lead officer', 'update packs sent to lead officers'],
  committees: ['committee', 'committees'],
  plans: ['delivery plan', 'delivery plans'],
  themes: ['theme', 'themes'],
  deliverables: ['deliverable', 'deliverables'],
  updates: ['lead officer update', 'lead officer updates'],
  people: ['person named in plans', 'people named in plans'],
  customPeriods: ['reporting period of your own', 'reporting periods of your own'],
  measures: ['performance measure', 'performance measures'],
  measureValues: ['measure figure', 'measure figures'],
  ambitions: ['ambition', 'ambitions'],
  caseStudies: ['case study', 'case studies'],
  forwardPlans: ['forward plan', 'forward plans'],
  forwardPlanItems: ['forward plan item', 'forward plan items'],
  dataTables: ['library table', 'library tables'],
};

/** "updatePacks" → "update packs": the fallback for a table without words of its own. */
const fromName = (table: string): string => table.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

export function hasOwnWords(table: SnapshotTable): boolean {
  return WORDS[table] !== undefined;
}

/** "1 paper", "21 measure figures". */
export function countInWords(table: SnapshotTable, n: number): string {
  const words = WORDS[table];
  const noun = words ? (n === 1 ? words[0] : words[1]) : fromName(table);
  return `${n.toLocaleString('en-GB')} ${noun}`;
}

/** Live records per kind, in the order a user thinks of them (papers first), kinds with none left out. */
export function summariseRecords(data: DatabaseSnapshot): string[] {
  const order = [...(Object.keys(WORDS) as SnapshotTable[]), ...TABLE_NAMES.filter((t) => !WORDS[t])];
  return order.flatMap((t) => {
    const n = data[t].filter(isLive).length;
    return n > 0 ? [countInWords(t, n)] : [];
  });
}

/** "3 papers, 2 committees and 12 measure figures"; "nothing" when empty. */
export function joinInWords(parts: readonly string[]): string {
  if (parts.length === 0) return 'nothing';
  return parts.length === 1 ? must(parts[0], 'parts[0]') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
