// The forms that pick the source of this feature's block kinds in the "Insert data" dialog
// (renderer/blocks/insert-kinds.ts; names and descriptions are in shared/<feature>/block-kinds.ts).
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { InsertFormProps, InsertForms } from '../blocks/insert-kinds';
import { isLive } from '../../shared/records/meta';
import { periodShortLabel } from '../../shared/periods';
import { movementSentence } from '../../shared/measures/summary';
import { planMeasures, planSummary } from '../../shared/measures/blocks';
import type { MeasuresStatusColumn } from '../../shared/measures/blocks';
import { db } from '../db/database';
import { SelectField } from '../ui/fields';
import { loadMeasureData } from '../db/measures-repo';
import { trendPeriods } from './measures-view-model';
import type { ReportingPeriod } from '../../shared/periods/model';
import { useComparison } from './use-comparison';

/** The plan, and the two periods to compare (defaults: the latest period with values and the one before it with values). */
function usePlanPeriods() {
  const plans = useLiveQuery(async () => (await db.plans.toArray()).filter(isLive).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')), []);
  const [planId, setPlanId] = useState('');
  const chosen = plans?.find((p) => p.id === planId) ?? plans?.[0];
  const data = useLiveQuery(() => (chosen ? loadMeasureData(db, chosen.id) : undefined), [chosen?.id]);
  // Keyed by plan: the same choice the measures screen shows (and keeps) for it.
  const comparison = useComparison(chosen?.id ?? '', data && chosen && data.plans[0]?.id === chosen.id ? data : undefined, chosen);
  const { periods, current, previous } = comparison;
  const options = (list: readonly ReportingPeriod[]) => list.map((p) => ({ value: p.id, label: periodShortLabel(p) }));
  const planField = <SelectField label="Plan" value={chosen?.id ?? ''} options={(plans ?? []).map((p) => ({ value: p.id, label: p.name }))} save={setPlanId} />;
  const fields = (
    <>
      {planField}
      <SelectField label="Period" value={current?.id ?? ''} options={options(periods)} save={comparison.chooseCurrent} />
      <SelectField
        label="Compared with"
        value={previous?.id ?? ''}
        options={[{ value: '', label: 'None' }, ...options(comparison.comparable)]}
        save={comparison.choosePrevious}
      />
      {comparison.notCompared && <p className="field-hint">{comparison.notCompared}</p>}
    </>
  );
  return { plans, plan: chosen, data, periods, current, previous, fields, planField };
}

const noPlans = <p>There are no plans with measures yet: add them under Measures.</p>;

function SummaryForm({ onChange }: InsertFormProps) {
  const { plans, plan, data, current, previous, fields } = usePlanPeriods();
  const [own, setOwn] = useState<string | null>(null);
  const generated = plan && data && current ? movementSentence(planSummary(data, plan.id, current.id, previous?.id ?? null)) : '';
  const sentence = own !== null && own.trim() !== '' && own !== generated ? own : null;
  useEffect(() => {
    if (!plan || !current) {
      onChange(null);
      return;
    }
    onChange({
      source: { kind: 'measuresSummary', planId: plan.id, periodId: current.id, previousPeriodId: previous?.id ?? '', sentence },
      title: `Performance against target – ${periodShortLabel(current)}`,
    });
  }, [plan?.id, current?.id, previous?.id, sentence]);
  if (plans === undefined) return <p className="loading">Loading plans…</p>;
  if (plans.length === 0) return noPlans;
  return (
    <div>
      {fields}
      <div className="field">
        <label htmlFor="ins-measures-sentence">Sentence under the table</label>
        <textarea id="ins-measures-sentence" rows={5} value={own ?? generated} onChange={(e) => setOwn(e.target.value)} />
        <div className="field-hint">
          Generated from the figures; edit it to use your own words (kept as you write it). Clear it to go back to the generated one.
        </div>
      </div>
    </div>
  );
}

function TableForm({ onChange }: InsertFormProps) {
  const { plans, plan, data, current, previous, fields } = usePlanPeriods();
  const [ids, setIds] = useState<readonly string[]>([]);
  const [statusColumn, setStatusColumn] = useState<MeasuresStatusColumn>('target');
  const [comment, setComment] = useState(false);
  const measures = data && plan ? planMeasures(data, plan.id) : [];
  const key = ids.join(',');
  useEffect(() => {
    if (!plan || !current) {
      onChange(null);
      return;
    }
    // A table as it always was stores no new fields, so older copies of the app read it unchanged.
    const shape = { ...(statusColumn !== 'target' ? { statusColumn } : {}), ...(comment ? { commentColumn: true } : {}) };
    onChange({
      source: { kind: 'measuresTable', planId: plan.id, measureIds: ids, periodId: current.id, previousPeriodId: previous?.id ?? '', ...shape },
      title: `Performance measures – ${periodShortLabel(current)}`,
    });
  }, [plan?.id, current?.id, previous?.id, key, statusColumn, comment]);
  if (plans === undefined) return <p className="loading">Loading plans…</p>;
  if (plans.length === 0) return noPlans;
  return (
    <div>
      {fields}
      <fieldset>
        <legend>Measures (none ticked: all of the plan’s)</legend>
        {measures.map((m) => (
          <label key={m.id} className="check">
            <input type="checkbox" checked={ids.includes(m.id)} onChange={(e) => setIds(e.target.checked ? [...ids, m.id] : ids.filter((x) => x !== m.id))} />{' '}
            {m.name}
          </label>
        ))}
      </fieldset>
      <SelectField
        label="Status column"
        value={statusColumn}
        options={[
          { value: 'target', label: 'Status against target, and its movement' },
          { value: 'grade', label: 'Grade (“Good”, “Requires Improvement”, “Pending” …)' },
          { value: 'trend', label: 'Trend: up, down or the same as the period compared with' },
        ]}
        save={setStatusColumn}
      />
      <label className="check">
        <input type="checkbox" checked={comment} onChange={(e) => setComment(e.target.checked)} /> Comment column (each value’s note)
      </label>
      <p className="muted small">Grades and notes are typed beside each value under Measures. Every status, grade and trend prints in words.</p>
    </div>
  );
}

function ExceptionsForm({ onChange }: InsertFormProps) {
  const { plans, plan, current, previous, fields } = usePlanPeriods();
  useEffect(() => {
    if (!plan || !current) {
      onChange(null);
      return;
    }
    onChange({
      source: { kind: 'measureExceptions', planId: plan.id, periodId: current.id, previousPeriodId: previous?.id ?? '' },
      title: `Red and Blue measures – ${periodShortLabel(current)}`,
    });
  }, [plan?.id, current?.id, previous?.id]);
  if (plans === undefined) return <p className="loading">Loading plans…</p>;
  if (plans.length === 0) return noPlans;
  return <div>{fields}</div>;
}

function TrendForm({ onChange }: InsertFormProps) {
  const { plans, plan, data, periods, planField } = usePlanPeriods();
  const [measureId, setMeasureId] = useState('');
  const measures = data && plan ? planMeasures(data, plan.id) : [];
  const m = measures.find((x) => x.id === measureId) ?? measures[0];
  const range = data && m ? trendPeriods(data, m.id, periods) : [];
  const key = range.map((p) => p.id).join(',');
  useEffect(() => {
    if (!m || range.length === 0) {
      onChange(null);
      return;
    }
    onChange({ source: { kind: 'measureTrendChart', measureId: m.id, periodIds: range.map((p) => p.id) }, title: `${m.name}: trend` });
  }, [m?.id, key]);
  if (plans === undefined) return <p className="loading">Loading plans…</p>;
  if (plans.length === 0) return noPlans;
  return (
    <div>
      {planField}
      {measures.length === 0 ? (
        <p>This plan has no measures yet.</p>
      ) : (
        <SelectField label="Measure" value={m?.id ?? ''} options={measures.map((x) => ({ value: x.id, label: x.name }))} save={setMeasureId} />
      )}
      <p className="muted small">Draws every period from the measure’s first value to its last, with the target as a dashed line.</p>
    </div>
  );
}

export const MEASURE_INSERT_FORMS: Pick<InsertForms, 'measuresSummary' | 'measuresTable' | 'measureExceptions' | 'measureTrendChart'> = {
  measuresSummary: SummaryForm,
  measuresTable: TableForm,
  measureExceptions: ExceptionsForm,
  measureTrendChart: TrendForm,
};
