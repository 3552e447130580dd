import type { RecordMeta } from '../records/meta';
import type { RichDoc } from '../richtext/model';
import type { IsoDate } from '../periods/dates';
import type { MeasureThresholds } from '../measures/model';
import type { DeliverableWhen } from './when';

/**
 * One entry of a plan's status key. Colour alone never carries the meaning: every status also has
 * a letter and a symbol so a black-and-white print still reads.
 */
export interface StatusDefinition {
  /** Stable id stored on updates ('green', 'amber' …); never shown. */
  readonly id: string;
  /** As printed in the key: "Green", "White (NS)". */
  readonly label: string;
  /** The key's explanation: "Achieved or Adequate Progress being Made". */
  readonly meaning: string;
  /** Printed in the status cell: "G", "NS". */
  readonly letter: string;
  /** A shape printed beside the letter, distinct for every status. */
  readonly symbol: string;
  /** Cell shading, '#RRGGBB'. */
  readonly fill: string;
  /** Text colour on that shading, '#RRGGBB' (contrast at least 4.5:1). */
  readonly text: string;
  /** Must an update with this status explain itself? (Amber and Red by default.) */
  readonly requiresNarrative: boolean;
}

/** The plan's own status key; the order is the order it is printed in. */
export interface StatusKey {
  readonly statuses: readonly StatusDefinition[];
}

/** Someone who leads deliverables or writes updates; a shared list so names are spelt one way. */
export interface Person extends RecordMeta {
  readonly name: string;
  /** As printed in the "Lead Officer" column: "KD", "ACC Prior/SO". */
  readonly shortName: string;
  readonly email: string;
  readonly role: string;
}

export interface DeliveryPlan extends RecordMeta {
  /** "Police and Crime Delivery Plan 2019/20". */
  readonly name: string;
  readonly coversFrom: IsoDate;
  readonly coversTo: IsoDate;
  readonly statusKey: StatusKey;
  /** RAGB thresholds for this plan's performance measures; null means the defaults (5% / 10%). */
  readonly measureThresholds: MeasureThresholds | null;
  /** Frequencies this plan's actions use beyond the standard list ("At each panel meeting"); optional. */
  readonly extraFrequencies?: readonly string[];
}

export interface Theme extends RecordMeta {
  readonly planId: string;
  readonly position: number;
  /** "6" in "THEME 6: PREVENTION, EARLY INTERVENTION …"; text, as some plans number "6a". */
  readonly number: string;
  readonly title: string;
  readonly priorities: readonly string[];
  /** The objectives under the theme, one a line (a plan-overview block prints them beside its priorities); optional: absent means none. */
  readonly objectives?: readonly string[];
}

/** Organisations the reference plans use; the field is free text so a plan can add its own. */
export const ORGANISATION_SUGGESTIONS = ['NOPCC', 'Force', 'Partners'] as const;

export interface Deliverable extends RecordMeta {
  readonly planId: string;
  readonly themeId: string;
  readonly position: number;
  /** "C03", "2.4". */
  readonly ref: string;
  readonly organisation: string;
  readonly leadPersonId: string | null;
  readonly activity: string;
  /** "*" for new or carried-forward activities as in the reference, or ''. */
  readonly marker: string;
  readonly dueDate: IsoDate | null;
  /** When it is due, as an action plan prints it: a date, month, quarter, year, frequency or text (shared/plans/when.ts); optional. */
  readonly when?: DeliverableWhen | null;
  /** Every owner of the action, lead first (an action plan's Owner column); optional: absent means the lead alone. */
  readonly ownerPersonIds?: readonly string[];
}

/** A deliverable's update for one reporting period; at most one live update per (deliverable, period). */
export interface DeliverableUpdate extends RecordMeta {
  readonly deliverableId: string;
  /** A ReportingPeriod id: "fy2017q2", "m2017-07", "custom:<uuid>". */
  readonly periodId: string;
  /** A StatusDefinition id from the plan's key, or null while not yet chosen. */
  readonly statusId: string | null;
  readonly narrative: RichDoc;
  /** The date the narrative speaks as of. */
  readonly narrativeDate: IsoDate | null;
  /** Who wrote it (a Person id); updatedBy records who last typed in this app. */
  readonly authorPersonId: string | null;
}
