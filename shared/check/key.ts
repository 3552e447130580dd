// A finding's key: rule + where (section, appendix, paragraph) + the words it is about. Stable while
// the author edits elsewhere, so an accepted finding stays accepted (Paper.acceptedFindings).
import type { Location } from './model';

export const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 48);

export function findingKey(ruleId: string, location: Location, message: string): string {
  const where = location.targetId ?? location.targetKind ?? (location.paragraph !== undefined ? `p${location.paragraph}` : 'doc');
  return `${ruleId}|${where}|${norm(location.excerpt) || norm(message)}`;
}
