import { describe, expect, it } from 'vitest';
import { createPaper } from './factory';
import { committeeRemovalQuestion, papersUsingCommittee, removedCommitteeLabel } from './committees';

const paper = (title: string, committeeId: string | null, deleted = false) => {
  const p = createPaper('x', { title, cover: { committeeId } }).paper;
  return deleted ? { ...p, deletedAt: p.updatedAt } : p;
};

describe('removing a committee', () => {
  it('finds the live papers addressed to it, by title', () => {
    const papers = [paper('Zeta report', 'c1'), paper('Alpha report', 'c1'), paper('Other', 'c2'), paper('Deleted', 'c1', true), paper('None', null)];
    expect(papersUsingCommittee(papers, 'c1').map((p) => p.title)).toEqual(['Alpha report', 'Zeta report']);
  });
  it('asks, naming the papers, and says they keep the committee', () => {
    const q = committeeRemovalQuestion('Police and Crime Panel', [{ title: 'Q2 update' }]);
    expect(q.title).toBe('Remove “Police and Crime Panel”?');
    expect(q.message).toBe(
      'One paper is addressed to it: “Q2 update”. It keeps “Police and Crime Panel” on the cover sheet and in Word; it only leaves the list offered for other papers.',
    );
  });
  it('lists five papers and counts the rest', () => {
    const q = committeeRemovalQuestion(
      'Panel',
      Array.from({ length: 7 }, (_, i) => ({ title: `P${i + 1}` })),
    );
    expect(q.message).toContain('7 papers are addressed to it: “P1”, “P2”, “P3”, “P4”, “P5” and 2 more. They keep');
  });
  it('labels a removed committee on a cover sheet', () => {
    expect(removedCommitteeLabel('Audit Committee')).toBe('Audit Committee (no longer in the list)');
  });
});
