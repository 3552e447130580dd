// Performance measures of a plan: the table of this period's values, targets, RAGB statuses (computed by
// shared/measures, never typed) and movement; the exception view; a measure's editor, values grid and
// trend chart; the plan's thresholds. Every field saves as it is typed.
import '../styles/measures.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { DEFAULT_THRESHOLDS } from '../../shared/measures/model';
import type { Measure, MeasureStatus, MeasureTarget, MeasureThresholds } from '../../shared/measures/model';
import { MEASURE_STATUS_STYLE } from '../../shared/measures/style';
import { describeTarget } from '../../shared/measures/format';
import {
  exceptionRows,
  formatRecorded,
  liveValueIndex,
  measureRows,
  measureTitle,
  movementText,
  planMeasures,
  planSummary,
  thresholdsOf,
  trendChartPart,
  valueKey,
} from '../../shared/measures/blocks';
import type { MeasureRow } from '../../shared/measures/blocks';
import { movementSentence } from '../../shared/measures/summary';
import { periodShortLabel } from '../../shared/periods';
import type { ReportingPeriod } from '../../shared/periods/model';
import { isLive } from '../../shared/records/meta';
import { useDebouncedSaver } from '../app/use-debounced-saver';
import { navigate } from '../app/route';
import { trackWrite } from '../app/save-state';
import { ChartView } from '../blocks/ChartView';
import { db } from '../db/database';
import { addMeasure, clearValue, loadMeasureData, removeMeasure, restoreMeasure, setGrade, setThresholds, setValue, updateMeasure } from '../db/measures-repo';
import { GRADE_SUGGESTIONS } from '../../shared/measures/grades';
import type { MeasureChanges, MeasureData } from '../db/measures-repo';
import { createPlan } from '../db/plans-repo';
import { DateField } from '../ui/DateField';
import { SelectField, TextArea, TextField } from '../ui/fields';
import { firstField, focusWhenShown } from '../ui/focus';
import { showToast } from '../ui/toast';
import { figureText, parseFigure, trendPeriods } from './measures-view-model';
import type { Frequency } from './measures-view-model';
import { useComparison } from './use-comparison';
import { ImportValuesButton } from './ImportValuesButton';
import { StatusBadge } from '../ui/StatusBadge';
import { TeamLock } from '../sync/TeamLock';

const write = <T,>(w: () => Promise<T>) =>
  void trackWrite(w).catch((e: unknown) => showToast({ tone: 'error', text: e instanceof Error ? e.message : String(e) }));

/** A measure's RAGB status: letter and name, with the reason as its tooltip. */
export function StatusMarkView({ status, reason }: { status: MeasureStatus; reason?: string }) {
  return <StatusBadge status={MEASURE_STATUS_STYLE[status]} show="both" title={reason} className="measure-status" />;
}

