// The Insert data form of the plan-overview block: the plan, one theme or all, and which lists print
// beside each theme (priorities, objectives). Column titles and the other words it prints are in the
// block's wording, below the form.
import { useEffect, useState } from 'react';
import type { InsertFormProps } from '../blocks/insert-kinds';
import { livePlan, planThemes } from '../../shared/plans/blocks';
import { OVERVIEW_COLUMNS, overviewThemeLabel } from '../../shared/plans/overview-block';
import type { OverviewColumn } from '../../shared/plans/overview-block';
import { SelectField } from '../ui/fields';
import { noPlanToChoose, PlanSelect, usePlanChoice } from './plan-choice';

const ALL = '*';
const COLUMN_LABEL: Readonly<Record<OverviewColumn, string>> = { priorities: 'Priorities', objectives: 'Objectives' };

export function PlanOverviewForm({ onChange }: InsertFormProps) {
  const { plans, planId: chosen, setPlanId, data } = usePlanChoice();
  const [themeId, setThemeId] = useState(ALL);
  const [columns, setColumns] = useState<readonly OverviewColumn[]>(OVERVIEW_COLUMNS);
  const plan = data ? livePlan(data, chosen) : undefined;
  const themes = data && plan ? planThemes(data, plan.id) : [];
  const theme = themes.find((t) => t.id === themeId);
  const planKey = plan?.id ?? '';
  const planName = plan?.name ?? '';
  const themeKey = theme?.id ?? null;
  const scope = theme ? overviewThemeLabel(theme) : planName;
  const key = columns.join(',');
  // Built from plain values, so the choice is sent again only when one of them changes.
  useEffect(() => {
    onChange(
      planKey
        ? {
            source: { kind: 'planOverview', planId: planKey, themeId: themeKey, columns: OVERVIEW_COLUMNS.filter((c) => key.split(',').includes(c)) },
            title: `${scope}: plan overview`,
          }
        : null,
    );
  }, [planKey, themeKey, scope, key, onChange]);
  const none = noPlanToChoose(plans);
  if (none || !plans) return none;
  return (
    <div>
      <PlanSelect
        plans={plans}
        value={chosen}
        onPick={(v) => {
          setPlanId(v);
          setThemeId(ALL);
        }}
      />
      <SelectField
        label="Themes"
        value={theme ? theme.id : ALL}
        options={[{ value: ALL, label: 'Every theme, one row each' }, ...themes.map((t) => ({ value: t.id, label: overviewThemeLabel(t) }))]}
        save={setThemeId}
      />
      <fieldset className="field-group">
        <legend>Beside each theme</legend>
        {OVERVIEW_COLUMNS.map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              checked={columns.includes(c)}
              onChange={(e) => setColumns(e.target.checked ? [...columns, c] : columns.filter((x) => x !== c))}
            />{' '}
            {COLUMN_LABEL[c]}
          </label>
        ))}
      </fieldset>
      <p className="muted small">
        A table as wide as the text: the theme in the first column, its lists beside it as bullets (edit them on the plan’s screen). The header row repeats on
        every page.
      </p>
    </div>
  );
}
