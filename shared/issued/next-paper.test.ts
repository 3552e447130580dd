import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../backup/snapshot';
import { bundleWithBodies } from '../docx/fixtures';
import type { PaperBlock } from '../blocks/model';
import { createMeta } from '../records/meta';
import { doc, para } from '../richtext/build';
import { findDatesInText } from '../text/dates-in-text';
import { monthsBetween, nextMeetingDate, nextPaper } from './next-paper';

describe('the next paper from this one', () => {
  const bundle = bundleWithBodies([doc(para('Figures are as at 30 September 2017; the plan dates from April 2014.')), doc(para('Nothing dated.'))]);
  const committee = { ...bundle.committee!, meetingDates: ['2017-12-08', '2018-03-09', '2018-06-15'] };
  const paper = { ...bundle.paper, cover: { ...bundle.paper.cover, meetingDate: '2017-12-08' } };
  const block: PaperBlock = {
    ...createMeta('t'),
    paperId: paper.id,
    source: { kind: 'measuresSummary', planId: 'p', periodId: 'm2017-09', previousPeriodId: 'm2017-07', sentence: 'Our own words.' },
    frozen: null,
  };
  const withBlock = {
    ...bundle,
    paper,
    committee,
    sections: [{ ...bundle.sections[0]!, rewriteEachTime: true }, ...bundle.sections.slice(1)],
    blocks: { [block.id]: { title: 'RAGB summary', landscape: false, parts: [] } },
  };

  it('moves the meeting to the committee’s next date and the block to the next period, compared with what was reported', () => {
    const next = nextPaper({ bundle: withBlock, blocks: [block], committee, data: emptySnapshot(), by: 'Kevin', at: '2017-12-20T10:00:00.000Z' });
    expect(next.paper).toMatchObject({ status: 'draft', title: paper.title, cover: { meetingDate: '2018-03-09', agendaItem: '' } });
    expect(next.blocks[0]!.source).toEqual({ kind: 'measuresSummary', planId: 'p', periodId: 'm2017-12', previousPeriodId: 'm2017-09', sentence: null });
    expect(next.blocks[0]!.id).not.toBe(block.id);
    const texts = next.checklist.map((c) => c.text);
    expect(texts.some((t) => /RAGB summary: your own summary sentence .*; its new period has no data yet/.test(t))).toBe(true);
    expect(texts.some((t) => /Section 1 .* “rewrite each time”/.test(t))).toBe(true);
    // "as at 30 September 2017" is stale for a March 2018 meeting; April 2014 is history, not a figure to refresh.
    expect(texts.find((t) => t.startsWith('Section 1') && t.includes('mentions'))).toMatch(/mentions 30 September 2017: still right/);
  });

  it('without a later meeting date, asks for one', () => {
    const next = nextPaper({
      bundle: { ...withBlock, committee: { ...committee, meetingDates: [] } },
      blocks: [],
      committee: { ...committee, meetingDates: [] },
      data: emptySnapshot(),
      by: 'Kevin',
      at: '2017-12-20T10:00:00.000Z',
    });
    expect(next.paper.cover.meetingDate).toBe('');
    expect(next.checklist[0]!.text).toMatch(/Set the meeting date/);
  });

  it('meeting-date arithmetic', () => {
    expect(nextMeetingDate(committee, '2017-12-08')).toBe('2018-03-09');
    expect(nextMeetingDate(committee, '2018-06-15')).toBe('');
    expect(monthsBetween('2017-12-08', '2018-03-09')).toBe(3);
    expect(monthsBetween('', '2018-03-09')).toBe(3);
  });

  it('finds dates as authors write them', () => {
    expect(findDatesInText('as at 8th Dec 2017, then 08/02/2018 and September 2017; not 31 June 2017').map((d) => d.iso)).toEqual([
      '2017-12-08',
      '2018-02-08',
      '2017-09-30',
    ]);
  });
});
