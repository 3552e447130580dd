// When an action is due: the "Completion date or frequency" column of an action plan. Authors write a
// date ("31 March 2015"), a month ("April 2014"), a quarter ("Q3 2014/15"), a financial year
// ("2014/15") or a frequency ("Monthly", "Routinely 2014/15", "When required"). parseWhen reads what
// was typed into one of those, and keeps anything else as the author's own text: never dropped.
import { lastOfMonth, parseIsoDate, toIsoDate } from '../periods/dates';
import type { IsoDate } from '../periods/dates';
import { MONTH_NAMES, fyLabel, parseFinancialYear, parseMonthLabel } from '../periods/labels';
import { formatMeetingDate } from '../text/dates';
import { must } from '../records/must';

export type DeliverableWhen =
  | { readonly kind: 'date'; readonly date: IsoDate }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  /** Quarter 1–4 of the financial year starting 1 April `fyStartYear`. */
  | { readonly kind: 'quarter'; readonly fyStartYear: number; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: 'financialYear'; readonly fyStartYear: number }
  /** A frequency from the list (its label as listed), optionally limited to one financial year. */
  | { readonly kind: 'frequency'; readonly label: string; readonly fyStartYear?: number }
  | { readonly kind: 'text'; readonly text: string };

export type WhenKind = DeliverableWhen['kind'];

/** Frequencies every plan offers; a plan adds its own (DeliveryPlan.extraFrequencies). */
export const STANDARD_FREQUENCIES = [
  'Weekly',
  'Fortnightly',
  'Monthly',
  'Quarterly',
  'Six-monthly',
  'Annually',
  'Routinely',
  'Ongoing',
  'When required',
] as const;

/** The plan's frequency list: the standard ones, then the plan's own, each once (case-insensitive). */
export function frequencyList(extra: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const f of [...STANDARD_FREQUENCIES, ...extra]) {
    const t = f.trim();
    if (t && !out.some((o) => o.toLowerCase() === t.toLowerCase())) out.push(t);
  }
  return out;
}

const squash = (s: string) => s.trim().replace(/\s+/g, ' ');

/** "31/12/2014", "31.12.14", "31-12-2014": day first, as UK authors write. */
function parseDayFirst(text: string): IsoDate | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (!m) return null;
  const year = must(m[3], 'm[3]').length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const iso = toIsoDate(year, Number(m[2]), Number(m[1]));
  return parseIsoDate(iso) ? iso : null;
}

/** "31 December 2014", "31st Dec 2014", "1 Sept 2014". */
function parseDayMonthYear(text: string): IsoDate | null {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?\s*(?:\d{4}))$/i.exec(text);
  if (!m) return null;
  const month = parseMonthLabel(must(m[2], 'm[2]'));
  if (!month) return null;
  const iso = toIsoDate(month.year, month.month, Number(m[1]));
  return parseIsoDate(iso) ? iso : null;
}

/** "Q3 2014/15", "2014/15 Q3", "Quarter 3 2014-15", "Q3 14/15". */
function parseQuarter(text: string): DeliverableWhen | null {
  const m = /^(?:Q|Qtr|Quarter)\s*([1-4])\s*,?\s*(?:of\s+)?(.+)$/i.exec(text) ?? /^(.+?)\s*,?\s*(?:Q|Qtr|Quarter)\s*([1-4])$/i.exec(text);
  if (!m) return null;
  const [q, fy] = /^\d$/.test(must(m[1], 'm[1]')) ? [must(m[1], 'm[1]'), must(m[2], 'm[2]')] : [must(m[2], 'm[2]'), must(m[1], 'm[1]')];
  const start = parseFy(fy);
  return start === null ? null : { kind: 'quarter', fyStartYear: start, quarter: Number(q) as 1 | 2 | 3 | 4 };
}

/** parseFinancialYear, also taking two-digit starts ("14/15"). */
function parseFy(text: string): number | null {
  const short = /^\s*(?:FY\s*)?(\d{2})\s*[/\-\u2013]\s*(\d{2})\s*$/i.exec(text);
  if (short) {
    const start = 2000 + Number(short[1]);
    return Number(short[2]) === (start + 1) % 100 ? start : null;
  }
  return parseFinancialYear(text);
}

