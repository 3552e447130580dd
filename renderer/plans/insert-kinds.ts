// The forms that pick the source of this feature's block kinds in the "Insert data" dialog
// (renderer/blocks/insert-kinds.ts; names and descriptions are in shared/<feature>/block-kinds.ts).
import { createElement as h, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { InsertFormProps, InsertForms } from '../blocks/insert-kinds';
import { isLive } from '../../shared/records/meta';
import { periodShortLabel } from '../../shared/periods';
import { db } from '../db/database';
import { loadPlanData } from '../db/plans-repo';
import { defaultPeriod, planPeriods, periodsWithUpdates } from './plan-view-model';
import { livePlan, planThemes } from '../../shared/plans/blocks';
import { ActionPlanForm } from './action-plan-insert';

const ALL = '*';

function select(id: string, label: string, value: string, options: readonly { value: string; label: string }[], onChange: (v: string) => void) {
  return h(
    'div',
    { className: 'field' },
    h('label', { htmlFor: id }, label),
    h('select', { id, value, onChange: (e: { target: { value: string } }) => onChange(e.target.value) }, ...options.map((o) => h('option', { key: o.value, value: o.value }, o.label))),
  );
}

function usePlanChoice() {
  const plans = useLiveQuery(async () => (await db.plans.toArray()).filter(isLive).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')), []);
  const [planId, setPlanId] = useState('');
  const chosen = planId || plans?.[0]?.id || '';
  const data = useLiveQuery(() => (chosen ? loadPlanData(db, chosen) : undefined), [chosen]);
  return { plans, planId: chosen, setPlanId, data };
}

function ThemeUpdateForm({ onChange }: InsertFormProps) {
  const { plans, planId, setPlanId, data } = usePlanChoice();
  const [themeId, setThemeId] = useState(ALL);
  const [periodId, setPeriodId] = useState('');
  const plan = data ? livePlan(data, planId) : undefined;
  const themes = data && plan ? planThemes(data, plan.id) : [];
  const periods = data && plan ? planPeriods(data, plan) : [];
  const period = periods.find((p) => p.id === periodId) ?? (data ? defaultPeriod(data, periods) : undefined);
  const theme = themes.find((t) => t.id === themeId);
  useEffect(() => {
    if (!plan || !period) return onChange(null);
    const title = `${theme ? `Theme ${theme.number} update` : `${plan.name} update`} – ${periodShortLabel(period)}`;
    onChange({ source: { kind: 'planThemeUpdate', planId: plan.id, themeId: theme ? theme.id : null, periodId: period.id }, title });
  }, [plan?.id, plan?.name, theme?.id, theme?.number, period?.id]);
  if (plans === undefined) return h('p', { className: 'loading' }, 'Loading plans…');
  if (plans.length === 0) return h('p', null, 'There are no delivery plans yet: add one under Delivery plans.');
  return h(
    'div',
    null,
    select('ins-plan', 'Plan', planId, plans.map((p) => ({ value: p.id, label: p.name })), (v) => (setPlanId(v), setThemeId(ALL), setPeriodId(''))),
    select('ins-theme', 'Theme', theme ? theme.id : ALL, [{ value: ALL, label: 'All themes, one after another' }, ...themes.map((t) => ({ value: t.id, label: `Theme ${t.number}: ${t.title}` }))], setThemeId),
    select('ins-period', 'Reporting period', period?.id ?? '', periods.map((p) => ({ value: p.id, label: periodShortLabel(p) })), setPeriodId),
    h('p', { className: 'muted small' }, 'Prints the status key with its figures, then each deliverable with its status and update, on landscape pages.'),
  );
}

function StatusChartForm({ onChange }: InsertFormProps) {
  const { plans, planId, setPlanId, data } = usePlanChoice();
  const [themeId, setThemeId] = useState(ALL);
  const [fromId, setFromId] = useState('');
  const [toId, setToId] = useState('');
  const plan = data ? livePlan(data, planId) : undefined;
  const themes = data && plan ? planThemes(data, plan.id) : [];
  const periods = data && plan ? planPeriods(data, plan) : [];
  const used = data ? periodsWithUpdates(data, periods) : [];
  const from = periods.findIndex((p) => p.id === (fromId || used[0]?.id || periods[0]?.id));
  const to = periods.findIndex((p) => p.id === (toId || used.at(-1)?.id || periods.at(-1)?.id));
  const range = from >= 0 && to >= from ? periods.slice(from, to + 1) : [];
  const theme = themes.find((t) => t.id === themeId);
  const key = range.map((p) => p.id).join(',');
  useEffect(() => {
    if (!plan || range.length === 0) return onChange(null);
    const scope = theme ? `Theme ${theme.number}` : plan.name;
    onChange({ source: { kind: 'planStatusChart', planId: plan.id, themeId: theme ? theme.id : null, periodIds: range.map((p) => p.id) }, title: `${scope}: status over time` });
  }, [plan?.id, plan?.name, theme?.id, theme?.number, key]);
  if (plans === undefined) return h('p', { className: 'loading' }, 'Loading plans…');
  if (plans.length === 0) return h('p', null, 'There are no delivery plans yet: add one under Delivery plans.');
  const options = periods.map((p) => ({ value: p.id, label: periodShortLabel(p) }));
  return h(
    'div',
    null,
    select('ins-plan', 'Plan', planId, plans.map((p) => ({ value: p.id, label: p.name })), (v) => (setPlanId(v), setThemeId(ALL), setFromId(''), setToId(''))),
    select('ins-theme', 'Theme', theme ? theme.id : ALL, [{ value: ALL, label: 'Whole plan' }, ...themes.map((t) => ({ value: t.id, label: `Theme ${t.number}: ${t.title}` }))], setThemeId),
    select('ins-from', 'From period', periods[from]?.id ?? '', options, setFromId),
    select('ins-to', 'To period', periods[to]?.id ?? '', options, setToId),
    range.length === 0 ? h('p', { className: 'field-error' }, 'The "to" period must not be before the "from" period.') : null,
  );
}

export const PLAN_INSERT_FORMS: Pick<InsertForms, 'planThemeUpdate' | 'planStatusChart' | 'actionPlan'> = {
  actionPlan: ActionPlanForm,
  planThemeUpdate: ThemeUpdateForm,
  planStatusChart: StatusChartForm,
};
