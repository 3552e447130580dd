// "Start the next paper from this one": next quarter's paper from the one that went out. Structure,
// text, contacts and blocks are copied (new ids); period-bound blocks move to the next reporting
// period (each kind's rule in its registry entry); the meeting date moves to the committee's next
// meeting; and a checklist says what the author must refresh: blocks whose new period has no data
// yet, dates in the text older than the meeting, sections marked "rewrite each time", and whatever a
// block's own rule asks.
import type { DatabaseSnapshot } from '../backup/snapshot';
import type { BlockKindDef } from '../blocks/kinds';
import { BLOCK_KINDS } from '../blocks/kinds';
import type { BlockKind, PaperBlock } from '../blocks/model';
import type { Appendix, ChecklistItem, Committee, Paper, PaperBundle, Section } from '../papers/model';
import { appendixLetter, sectionNumber } from '../papers/numbering';
import { duplicatePaper } from '../papers/factory';
import { isLive, newId } from '../records/meta';
import { daysBetween, findDatesInText } from '../text/dates-in-text';
import { formatMeetingDate } from '../text/dates';
import { textUnits } from './text-units';

export interface NextPaperInput {
  /** What went out (an issued version's bundle), or the draft's. */
  readonly bundle: PaperBundle;
  /** The paper's block records: their sources (the bundle holds only what they printed). */
  readonly blocks: readonly PaperBlock[];
  /** The committee as it is now, with its meeting dates. */
  readonly committee: Committee | null;
  /** The records blocks read, to tell which new periods have data yet. */
  readonly data: DatabaseSnapshot;
  readonly by: string;
  readonly at: string;
}

export interface NextPaper {
  readonly paper: Paper;
  readonly sections: Section[];
  readonly appendices: Appendix[];
  readonly blocks: PaperBlock[];
  readonly checklist: ChecklistItem[];
}

/** Dates in the text this long before the meeting are history ("the 2014 plan"), not figures to refresh. */
const STALE_WINDOW_DAYS = 730;

/** The committee's first meeting after `after` (ISO), or '' when none is known. */
export function nextMeetingDate(committee: Committee | null, after: string): string {
  const dates = [...(committee?.meetingDates ?? [])].sort();
  return dates.find((d) => d > after) ?? '';
}

/** Whole months from one ISO date to another (3 for 8 Dec 2017 → 8 Mar 2018); 3 when either is unknown. */
export function monthsBetween(from: string, to: string): number {
  const a = /^(\d{4})-(\d{2})-(\d{2})$/.exec(from);
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(to);
  if (!a || !b) return 3;
  const months = (Number(b[1]) - Number(a[1])) * 12 + (Number(b[2]) - Number(a[2])) + (Number(b[3]) - Number(a[3])) / 30;
  return Math.max(1, Math.round(months));
}

export function nextPaper(input: NextPaperInput): NextPaper {
  const { bundle, committee, data } = input;
  const oldMeeting = bundle.paper.cover.meetingDate;
  const meetingDate = nextMeetingDate(committee, oldMeeting || input.at.slice(0, 10));
  const ctx = { months: monthsBetween(oldMeeting, meetingDate), customPeriods: data.customPeriods.filter(isLive) };
  const checklist: ChecklistItem[] = [];
  const check = (text: string, targetId = '') => checklist.push({ id: newId(), text, targetId, done: false });

  // Only the blocks the paper printed, each moved on by its kind's rule.
  const used = new Set(Object.keys(bundle.blocks));
  const moved: PaperBlock[] = [];
  const checks = new Map<string, string>();
  for (const b of input.blocks) {
    if (!used.has(b.id)) continue;
    const def = BLOCK_KINDS[b.source.kind] as BlockKindDef<BlockKind>;
    const rolled = def.rollForward ? def.rollForward(b.source, ctx) : { source: b.source, check: null };
    moved.push({ ...b, source: rolled.source });
    const title = bundle.blocks[b.id]?.title ?? def.label;
    const notes = [
      rolled.check,
      def.hasData && !def.hasData(rolled.source, data) ? 'its new period has no data yet: it will fill in as updates arrive' : null,
    ].filter(Boolean);
    if (notes.length) checks.set(b.id, `${title}: ${notes.join('; ')}.`);
  }
  // duplicatePaper gives new ids throughout and points the bodies at the copied blocks.
  const copy = duplicatePaper(bundle, input.by, input.at, moved);
  const paper: Paper = { ...copy.paper, title: bundle.paper.title, status: 'draft', cover: { ...copy.paper.cover, meetingDate } };

  if (meetingDate) check(`The meeting date is now ${formatMeetingDate(meetingDate)}, the committee’s next meeting: check it.`);
  else check('Set the meeting date: the committee has no later meeting date on record (add its dates under Committees).');
  check('Set the agenda item number.');
  const newIdOfBlock = new Map(input.blocks.filter((b) => used.has(b.id)).map((b, i) => [b.id, copy.blocks[i]?.id ?? '']));
  for (const [oldId, text] of checks) check(text, newIdOfBlock.get(oldId) ?? '');

  const cutOff = meetingDate || input.at.slice(0, 10);
  const staleDates = (units: { text: string }[]) => [
    ...new Set(
      units
        .flatMap((u) => findDatesInText(u.text))
        .filter((d) => d.iso < cutOff && daysBetween(d.iso, cutOff) <= STALE_WINDOW_DAYS)
        .map((d) => d.text),
    ),
  ];
  const titleDates = staleDates([{ text: paper.title }]);
  if (titleDates.length) check(`The title mentions ${titleDates.join(', ')}: change it for this meeting.`);
  copy.sections.forEach((s, i) => {
    const name = `Section ${sectionNumber(i)} (${s.title})`;
    if (s.rewriteEachTime) check(`${name} is marked “rewrite each time”: rewrite it for this meeting.`, s.id);
    const dates = staleDates(textUnits(s.body, sectionNumber(i)));
    if (dates.length)
      check(
        `${name} mentions ${dates.slice(0, 6).join(', ')}${dates.length > 6 ? ` and ${dates.length - 6} more dates` : ''}: still right for this meeting?`,
        s.id,
      );
  });
  copy.appendices.forEach((a, i) => {
    const dates = staleDates(textUnits(a.body, null));
    if (dates.length) check(`Appendix ${appendixLetter(i)} (${a.title}) mentions ${dates.slice(0, 6).join(', ')}: still right for this meeting?`, a.id);
  });
  return { paper: { ...paper, refreshChecklist: checklist }, sections: copy.sections, appendices: copy.appendices, blocks: copy.blocks, checklist };
}
