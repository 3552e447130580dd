// The forward plan of key decisions: items grouped by category in the plan's category order, each
// numbered within its category ("2.1, 2.2": category number . item number); an empty category prints
// "None to report".
import { byPosition, isLive } from '../records/meta';
import { MONTH_NAMES } from '../periods/labels';
import type { CategoryNumbering, Cost, ForwardPlan, ForwardPlanCategory, ForwardPlanItem } from './model';
import { formatMoney, formatMoneyShort } from './money';
import type { HouseStyle } from '../house-style/model';
import { DEFAULT_HOUSE_STYLE } from '../house-style/model';
import { must } from '../records/must';

/** The categories of a new forward plan, in order. */
export const DEFAULT_FORWARD_PLAN_CATEGORIES: readonly string[] = [
  'Business cases',
  'Contracts above £250k',
  'Estates, ICT and Asset Strategic Planning',
  'Workforce Plan and Recruitment Strategies',
  'Strategic Issues including Finance',
  'Other Commissioning',
];

export const NONE_TO_REPORT = 'None to report';

export const REPORT_OF_CHOICES: readonly string[] = ['Office of the Commissioner', 'Force', 'Office of the Commissioner and Force'];

/**
 * "2018-01" → "January 2018"; "TBC" or blank → "TBC"; anything else as stored. With a last month, a
 * range: "March–April 2022" in one year, "November 2021–January 2022" across two.
 */
export function formatDecisionDate(value: string, to?: string): string {
  const s = value.trim();
  if (s === '' || s.toUpperCase() === 'TBC') return 'TBC';
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  const name = m ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  if (!m || !name) return s;
  const e = to ? /^(\d{4})-(\d{2})$/.exec(to) : null;
  const endName = e ? MONTH_NAMES[Number(e[2]) - 1] : undefined;
  if (!e || !endName || `${e[1]}-${e[2]}` <= s) return `${name} ${m[1]}`;
  return e[1] === m[1] ? `${name}–${endName} ${m[1]}` : `${name} ${m[1]}–${endName} ${e[1]}`;
}

export interface DecisionDates {
  readonly decisionDate: string;
  /** Set for a range of months. */
  readonly decisionDateTo?: string;
}

/**
 * A typed decision date: one month ("January 2018", "jan 2018", "01/2018", "2018-01"), "TBC", or a
 * range of months ("March–April 2022", "Mar-Apr 2022", "November 2021 – January 2022"); null when it
 * is none of these (or the range runs backwards).
 */
export function parseDecisionDates(input: string): DecisionDates | null {
  const s = input.trim();
  const one = parseDecisionDate(s);
  if (one !== null) return { decisionDate: one };
  const m =
    /^([A-Za-z]+)\.?(?:\s+(\d{4}))?\s*[-–—]\s*([A-Za-z]+)\.?\s+(\d{4})$/.exec(s) ??
    /^(\d{1,2}\/\d{4}|\d{4}-\d{1,2})()\s*[-–—]\s*(\d{1,2}\/\d{4}|\d{4}-\d{1,2})()$/.exec(s);
  if (!m) return null;
  const from = parseDecisionDate(m[2] ? `${m[1]} ${m[2]}` : /^[A-Za-z]/.test(must(m[1], 'm[1]')) ? `${m[1]} ${m[4]}` : must(m[1], 'm[1]'));
  const to = parseDecisionDate(/^[A-Za-z]/.test(must(m[3], 'm[3]')) ? `${m[3]} ${m[4]}` : must(m[3], 'm[3]'));
  if (!from || !to || from === 'TBC' || to === 'TBC' || to <= from) return null;
  return { decisionDate: from, decisionDateTo: to };
}

/** A category's number as printed: "2." or, when the plan says so, "2.0". */
export function categoryLabel(number: number, numbering: CategoryNumbering | undefined): string {
  return numbering === 'pointZero' ? `${number}.0` : `${number}.`;
}

/** "January 2018", "jan 2018", "01/2018", "2018-01", "TBC" → the stored "2018-01" / "TBC"; null if not a month. */
export function parseDecisionDate(input: string): string | null {
  const s = input.trim();
  if (s === '' || s.toUpperCase() === 'TBC') return 'TBC';
  let m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return month(Number(m[2]), Number(m[1]));
  m = /^([A-Za-z]+)\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const i = MONTH_NAMES.findIndex((n) => n.toLowerCase().startsWith(must(m[1], 'm[1]').toLowerCase()) && must(m[1], 'm[1]').length >= 3);
    return i >= 0 ? month(Number(m[2]), i + 1) : null;
  }
  return null;
}

const month = (year: number, mm: number): string | null => (mm >= 1 && mm <= 12 ? `${year}-${String(mm).padStart(2, '0')}` : null);

/** An amount as "£1,200,000" (negatives in brackets), or the words as typed (">£250k", "capital receipt"). */
export function formatCost(cost: Cost, style: Pick<HouseStyle, 'moneyStyle'> = DEFAULT_HOUSE_STYLE): string {
  if (cost.kind === 'text') return cost.text;
  if (style.moneyStyle === 'short') return formatMoneyShort(cost.pounds);
  return formatMoney(cost.pounds, style.moneyStyle === 'thousands' ? 'thousands' : 'pounds');
}

export interface NumberedItem {
  /** "2.1": category number . item number. */
  readonly reference: string;
  readonly item: ForwardPlanItem;
}

export interface CategoryGroup {
  readonly number: number;
  readonly category: ForwardPlanCategory;
  readonly items: readonly NumberedItem[];
}

/** The plan's categories in order, each with its live items in position order and their references. */
export function groupForwardPlan(plan: ForwardPlan, items: readonly ForwardPlanItem[]): CategoryGroup[] {
  const mine = items.filter((i) => i.forwardPlanId === plan.id && isLive(i));
  return plan.categories.map((category, ci) => {
    const number = ci + 1;
    const inCategory = mine.filter((i) => i.categoryId === category.id).sort(byPosition);
    return { number, category, items: inCategory.map((item, ii) => ({ reference: `${number}.${ii + 1}`, item })) };
  });
}

/** Items whose category is no longer in the plan (so a screen can offer to move them). */
export function orphanItems(plan: ForwardPlan, items: readonly ForwardPlanItem[]): ForwardPlanItem[] {
  const ids = new Set(plan.categories.map((c) => c.id));
  return items.filter((i) => i.forwardPlanId === plan.id && isLive(i) && !ids.has(i.categoryId)).sort(byPosition);
}
