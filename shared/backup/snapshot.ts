import type { Appendix, Committee, Paper, Section } from '../papers/model';

/**
 * The whole database as plain records, table by table, soft-deleted rows included (a later merge
 * needs them). A backup file wraps this; the command-line export reads it.
 */
export interface DatabaseSnapshot {
  readonly committees: readonly Committee[];
  readonly papers: readonly Paper[];
  readonly sections: readonly Section[];
  readonly appendices: readonly Appendix[];
}

export const SNAPSHOT_TABLES = ['committees', 'papers', 'sections', 'appendices'] as const satisfies readonly (keyof DatabaseSnapshot)[];

