// The forms that pick the source of this feature's block kinds in the "Insert data" dialog
// (renderer/blocks/insert-kinds.ts; names and descriptions are in shared/<feature>/block-kinds.ts).
import { useEffect, useState } from 'react';
import type { InsertFormProps, InsertForms } from '../blocks/insert-kinds';
import { periodShortLabel } from '../../shared/periods';
import { defaultPeriod, planPeriods, periodsWithUpdates } from './plan-view-model';
import { livePlan, planThemes } from '../../shared/plans/blocks';
import { SelectField } from '../ui/fields';
import { ActionPlanForm } from './action-plan-insert';
import { PlanOverviewForm } from './overview-insert';
import { noPlanToChoose, PlanSelect, usePlanChoice } from './plan-choice';

const ALL = '*';

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
    if (!plan || !period) {
      onChange(null);
      return;
    }
    const title = `${theme ? `Theme ${theme.number} update` : `${plan.name} update`} – ${periodShortLabel(period)}`;
    onChange({ source: { kind: 'planThemeUpdate', planId: plan.id, themeId: theme ? theme.id : null, periodId: period.id }, title });
  }, [plan?.id, plan?.name, theme?.id, theme?.number, period?.id]);
  const none = noPlanToChoose(plans);
  if (none || !plans) return none;
  return (
    <div>
      <PlanSelect plans={plans} value={planId} onPick={(v) => (setPlanId(v), setThemeId(ALL), setPeriodId(''))} />
      <SelectField
        label="Theme"
        value={theme ? theme.id : ALL}
        options={[{ value: ALL, label: 'All themes, one after another' }, ...themes.map((t) => ({ value: t.id, label: `Theme ${t.number}: ${t.title}` }))]}
        save={setThemeId}
      />
      <SelectField
        label="Reporting period"
        value={period?.id ?? ''}
        options={periods.map((p) => ({ value: p.id, label: periodShortLabel(p) }))}
        save={setPeriodId}
      />
      <p className="muted small">Prints the status key with its figures, then each deliverable with its status and update, on landscape pages.</p>
    </div>
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
    if (!plan || range.length === 0) {
      onChange(null);
      return;
    }
    const scope = theme ? `Theme ${theme.number}` : plan.name;
    onChange({
      source: { kind: 'planStatusChart', planId: plan.id, themeId: theme ? theme.id : null, periodIds: range.map((p) => p.id) },
      title: `${scope}: status over time`,
    });
  }, [plan?.id, plan?.name, theme?.id, theme?.number, key]);
  const none = noPlanToChoose(plans);
  if (none || !plans) return none;
  const options = periods.map((p) => ({ value: p.id, label: periodShortLabel(p) }));
  return (
    <div>
      <PlanSelect plans={plans} value={planId} onPick={(v) => (setPlanId(v), setThemeId(ALL), setFromId(''), setToId(''))} />
      <SelectField
        label="Theme"
        value={theme ? theme.id : ALL}
        options={[{ value: ALL, label: 'Whole plan' }, ...themes.map((t) => ({ value: t.id, label: `Theme ${t.number}: ${t.title}` }))]}
        save={setThemeId}
      />
      <SelectField label="From period" value={periods[from]?.id ?? ''} options={options} save={setFromId} />
      <SelectField label="To period" value={periods[to]?.id ?? ''} options={options} save={setToId} />
      {range.length === 0 && <p className="field-error">The "to" period must not be before the "from" period.</p>}
    </div>
  );
}

export const PLAN_INSERT_FORMS: Pick<InsertForms, 'planThemeUpdate' | 'planStatusChart' | 'actionPlan' | 'planOverview'> = {
  actionPlan: ActionPlanForm,
  planOverview: PlanOverviewForm,
  planThemeUpdate: ThemeUpdateForm,
  planStatusChart: StatusChartForm,
};