/**
 * What the author typed, read as a when; null for a blank. Frequencies are matched against `frequencies`
 * (frequencyList of the plan) ignoring case, alone or followed by a financial year ("Routinely 2014/15").
 */
export function parseWhen(input: string, frequencies: readonly string[] = frequencyList()): DeliverableWhen | null {
  const text = squash(input);
  if (!text) return null;
  const iso = parseIsoDate(text) ? text : (parseDayFirst(text) ?? parseDayMonthYear(text));
  if (iso) return { kind: 'date', date: iso };
  const month = parseMonthLabel(text);
  if (month) return { kind: 'month', year: month.year, month: month.month };
  const quarter = parseQuarter(text);
  if (quarter) return quarter;
  const fy = parseFy(text);
  if (fy !== null) return { kind: 'financialYear', fyStartYear: fy };
  const lower = text.toLowerCase();
  // Longest first, so "Six-monthly" is not read as "Monthly" with a prefix.
  for (const f of [...frequencies].sort((a, b) => b.length - a.length)) {
    const fl = f.toLowerCase();
    if (lower === fl) return { kind: 'frequency', label: f };
    if (lower.startsWith(`${fl} `)) {
      const start = parseFy(text.slice(f.length).replace(/^\s*(?:in|during)\s+/i, ''));
      if (start !== null) return { kind: 'frequency', label: f, fyStartYear: start };
    }
  }
  return { kind: 'text', text };
}

/** As printed in the "Completion date or frequency" column: "31 December 2014", "April 2014", "Q3 2014/15", "Routinely 2014/15". */
export function formatWhen(when: DeliverableWhen | null | undefined): string {
  if (!when) return '';
  switch (when.kind) {
    case 'date':
      return formatMeetingDate(when.date).replace(/^(\d+)(st|nd|rd|th)/, '$1');
    case 'month':
      return `${MONTH_NAMES[when.month - 1] ?? ''} ${when.year}`;
    case 'quarter':
      return `Q${when.quarter} ${fyLabel(when.fyStartYear)}`;
    case 'financialYear':
      return fyLabel(when.fyStartYear);
    case 'frequency':
      return when.fyStartYear === undefined ? when.label : `${when.label} ${fyLabel(when.fyStartYear)}`;
    case 'text':
      return when.text;
  }
}

/** The last day a one-off action can be done by; null for a frequency or free text (never overdue). */
export function whenDeadline(when: DeliverableWhen | null | undefined): IsoDate | null {
  if (!when) return null;
  switch (when.kind) {
    case 'date':
      return when.date;
    case 'month':
      return lastOfMonth(when.year, when.month);
    case 'quarter': {
      // Q1 April–June … Q4 January–March of the next calendar year.
      const endMonth = ((when.quarter * 3 + 3 - 1) % 12) + 1;
      const year = when.quarter === 4 ? when.fyStartYear + 1 : when.fyStartYear;
      return lastOfMonth(year, endMonth);
    }
    case 'financialYear':
      return toIsoDate(when.fyStartYear + 1, 3, 31);
    default:
      return null;
  }
}

/** A deliverable's when: its own, or (older records) its due date. */
export function deliverableWhen(d: { readonly when?: DeliverableWhen | null; readonly dueDate: IsoDate | null }): DeliverableWhen | null {
  return d.when ?? (d.dueDate ? { kind: 'date', date: d.dueDate } : null);
}

/** Overdue: a one-off action whose deadline is before today and that is not complete. */
export function isOverdue(when: DeliverableWhen | null | undefined, today: IsoDate, complete = false): boolean {
  const deadline = whenDeadline(when);
  return !complete && deadline !== null && deadline < today;
}

/** "Overdue: due 31 December 2014" — in words, so it never relies on colour. */
export function overdueText(when: DeliverableWhen | null | undefined): string {
  return `Overdue: due ${formatWhen(when)}`;
}
