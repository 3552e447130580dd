// A Non Public paper must say why it is exempt from publication: the cover sheet shows the problem
// as it is typed, and the export (app and command line) refuses the paper until it is fixed.
import type { CoverSheet } from './model';

export const EXEMPTION_EXAMPLE = '"Exempt under Schedule 12A, paragraph 3"';

/** Shown under the cover sheet's field while it is empty. */
export const EXEMPTION_NEEDED = `A Non Public paper must say why it is exempt (e.g. ${EXEMPTION_EXAMPLE}).`;

/** Why the export refuses the paper (follows "Not exported: …" / "The paper could not be exported: …"). */
export const EXEMPTION_MISSING_FOR_EXPORT = `it is Non Public but gives no reason for exemption: fill in "Reason for exemption" on the cover sheet (e.g. ${EXEMPTION_EXAMPLE})`;

export function lacksExemptionReason(cover: Pick<CoverSheet, 'publicity' | 'exemptionReason'>): boolean {
  return cover.publicity === 'non-public' && cover.exemptionReason.trim() === '';
}
