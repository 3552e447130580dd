// Guarded fields: values whose concurrent change must be seen by a person, never settled by the
// sync engine. Two laptops that change one of these while apart keep both values; the app shows
// "changed by A and by B while apart" and asks who wins. Every other field takes the later edit.
import type { SnapshotTable } from '../backup/tables';

/** Per table, the guarded fields; '*' guards every field (issued versions never change). */
export const GUARDED_FIELDS: Readonly<Partial<Record<SnapshotTable, readonly string[] | '*'>>> = {
  // Statuses.
  papers: ['status', 'cover'],
  updates: ['statusId'],
  reviewItems: ['status'],
  // Sign-off and clearance.
  clearances: ['signOff', 'history', 'askedAt'],
  // Figures reported to a panel (money and performance figures).
  measureValues: ['value'],
  measures: ['target', 'baseline'],
  // Section and appendix bodies and update narratives are not here: they merge character by character (rich-text.ts).
  // Issued records are immutable: any concurrent difference is shown.
  issuedVersions: '*',
};

export function isGuarded(table: SnapshotTable, field: string): boolean {
  const g = GUARDED_FIELDS[table];
  return g === '*' || (g?.includes(field) ?? false);
}
