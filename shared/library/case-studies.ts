// The "previous case studies" list of a paper: every case study presented to the paper's committee
// before its meeting, numbered in order of presentation, and the one prepared for this meeting
// (presented to the same committee on the meeting date), numbered next.
import { isLive } from '../records/meta';
import type { CaseStudy } from './model';

export interface PresentedCaseStudy {
  readonly number: number;
  readonly caseStudy: CaseStudy;
  /** ISO date of its (first) presentation to the committee. */
  readonly meetingDate: string;
}

export interface CaseStudyHistory {
  readonly previous: readonly PresentedCaseStudy[];
  /** The case study for this meeting, or null when none is recorded for it. */
  readonly current: PresentedCaseStudy | null;
}

/** A case study's first presentation to the committee (its first dated one), or null. */
export function firstPresentation(cs: CaseStudy, committeeId: string): string | null {
  const dates = cs.presentations
    .filter((p) => p.committeeId === committeeId && p.meetingDate !== '')
    .map((p) => p.meetingDate)
    .sort();
  return dates[0] ?? null;
}

/**
 * Case studies presented to `committeeId` before `meetingDate` (ISO; blank: all presented so far),
 * in order of presentation (ties by title), numbered from 1; and the one presented on that date.
 * A case study presented more than once counts at its first presentation.
 */
export function caseStudyHistory(caseStudies: readonly CaseStudy[], committeeId: string | null, meetingDate: string): CaseStudyHistory {
  if (!committeeId) return { previous: [], current: null };
  const presented = caseStudies
    .filter(isLive)
    .map((caseStudy) => ({ caseStudy, meetingDate: firstPresentation(caseStudy, committeeId) }))
    .filter((x): x is { caseStudy: CaseStudy; meetingDate: string } => x.meetingDate !== null)
    .sort((a, b) =>
      a.meetingDate < b.meetingDate
        ? -1
        : a.meetingDate > b.meetingDate
          ? 1
          : a.caseStudy.title.localeCompare(b.caseStudy.title, 'en-GB') || (a.caseStudy.id < b.caseStudy.id ? -1 : 1),
    );
  const before = meetingDate === '' ? presented : presented.filter((x) => x.meetingDate < meetingDate);
  const previous = before.map((x, i) => ({ number: i + 1, ...x }));
  const now = meetingDate === '' ? undefined : presented.find((x) => x.meetingDate === meetingDate);
  return { previous, current: now ? { number: previous.length + 1, ...now } : null };
}
