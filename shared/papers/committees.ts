// Removing a committee from the pick-list. Papers keep the committee they are addressed to (a final
// paper cannot be changed, and a circulated paper must keep printing the name it went to), so a
// committee in use is removed only after the author confirms, told which papers keep it.
import { isLive } from '../records/meta';
import type { Paper } from './model';

/** The live papers addressed to the committee, by title. */
export function papersUsingCommittee(papers: readonly Paper[], committeeId: string): Paper[] {
  return papers.filter((p) => isLive(p) && p.cover.committeeId === committeeId).sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
}

const LISTED = 5;

/** The confirmation for a committee in use, naming its papers (the first five, then how many more). */
export function committeeRemovalQuestion(name: string, papers: readonly Pick<Paper, 'title'>[]): { title: string; message: string; confirmLabel: string } {
  const titles = papers.map((p) => `“${p.title.trim() || 'Untitled paper'}”`);
  const listed = titles.length > LISTED ? `${titles.slice(0, LISTED).join(', ')} and ${titles.length - LISTED} more` : titles.join(', ');
  const count = papers.length === 1 ? 'One paper is' : `${papers.length} papers are`;
  return {
    title: `Remove “${name}”?`,
    message: `${count} addressed to it: ${listed}. ${papers.length === 1 ? 'It keeps' : 'They keep'} “${name}” on the cover sheet and in Word; it only leaves the list offered for other papers.`,
    confirmLabel: 'Remove from the list',
  };
}

/** How a cover sheet names a committee that is no longer in the list (the paper still goes to it). */
export const removedCommitteeLabel = (name: string): string => `${name} (no longer in the list)`;
