// Clearance of a paper's implications sections (issue 15): who must sign off which section, and
// what they signed. A clearance holds a hash of the section's text as it was cleared, so any later
// change to that text shows the clearance as out of date until it is cleared again.
import type { RecordMeta } from '../records/meta';

/** Who clears: the statutory officers and the usual specialist reviewers. */
export type ClearanceRole = 'finance' | 'legal' | 'equality' | 'hr' | 'risk' | 'other';

export const CLEARANCE_ROLES: readonly ClearanceRole[] = ['finance', 'legal', 'equality', 'hr', 'risk', 'other'];

export const ROLE_LABEL: Readonly<Record<ClearanceRole, string>> = {
  finance: 'Finance — Chief Finance Officer (S151 officer)',
  legal: 'Legal — Monitoring Officer',
  equality: 'Equality',
  hr: 'HR',
  risk: 'Risk',
  other: 'Other',
};

/** The short name used in badges and lists: "Finance", "Legal". */
export const ROLE_SHORT: Readonly<Record<ClearanceRole, string>> = {
  finance: 'Finance',
  legal: 'Legal',
  equality: 'Equality',
  hr: 'HR',
  risk: 'Risk',
  other: 'Other',
};

/** How the clearance reached the author. */
export type ClearanceMethod = 'app' | 'email' | 'returned-file';
export const METHOD_LABEL: Readonly<Record<ClearanceMethod, string>> = { app: 'in the app', email: 'by e-mail', 'returned-file': 'in a returned file' };

/** A sign-off: who cleared the section, in what role, when, how, and the text they cleared. */
export interface ClearanceSignOff {
  /** The person who cleared it ("Jane Smith"). */
  readonly by: string;
  /** Their role as they cleared it ("Chief Finance Officer"). */
  readonly role: string;
  /** When they cleared it (ISO instant). */
  readonly at: string;
  readonly how: ClearanceMethod;
  /** SHA-256 (hex) of the section's canonical text when cleared (sectionClearanceText). */
  readonly textHash: string;
  /** Who recorded it in the app (the local user). */
  readonly recordedBy: string;
  /** "E-mail of 3 Dec, 10:14", optional remark. */
  readonly note: string;
}

/** A required clearance of one section of one paper, and its latest sign-off. */
export interface Clearance extends RecordMeta {
  readonly paperId: string;
  readonly sectionId: string;
  readonly role: ClearanceRole;
  /** The named person from the people list, or null when named here only. */
  readonly personId: string | null;
  readonly personName: string;
  /** When the person was asked (a review copy sent), ISO instant, or null. */
  readonly askedAt: string | null;
  readonly signOff: ClearanceSignOff | null;
  /** Earlier sign-offs, newest last (a re-clearance keeps the one before). */
  readonly history: readonly ClearanceSignOff[];
}

/** A template section's required clearance: copied into each paper started from the template. */
export interface ClearanceRequirement {
  readonly role: ClearanceRole;
  readonly personId: string | null;
  readonly personName: string;
}

export type ClearanceStateKind = 'not-asked' | 'asked' | 'cleared' | 'changed';

/** What the paper shows for a clearance. */
export type ClearanceState =
  | { readonly kind: 'not-asked' }
  | { readonly kind: 'asked'; readonly at: string }
  | { readonly kind: 'cleared'; readonly signOff: ClearanceSignOff }
  | { readonly kind: 'changed'; readonly signOff: ClearanceSignOff; readonly askedAt: string | null };

/** The clearances an issued version went out with, as they stood (part of its record; never printed). */
export interface IssuedClearance {
  readonly sectionTitle: string;
  readonly role: ClearanceRole;
  readonly personName: string;
  readonly state: ClearanceStateKind;
  readonly signOff: ClearanceSignOff | null;
}

export interface IssuedClearances {
  readonly clearances: readonly IssuedClearance[];
  /** The author's reason for issuing while a clearance was missing or out of date, or null. */
  readonly overrideReason: string | null;
}