export function MeasuresScreen({ planId }: { planId?: string | undefined }) {
  const plans = useLiveQuery(async () => (await db.plans.toArray()).filter(isLive).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')), []);
  if (plans === undefined) return <p className="loading">Loading plans…</p>;
  if (plans.length === 0) return <NoPlans />;
  const chosen = plans.find((p) => p.id === planId) ?? plans[0]!;
  return (
    <div className="list-screen measures-screen">
      <div className="measures-top">
        <h1>Performance measures</h1>
        <div className="field">
          <label htmlFor="measures-plan">Plan</label>
          <select id="measures-plan" value={chosen.id} onChange={(e) => navigate({ name: 'measures', planId: e.target.value })}>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TeamLock table="measures" what="measures">
        <PlanMeasures key={chosen.id} planId={chosen.id} />
      </TeamLock>
    </div>
  );
}

function NoPlans() {
  const [name, setName] = useState('');
  const create = async () => {
    try {
      const id = await createPlan(db, { name });
      navigate({ name: 'measures', planId: id });
    } catch (e) {
      showToast({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <div className="list-screen measures-screen">
      <div className="empty-state">
        <h1>Performance measures</h1>
        <p>Measures belong to a plan. There are no plans yet: name one to start, then add its measures.</p>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <label htmlFor="measures-new-plan">New plan…</label>
          <input id="measures-new-plan" value={name} placeholder="e.g. Police and Crime Plan 2017/18" onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="primary" disabled={!name.trim()}>
            Create plan
          </button>
        </form>
      </div>
    </div>
  );
}

function PlanMeasures({ planId }: { planId: string }) {
  const data = useLiveQuery(() => loadMeasureData(db, planId), [planId]);
  const [exceptionsOnly, setExceptionsOnly] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const editorRef = useRef<HTMLElement>(null);

  const plan = data?.plans.find((p) => p.id === planId && isLive(p));
  const comparison = useComparison(planId, data, plan);
  const { frequency: freq, periods, current, previous } = comparison;

  if (data === undefined) return <p className="loading">Loading measures…</p>;
  if (!plan) return <p>This plan has been deleted.</p>;
  const thresholds = thresholdsOf(plan);
  const measures = planMeasures(data, planId);
  const rows = current ? measureRows(measures, data.measureValues, current.id, previous?.id ?? null, thresholds) : [];
  const { red, blue } = exceptionRows(rows);
  const shown = exceptionsOnly ? [...red, ...blue] : rows;
  const selectedMeasure = measures.find((m) => m.id === selected);

  const add = async () => {
    // Close the open measure first: typing while the new one is being stored must not rename the old one.
    setSelected(null);
    const id = await trackWrite(() => addMeasure(db, planId));
    setSelected(id);
    // Into the new measure's name (the button is far above it by then), in view.
    await focusWhenShown(() => firstField(document.querySelector(`section.measure-editor[data-measure-id="${CSS.escape(id)}"] .measure-form`)), {
      block: 'center',
    });
  };

  const periodSelect = (
    id: string,
    label: string,
    value: ReportingPeriod | undefined,
    set: (v: string) => void,
    options: readonly ReportingPeriod[],
    allowNone: boolean,
  ) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value?.id ?? ''} onChange={(e) => set(e.target.value)}>
        {allowNone && <option value="">None</option>}
        {options.map((p) => (
          <option key={p.id} value={p.id}>
            {periodShortLabel(p)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <div className="measures-controls">
        <SelectField<Frequency>
          view
          label="Values are"
          value={freq}
          options={[
            { value: 'month', label: 'Monthly' },
            { value: 'quarter', label: 'Quarterly' },
          ]}
          save={comparison.setFrequency}
        />
        {periodSelect('measures-current', 'Period', current, comparison.chooseCurrent, periods, false)}
        {periodSelect('measures-previous', 'Compared with', previous, comparison.choosePrevious, comparison.comparable, true)}
        <label className="check">
          <input type="checkbox" checked={exceptionsOnly} onChange={(e) => setExceptionsOnly(e.target.checked)} /> Exceptions only (Red and Blue)
        </label>
        <button type="button" className="primary" onClick={() => void add()}>
          Add measure
        </button>
        <ImportValuesButton measures={measures} />
      </div>
      {comparison.notCompared && (
        <p className="message-bar" role="status">
          {comparison.notCompared}
        </p>
      )}
      {measures.length === 0 ? (
        <div className="empty-state">
          <p>This plan has no measures yet. Choose “Add measure”, give it a target, then type its values for each period: the status is worked out for you.</p>
        </div>
      ) : (
        <>
          {current && <SummaryLine data={data} planId={planId} current={current} previous={previous} />}
          <MeasuresTable
            rows={shown}
            current={current}
            previous={previous}
            selected={selected}
            onSelect={(id) => (setSelected(id), requestAnimationFrame(() => editorRef.current?.scrollIntoView({ block: 'start' })))}
            exceptionsOnly={exceptionsOnly}
          />
        </>
      )}
      {selectedMeasure && (
        <section ref={editorRef} className="measure-editor" aria-labelledby="measure-editor-title" data-measure-id={selectedMeasure.id}>
          <div className="measure-editor-head">
            <h2 id="measure-editor-title">{selectedMeasure.name}</h2>
            <button type="button" onClick={() => setSelected(null)}>
              Close
            </button>
          </div>
          <MeasureEditor key={selectedMeasure.id} measure={selectedMeasure} data={data} onDeleted={() => setSelected(null)} />
          <ValuesGrid measure={selectedMeasure} data={data} periods={periods} thresholds={thresholds} />
          <ChartView
            part={trendChartPart(
              selectedMeasure,
              data,
              trendPeriods(data, selectedMeasure.id, periods).map((p) => p.id),
            )}
          />
        </section>
      )}
      <ThresholdsEditor planId={planId} thresholds={plan.measureThresholds} />
    </>
  );
}

function SummaryLine({
  data,
  planId,
  current,
  previous,
}: {
  data: MeasureData;
  planId: string;
  current: ReportingPeriod;
  previous: ReportingPeriod | undefined;
}) {
  const summary = planSummary(data, planId, current.id, previous?.id ?? null);
  return (
    <p className="measures-summary" aria-live="polite">
      {summary.rows.map((r) => (
        <span key={r.status} className="measures-count">
          <StatusMarkView status={r.status} /> {r.current.count} ({r.current.percentageText})
        </span>
      ))}
      <span className="measures-sentence">{movementSentence(summary)}</span>
    </p>
  );
}

function MeasuresTable({
  rows,
  current,
  previous,
  selected,
  onSelect,
  exceptionsOnly,
}: {
  rows: readonly MeasureRow[];
  current: ReportingPeriod | undefined;
  previous: ReportingPeriod | undefined;
  selected: string | null;
  onSelect: (id: string) => void;
  exceptionsOnly: boolean;
}) {
  if (rows.length === 0) return <p className="empty-state">{exceptionsOnly ? 'No measure is Red or Blue in this period.' : 'No measures.'}</p>;
  return (
    <table className="measures-table">
      <caption className="visually-hidden">Measures for {current ? periodShortLabel(current) : 'this period'}</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Target</th>
          {previous && <th scope="col">{periodShortLabel(previous)}</th>}
          <th scope="col">{current ? periodShortLabel(current) : 'Value'}</th>
          <th scope="col">Status</th>
          <th scope="col">Movement</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.measure.id} className={r.measure.id === selected ? 'selected' : undefined} data-status={r.current.status}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onSelect(r.measure.id)}>
                {measureTitle(r.measure)}
              </button>
              {r.measure.monitorOnly && <small className="muted"> (monitor only)</small>}
            </th>
            <td>{describeTarget(r.measure)}</td>
            {previous && <td className="num">{formatRecorded(r.measure, r.previousValue?.value)}</td>}
            <td className="num">{formatRecorded(r.measure, r.currentValue?.value)}</td>
            <td>
              <StatusMarkView status={r.current.status} reason={r.current.reason} />
              <div className="measure-reason">{r.current.reason}</div>
            </td>
            <td>{previous ? movementText(r) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A number field that saves as it is typed; empty saves null (when allowed), anything not a number is shown as an error and not saved. */
function NumberField({
  label,
  value,
  save,
  hint,
  allowEmpty = true,
}: {
  label: ReactNode;
  value: number | null;
  save: (v: number | null) => Promise<unknown>;
  hint?: string;
  allowEmpty?: boolean;
}) {
  const id = useId();
  const [local, setLocal] = useState(figureText(value));
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);
  const saver = useDebouncedSaver<number | null>(save);
  useEffect(() => {
    if (!editing.current) setLocal(figureText(value));
  }, [value]);
  useEffect(() => () => saver.flush(), [saver]);
  const change = (t: string) => {
    editing.current = true;
    setLocal(t);
    const n = parseFigure(t);
    if (n === undefined || (n === null && !allowEmpty)) {
      setError(n === null ? 'A number is needed.' : 'Type a number, e.g. 29.6 or −1.');
      return;
    }
    setError(null);
    saver.push(n);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={local}
        aria-invalid={error ? true : undefined}
        aria-describedby={hint || error ? `${id}-desc` : undefined}
        onChange={(e) => change(e.target.value)}
        onBlur={() => (saver.flush(), (editing.current = false))}
      />
      {(hint || error) && (
        <div id={`${id}-desc`} className={error ? 'field-error' : 'field-hint'}>
          {error ?? hint}
        </div>
      )}
    </div>
  );
}

function Check({ label, checked, save }: { label: string; checked: boolean; save: (v: boolean) => Promise<unknown> }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => write(() => save(e.target.checked))} /> {label}
    </label>
  );
}

type TargetKind = MeasureTarget['kind'] | 'none';

function MeasureEditor({ measure: m, data, onDeleted }: { measure: Measure; data: MeasureData; onDeleted: () => void }) {
  const upd = (c: MeasureChanges) => updateMeasure(db, m.id, c);
  const themes = data.themes.filter(isLive).sort((a, b) => a.position - b.position);
  const t = m.target;
  const by = t?.by ?? '';
  const setKind = (k: TargetKind) => {
    const keep = by ? { by } : {};
    const target: MeasureTarget | null =
      k === 'none'
        ? null
        : k === 'reduceVsBaseline'
          ? { kind: k, ...keep }
          : k === 'changeVsBaseline'
            ? { kind: k, percent: t?.kind === 'changeVsBaseline' ? t.percent : 10, ...keep }
            : { kind: k, level: t && 'level' in t ? t.level : 0, ...keep };
    write(() => upd({ target, ...(k === 'reduceVsBaseline' || k === 'noMoreThan' ? { direction: 'lowerIsBetter' as const } : {}) }));
  };
  const remove = async () => {
    await trackWrite(() => removeMeasure(db, m.id));
    onDeleted();
    showToast({ text: `“${m.name}” deleted.`, action: { label: 'Undo', run: () => restoreMeasure(db, m.id) } });
  };
  return (
    <div className="measure-form">
      <TextField label="Name" value={m.name} save={(v) => upd({ name: v })} />
      <TextArea label="Objective" value={m.objective} save={(v) => upd({ objective: v })} />
      <SelectField
        label="Theme"
        value={m.themeId ?? ''}
        options={[{ value: '', label: 'No theme' }, ...themes.map((x) => ({ value: x.id, label: `Theme ${x.number}: ${x.title}` }))]}
        save={(v) => write(() => upd({ themeId: v || null }))}
      />
      <fieldset className="measure-target">
        <legend>Target</legend>
        <SelectField<TargetKind>
          label="Kind"
          value={t?.kind ?? 'none'}
          options={[
            { value: 'none', label: 'No target' },
            { value: 'reduceVsBaseline', label: 'A reduction compared to the baseline' },
            { value: 'changeVsBaseline', label: 'A % change compared to the baseline' },
            { value: 'reachLevel', label: 'Reach a level' },
            { value: 'noMoreThan', label: 'No more than a level' },
          ]}
          save={setKind}
        />
        {t?.kind === 'changeVsBaseline' && (
          <NumberField
            label="Change (%; negative for a reduction)"
            value={t.percent}
            allowEmpty={false}
            save={(v) => upd({ target: { ...t, percent: v ?? 0 } })}
          />
        )}
        {(t?.kind === 'reachLevel' || t?.kind === 'noMoreThan') && (
          <NumberField label="Level" value={t.level} allowEmpty={false} save={(v) => upd({ target: { ...t, level: v ?? 0 } })} />
        )}
        {t && <DateField label="By (date, optional)" value={by} save={(v) => upd({ target: { ...t, by: v || null } })} />}
        <p className="field-hint">{describeTarget(m)}</p>
      </fieldset>
      <SelectField
        label="Better is"
        value={m.direction}
        disabled={t?.kind === 'reduceVsBaseline' || t?.kind === 'noMoreThan'}
        options={[
          { value: 'higherIsBetter', label: 'Higher' },
          { value: 'lowerIsBetter', label: 'Lower' },
        ]}
        save={(v) => write(() => upd({ direction: v }))}
      />
      <SelectField
        label="Unit"
        value={m.unit}
        options={[
          { value: 'count', label: 'Count' },
          { value: 'percent', label: '%' },
          { value: 'percentagePoints', label: 'Percentage points' },
          { value: 'currency', label: '£' },
          { value: 'minutes', label: 'Minutes' },
          { value: 'rate', label: 'Rate' },
        ]}
        save={(v) => write(() => upd({ unit: v }))}
      />
      <SelectField
        label="Values recorded as"
        value={m.valueBasis}
        options={[
          { value: 'level', label: 'The figure itself (55.7%, 22)' },
          { value: 'percentChange', label: '% change on the baseline (+29.6%)' },
          { value: 'changeFromBaseline', label: 'Difference from the baseline (+7)' },
        ]}
        save={(v) => write(() => upd({ valueBasis: v }))}
      />
      <fieldset className="measure-baseline">
        <legend>Baseline</legend>
        <NumberField label="Value" value={m.baseline?.value ?? null} save={(v) => upd({ baseline: { label: m.baseline?.label ?? '', value: v } })} />
        <TextField
          label="Label"
          value={m.baseline?.label ?? ''}
          placeholder="e.g. 2015-16"
          save={(v) => upd({ baseline: { value: m.baseline?.value ?? null, label: v } })}
        />
      </fieldset>
      <TextField label="Source" value={m.source} save={(v) => upd({ source: v })} />
      <fieldset className="measure-flags">
        <legend>Flags</legend>
        <Check label="Monitor only (rated only beyond the threshold)" checked={m.monitorOnly} save={(v) => upd({ monitorOnly: v })} />
        {m.monitorOnly && (
          <NumberField
            label="This measure's monitor-only threshold (%; empty uses the plan's)"
            value={m.monitorThreshold}
            save={(v) => upd({ monitorThreshold: v })}
          />
        )}
        <Check label="New this year (printed “NEW:”)" checked={m.newThisYear} save={(v) => upd({ newThisYear: v })} />
        <Check label="No longer measured" checked={m.noLongerMeasured} save={(v) => upd({ noLongerMeasured: v })} />
      </fieldset>
      <button type="button" className="danger" onClick={() => void remove()}>
        Delete measure
      </button>
    </div>
  );
}

const GRADE_LIST_ID = 'measure-grade-suggestions';

function ValueCell({
  measure,
  periodId,
  label,
  value,
  note,
  grade,
}: {
  measure: Measure;
  periodId: string;
  label: string;
  value: number | null | undefined;
  note: string;
  grade: string;
}) {
  const save = (v: number | null) => (v === null ? clearValue(db, measure.id, periodId) : setValue(db, measure.id, periodId, v));
  return (
    <>
      <td>
        <NumberField label={<span className="visually-hidden">{label} value</span>} value={value ?? null} save={save} />
      </td>
      <td>
        <TextField
          label={<span className="visually-hidden">{label} note</span>}
          value={note}
          save={(v) => setValue(db, measure.id, periodId, value ?? null, v)}
        />
      </td>
      <td>
        <TextField
          className="cell-field grade"
          label={<span className="visually-hidden">{label} grade</span>}
          value={grade}
          list={GRADE_LIST_ID}
          save={(v) => setGrade(db, measure.id, periodId, v)}
        />
      </td>
    </>
  );
}

function ValuesGrid({
  measure,
  data,
  periods,
  thresholds,
}: {
  measure: Measure;
  data: MeasureData;
  periods: readonly ReportingPeriod[];
  thresholds: MeasureThresholds;
}) {
  const index = liveValueIndex(data.measureValues.filter((v) => v.measureId === measure.id));
  return (
    <details className="values-grid" open>
      <summary>Values per period</summary>
      <p className="field-hint">
        Type each period’s figure; leave it empty for no value. The status is computed as you type. A grade (“Good”, “Requires Improvement”, “Pending” …) prints
        in a measures table whose status column is the grade; the note prints in its comment column.
      </p>
      <datalist id={GRADE_LIST_ID}>
        {GRADE_SUGGESTIONS.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <table>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Value</th>
            <th scope="col">Note</th>
            <th scope="col">Grade</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => {
            const label = periodShortLabel(p);
            const v = index.get(valueKey(measure.id, p.id));
            const row = measureRows([measure], v ? [v] : [], p.id, null, thresholds)[0]!;
            return (
              <tr key={p.id}>
                <th scope="row">{label}</th>
                <ValueCell measure={measure} periodId={p.id} label={label} value={v?.value} note={v?.note ?? ''} grade={v?.grade ?? ''} />
                <td>{v ? <StatusMarkView status={row.current.status} reason={row.current.reason} /> : <span className="muted">No data</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}

function ThresholdsEditor({ planId, thresholds }: { planId: string; thresholds: MeasureThresholds | null }) {
  const t = thresholds ?? DEFAULT_THRESHOLDS;
  const set = (c: Partial<MeasureThresholds>) => setThresholds(db, planId, { ...t, ...c });
  return (
    <details className="thresholds">
      <summary>RAGB thresholds for this plan</summary>
      <div className="measure-form">
        <NumberField
          label="Significance (%): Blue and Red beyond it, Amber within it"
          value={t.significance}
          allowEmpty={false}
          save={(v) => set({ significance: v ?? DEFAULT_THRESHOLDS.significance })}
        />
        <NumberField
          label="Monitor-only threshold (±%)"
          value={t.monitorOnly}
          allowEmpty={false}
          save={(v) => set({ monitorOnly: v ?? DEFAULT_THRESHOLDS.monitorOnly })}
        />
        <SelectField
          label="Levels in % are compared"
          value={t.percentLevelBasis}
          options={[
            { value: 'relative', label: 'Relative to the target (55.7% vs 60% is 7.2% below)' },
            { value: 'percentagePoints', label: 'In percentage points (55.7% vs 60% is 4.3 points below)' },
          ]}
          save={(v) => write(() => set({ percentLevelBasis: v }))}
        />
        <button type="button" disabled={thresholds === null} onClick={() => write(() => setThresholds(db, planId, null))}>
          Use the defaults (5%, ±10%, relative)
        </button>
      </div>
    </details>
  );
}
