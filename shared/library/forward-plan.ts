// The forward plan of key decisions: items grouped by category in the plan's category order, each
// numbered within its category ("2.1, 2.2": category number . item number); an empty category prints
// "None to report".
import { byPosition, isLive } from '../records/meta';
import { MONTH_NAMES } from '../periods/labels';
import type { Cost, ForwardPlan, ForwardPlanCategory, ForwardPlanItem } from './model';
import { formatMoney } from './money';

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

/** "2018-01" → "January 2018"; "TBC" or blank → "TBC"; anything else as stored. */
export function formatDecisionDate(value: string): string {
  const s = value.trim();
  if (s === '' || s.toUpperCase() === 'TBC') return 'TBC';
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  const name = m ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : s;
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
    const i = MONTH_NAMES.findIndex((n) => n.toLowerCase().startsWith(m![1]!.toLowerCase()) && m![1]!.length >= 3);
    return i >= 0 ? month(Number(m[2]), i + 1) : null;
  }
  return null;
}

const month = (year: number, mm: number): string | null => (mm >= 1 && mm <= 12 ? `${year}-${String(mm).padStart(2, '0')}` : null);

/** An amount as "£1,200,000" (negatives in brackets), or the words as typed (">£250k", "capital receipt"). */
export function formatCost(cost: Cost): string {
  return cost.kind === 'amount' ? formatMoney(cost.pounds, 'pounds') : cost.text;
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
