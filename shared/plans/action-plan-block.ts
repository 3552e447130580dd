// The action-plan block (issue 19): a plan's deliverables printed as an action plan, as business
// plans print them: each objective (theme) a row across the table, then its actions with
// Action | Owner | Completion date or frequency, and for a monitoring period the latest update and
// status. Owners, when and overdue come from actions.ts and when.ts; statuses print letter and
// symbol with their shading (never colour alone).
import type { BlockResolver } from '../blocks/resolve';
import type { BlockContent, TableRowContent } from '../blocks/content';
import { missingContent, rich, status, text } from '../blocks/content';
import { isLive } from '../records/meta';
import type { RichDoc } from '../richtext/model';
import { periodShortLabel } from '../periods';
import type { DeliverableUpdate, Theme } from './model';
import { deliverableOverdue, ownersText } from './actions';
import { deliverablesInScope, livePlan, planThemes, resolvePeriodIn, statusMark } from './blocks';
import { statusById } from './status-key';
import { updatesForPeriod } from './updates';
import { deliverableWhen, formatWhen } from './when';

/** The column titles a new action-plan block starts with; the author may reword them. */
export const ACTION_PLAN_TITLES = { action: 'Action', owner: 'Owner', when: 'Completion date or frequency' } as const;

export type ActionPlanTitles = { readonly action: string; readonly owner: string; readonly when: string };

const italicDoc = (t: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: t, marks: [{ type: 'italic' }] }] }],
});

/** "1. Keeping people safe", or the title alone when the objective has no number. */
export function objectiveLabel(theme: Pick<Theme, 'number' | 'title'>): string {
  const n = theme.number.trim();
  return n ? `${n}. ${theme.title.trim()}` : theme.title.trim();
}

export const resolveActionPlan: BlockResolver<'actionPlan'> = ({ source, data }) => {
  const plan = livePlan(data, source.planId);
  if (!plan) return missingContent('Action plan (the plan)');
  const period = source.periodId === null ? null : resolvePeriodIn(data, source.periodId);
  if (source.periodId !== null && !period) return missingContent('Action plan (the reporting period)');
  const themes = planThemes(data, plan.id).filter((t) => source.themeId === null || t.id === source.themeId);
  if (source.themeId !== null && themes.length === 0) return missingContent('Action plan (the objective)');
  const people = new Map(data.people.filter(isLive).map((p) => [p.id, p]));
  // A title cleared to nothing prints the standard one: a header cell is never blank.
  const titles: ActionPlanTitles = {
    action: source.titles?.action.trim() || ACTION_PLAN_TITLES.action,
    owner: source.titles?.owner.trim() || ACTION_PLAN_TITLES.owner,
    when: source.titles?.when.trim() || ACTION_PLAN_TITLES.when,
  };
  const byDeliverable = period ? updatesForPeriod(data.updates, period.id) : new Map<string, DeliverableUpdate>();
  const width = period ? 5 : 3;
  const header: TableRowContent = {
    role: 'header',
    cells: [titles.action, titles.owner, titles.when, ...(period ? [`Update ${periodShortLabel(period)}`, 'Status'] : [])].map((t, i) =>
      text(t, { bold: true, ...(i === 4 ? { align: 'center' as const } : {}) }),
    ),
  };
  const rows: TableRowContent[] = [header];
  for (const theme of themes) {
    rows.push({ role: 'group', keepWithNext: true, cells: [{ ...text(objectiveLabel(theme), { bold: true }), span: width }] });
    const actions = deliverablesInScope(data, plan.id, theme.id);
    if (actions.length === 0) rows.push({ role: 'body', cells: [{ ...rich(italicDoc('No actions under this objective yet.')), span: width }] });
    for (const d of actions) {
      const u = byDeliverable.get(d.id);
      const s = statusById(plan.statusKey, u?.statusId);
      const when = formatWhen(deliverableWhen(d));
      const overdue = period !== null && deliverableOverdue(d, period.end, s);
      const cells = [text(`${d.ref.trim() ? `${d.ref.trim()} ` : ''}${d.activity}`), text(ownersText(d, people)), text(overdue ? `${when} (overdue)` : when)];
      if (period)
        cells.push(u && u.narrative.content.length > 0 ? rich(u.narrative) : rich(italicDoc('No update for this period.')), status(s ? statusMark(s) : null));
      rows.push({ role: 'body', cells });
    }
  }
  const title = `${source.themeId !== null && themes[0] ? objectiveLabel(themes[0]) : plan.name}: action plan${period ? ` – ${periodShortLabel(period)}` : ''}`;
  return {
    title,
    landscape: period !== null,
    parts: [{ type: 'table', columns: period ? [4.4, 1.4, 2.2, 4.6, 1] : [5.4, 1.8, 2.6], rows }],
  } satisfies BlockContent;
};
