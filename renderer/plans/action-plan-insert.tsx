// The Insert data form of the action-plan block: plan, objective, an optional monitoring period (its
// updates and statuses print beside the actions) and the three column titles, which the author may reword.
import { useEffect, useId, useState } from 'react';
import type { InsertFormProps } from '../blocks/insert-kinds';
import { periodShortLabel } from '../../shared/periods';
import { livePlan, planThemes } from '../../shared/plans/blocks';
import { ACTION_PLAN_TITLES, objectiveLabel } from '../../shared/plans/action-plan-block';
import type { ActionPlanTitles } from '../../shared/plans/action-plan-block';
import { planPeriods } from './plan-view-model';
import { SelectField } from '../ui/fields';
import { noPlanToChoose, PlanSelect, usePlanChoice } from './plan-choice';

const ALL = '*';
const NONE = '';

function Title({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" maxLength={200} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

export function ActionPlanForm({ onChange }: InsertFormProps) {
  const { plans, planId: chosen, setPlanId, data } = usePlanChoice();
  const [themeId, setThemeId] = useState(ALL);
  const [periodId, setPeriodId] = useState(NONE);
  const [titles, setTitles] = useState<ActionPlanTitles>(ACTION_PLAN_TITLES);
  const plan = data ? livePlan(data, chosen) : undefined;
  const themes = data && plan ? planThemes(data, plan.id) : [];
  const periods = data && plan ? planPeriods(data, plan) : [];
  const theme = themes.find((t) => t.id === themeId);
  const period = periods.find((p) => p.id === periodId);
  const reworded = titles.action !== ACTION_PLAN_TITLES.action || titles.owner !== ACTION_PLAN_TITLES.owner || titles.when !== ACTION_PLAN_TITLES.when;
  useEffect(() => {
    if (!plan) {
      onChange(null);
      return;
    }
    const title = `${theme ? objectiveLabel(theme) : plan.name}: action plan${period ? ` – ${periodShortLabel(period)}` : ''}`;
    onChange({
      source: { kind: 'actionPlan', planId: plan.id, themeId: theme ? theme.id : null, periodId: period ? period.id : null, titles: reworded ? titles : null },
      title,
    });
  }, [plan?.id, plan?.name, theme?.id, period?.id, titles.action, titles.owner, titles.when]);
  const none = noPlanToChoose(plans);
  if (none || !plans) return none;
  return (
    <div>
      <PlanSelect plans={plans} value={chosen} onPick={(v) => (setPlanId(v), setThemeId(ALL), setPeriodId(NONE))} />
      <SelectField
        label="Objective"
        value={theme ? theme.id : ALL}
        options={[{ value: ALL, label: 'Every objective, one after another' }, ...themes.map((t) => ({ value: t.id, label: objectiveLabel(t) }))]}
        save={setThemeId}
      />
      <SelectField
        label="Latest update and status"
        value={period?.id ?? NONE}
        options={[
          { value: NONE, label: 'Not shown: the action plan as written' },
          ...periods.map((p) => ({ value: p.id, label: `For ${periodShortLabel(p)}` })),
        ]}
        save={setPeriodId}
      />
      <fieldset className="field-group">
        <legend>Column titles</legend>
        <Title label="Action column" value={titles.action} onChange={(action) => setTitles({ ...titles, action })} />
        <Title label="Owner column" value={titles.owner} onChange={(owner) => setTitles({ ...titles, owner })} />
        <Title label="When column" value={titles.when} onChange={(when) => setTitles({ ...titles, when })} />
      </fieldset>
      <p className="muted small">
        Each objective prints as a row across the table, then its actions. With a period, each action’s update and status (letter and symbol) print too, on a
        landscape page.
      </p>
    </div>
  );
}
