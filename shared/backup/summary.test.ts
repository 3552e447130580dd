import { describe, expect, it } from 'vitest';
import { createMeta } from '../records/meta';
import { sampleSnapshot } from '../sample/reference-paper';
import { countInWords, hasOwnWords, joinInWords, summariseRecords } from './summary';
import { TABLE_NAMES } from './tables';

describe('what a backup holds, in words', () => {
  it('every kind of record has words of its own, not the name of its table', () => {
    for (const t of TABLE_NAMES) expect(hasOwnWords(t), `${t} needs words in shared/backup/summary.ts`).toBe(true);
  });
  it('counts live records, one and many, papers first; no table names', () => {
    const s = sampleSnapshot();
    const removed = { ...s, papers: [...s.papers, { ...s.papers[0]!, ...createMeta('t'), deletedAt: '2026-01-01T00:00:00.000Z' }] };
    const lines = summariseRecords(removed);
    expect(lines[0]).toBe(`${s.papers.length} ${s.papers.length === 1 ? 'paper' : 'papers'}`);
    expect(lines.join(' ')).not.toMatch(/measureValues|forwardPlanItems|issuedVersions|customPeriods|caseStudies|dataTables/);
    expect(lines.some((l) => /measure figures?$/.test(l))).toBe(s.measureValues.length > 0);
  });
  it('says one and many, and joins a list as a sentence', () => {
    expect(countInWords('measureValues', 21)).toBe('21 measure figures');
    expect(countInWords('appendices', 1)).toBe('1 appendix');
    expect(countInWords('people', 1_250)).toBe('1,250 people named in plans');
    expect(joinInWords(['3 papers', '2 committees', '1 delivery plan'])).toBe('3 papers, 2 committees and 1 delivery plan');
    expect(joinInWords([])).toBe('nothing');
  });
});
