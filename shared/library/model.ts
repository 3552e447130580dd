// Recurring content of update papers kept as data (issue 5): case studies, the forward plan of key
// decisions, data tables with computed totals, and a plan's numerical ambitions.
import type { RecordMeta } from '../records/meta';
import type { RichDoc } from '../richtext/model';

/** A meeting a case study was (or will be) presented at. */
export interface Presentation {
  readonly id: string;
  readonly committeeId: string | null;
  /** ISO date of the meeting, or '' while unknown. */
  readonly meetingDate: string;
}

export interface CaseStudy extends RecordMeta {
  readonly title: string;
  readonly author: string;
  readonly body: RichDoc;
  readonly presentations: readonly Presentation[];
}

export interface ForwardPlanCategory {
  readonly id: string;
  readonly title: string;
  /** Printed under the category's heading row ("Decisions in this category are taken jointly …"); absent: none. */
  readonly note?: string;
}

/** How categories are numbered: "1." (the default) or "1.0", as some papers print them. */
export type CategoryNumbering = 'point' | 'pointZero';

/** The forward plan of key decisions: a list of categories; its items are ForwardPlanItem records. */
export interface ForwardPlan extends RecordMeta {
  readonly title: string;
  readonly categories: readonly ForwardPlanCategory[];
  /** Absent: "1.". */
  readonly categoryNumbering?: CategoryNumbering;
}

/** "£1,200,000", or words such as ">£250k" or "capital receipt". */
export type Cost = { readonly kind: 'amount'; readonly pounds: number } | { readonly kind: 'text'; readonly text: string };

export interface ForwardPlanItem extends RecordMeta {
  readonly forwardPlanId: string;
  readonly categoryId: string;
  readonly position: number;
  /** A month "2018-01", or "TBC". */
  readonly decisionDate: string;
  /** The last month when the decision is due over a range ("March–April 2022"): a month after decisionDate; absent: one month. */
  readonly decisionDateTo?: string;
  readonly subject: string;
  readonly summary: string;
  readonly cost: Cost;
  readonly contactOfficer: string;
  /** "Office of the Commissioner", "Force", or both. */
  readonly reportOf: string;
}

export type ColumnType = 'text' | 'date' | 'money' | 'number' | 'percent';
/** How £ figures print: £1,234,567 / £1,235 ('000) / £1.2m. */
export type MoneyUnit = 'pounds' | 'thousands' | 'millions';

export interface DataColumn {
  readonly id: string;
  readonly label: string;
  readonly type: ColumnType;
  /** A computed column: this column = a − b (e.g. variance = forecast outturn − budget). */
  readonly difference: { readonly a: string; readonly b: string } | null;
  /** Whether total rows add this column up (numbers and £ only). */
  readonly total: boolean;
}

/** A cell holds text, a number (money in pounds), an ISO date, or nothing. */
export type CellValue = string | number | null;

export interface DataRow {
  readonly id: string;
  /** Rows with the same group print together under it with a subtotal ("Completed", "Contracts exchanged"). */
  readonly group: string;
  readonly cells: Readonly<Record<string, CellValue>>;
}

export interface DataTable extends RecordMeta {
  readonly title: string;
  readonly template: 'budget' | 'disposals' | 'custom';
  readonly moneyUnit: MoneyUnit;
  readonly columns: readonly DataColumn[];
  readonly rows: readonly DataRow[];
  /** Print a total row (and subtotals per group when rows are grouped). */
  readonly showTotals: boolean;
}

/** A plan's numerical ambition: "Reduce … to no more than 7% by March 2024", with its baseline. */
export interface Ambition extends RecordMeta {
  readonly planId: string;
  readonly position: number;
  readonly text: string;
  readonly baseline: string;
  readonly target: string;
  readonly by: string;
}
