import { describe, expect, it } from 'vitest';
import { sourcePeriodIds } from './model';

describe('sourcePeriodIds', () => {
  it('names every period a source reads, and none for sources without periods', () => {
    expect(sourcePeriodIds({ kind: 'planThemeUpdate', planId: 'p', themeId: null, periodId: 'custom:a' })).toEqual(['custom:a']);
    expect(sourcePeriodIds({ kind: 'measuresTable', planId: 'p', measureIds: [], periodId: 'fy2017q2', previousPeriodId: 'fy2017q1' })).toEqual([
      'fy2017q2',
      'fy2017q1',
    ]);
    expect(sourcePeriodIds({ kind: 'planStatusChart', planId: 'p', themeId: null, periodIds: ['fy2017q1', 'custom:b'] })).toEqual(['fy2017q1', 'custom:b']);
    expect(sourcePeriodIds({ kind: 'caseStudy', caseStudyId: 'c' })).toEqual([]);
  });
});
