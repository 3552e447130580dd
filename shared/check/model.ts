// The Check: rules as data. Each rule says what it is about, why it matters and how to fix it, and
// checks a paper (the model), a Word file (its OOXML), or the text both of them yield. The panel,
// the command line and Issue run the same list (rules.ts), so they always agree.
import type { Clearance } from '../clearance/model';
import type { CheckConfig } from './config';
import type { OoxmlDoc } from './ooxml-doc';
import type { PaperBundle } from '../papers/model';
import type { TextUnit } from './text-units';

export type Severity = 'error' | 'warning' | 'tip';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'tip'];
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', tip: 'Tip' };

/** Where a finding is: enough for the app to jump there and for a person to find it in Word. */
export interface Location {
  /** A section, appendix or data block id in the paper; absent for a Word file or the paper as a whole. */
  readonly targetId?: string;
  readonly targetKind?: 'section' | 'appendix' | 'cover' | 'title' | 'contacts';
  /** The top-level block of the section's or appendix's body (0-based). */
  readonly blockIndex?: number;
  /** Characters into that block's text where the problem starts. */
  readonly offset?: number;
  /** In a Word file: the body paragraph (1-based, in reading order, table cells included). */
  readonly paragraph?: number;
  /** Said to the user: "section 4 (Summary of Key Points), paragraph 4.3", "paragraph 57". */
  readonly label: string;
  /** The words the finding is about, short. */
  readonly excerpt?: string;
  /** Go to the section's or appendix's heading (its title field) rather than its text. */
  readonly heading?: boolean;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** What is wrong, specifically: "Sentence of 41 words". */
  readonly message: string;
  readonly why: string;
  readonly fix: string;
  readonly location: Location;
  /** Stable while the author edits elsewhere: what an accepted finding is matched by. */
  readonly key: string;
}

/** What a rule reports before the list adds its id, severity, why and fix. */
export interface RawFinding {
  readonly message: string;
  readonly location: Location;
  /** A fix for this finding in particular ("ask Jane Smith …"), in place of the rule's own. */
  readonly fix?: string;
}

/** What every check receives besides its subject. */
export interface RuleContext {
  /** The rule's threshold for this committee (its default when the committee sets none). */
  readonly threshold: number;
  /** The meeting date (ISO) when known, for "older than the meeting"; '' when not. */
  readonly meetingDate: string;
  /** Whether the paper is public; 'unknown' for a Word file that does not say. */
  readonly publicity: 'public' | 'non-public' | 'unknown';
  /** The paper's required clearances and its sections' text hashes; absent when not known (a Word file). */
  readonly clearance?: ClearanceFacts;
}

/** What the clearance rule reads: shared/clearance's records and the hash of each live section's text. */
export interface ClearanceFacts {
  readonly records: readonly Clearance[];
  readonly hashes: Readonly<Record<string, string>>;
}

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** A short name for settings and the command line's --json. */
  readonly title: string;
  readonly why: string;
  readonly fix: string;
  /** A number the committee may change (a limit in words, days, pages …). */
  readonly threshold?: { readonly default: number; readonly label: string };
  /** The paper model: what only the model knows, and where the app can point. */
  readonly checkPaper?: (bundle: PaperBundle, ctx: RuleContext) => RawFinding[];
  /** The text of a paper or a Word file, walked the same way from either. */
  readonly checkText?: (units: readonly TextUnit[], ctx: RuleContext) => RawFinding[];
  /** A Word file's OOXML (an exported paper, or any .docx). */
  readonly checkOoxml?: (doc: OoxmlDoc, ctx: RuleContext) => RawFinding[];
}

/** A finding the author has accepted, kept with the paper (Paper.acceptedFindings) so it stops nagging. */
export interface AcceptedFinding {
  readonly key: string;
  readonly ruleId: string;
  readonly reason: string;
  /** What it said when accepted, so a list of accepted findings still reads after the text moves. */
  readonly message: string;
  readonly acceptedAt: string;
  readonly acceptedBy: string;
}

export type { CheckConfig };
