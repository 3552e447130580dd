// Fixed ids and timestamps, so the sample (and assets/sample-backup.json) is the same on every run
// and on every machine. Ids are well-formed v4 UUIDs with a recognisable prefix.
import type { RecordMeta } from '../records/meta';
import type { InlineNode } from '../richtext/model';
import { footnote } from '../richtext/build';

export const SAMPLE_BY = 'Panelwright sample';
export const SAMPLE_CREATED_AT = '2017-11-20T09:00:00.000Z';
export const SAMPLE_UPDATED_AT = '2017-11-24T16:30:00.000Z';

const GROUPS = { committee: 1, paper: 2, section: 3, appendix: 4, footnote: 5, contact: 6 } as const;

/** e.g. sampleId('section', 4) → "5a3e1e00-2017-4000-8003-000000000004". */
export function sampleId(group: keyof typeof GROUPS, n: number): string {
  return `5a3e1e00-2017-4000-800${GROUPS[group]}-${n.toString(16).padStart(12, '0')}`;
}

export function sampleMeta(group: keyof typeof GROUPS, n: number): RecordMeta {
  return { id: sampleId(group, n), createdAt: SAMPLE_CREATED_AT, updatedAt: SAMPLE_UPDATED_AT, updatedBy: SAMPLE_BY, deletedAt: null };
}

/** A footnote whose id follows its letter in the reference paper (a → 1, b → 2 …). */
export function fn(letter: string, text: string): InlineNode {
  return footnote(text, sampleId('footnote', letter.charCodeAt(0) - 96));
}
