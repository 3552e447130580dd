// The plan's reporting periods: its financial-year quarters (from its dates) and the custom periods,
// which are shared by every plan. Custom periods are added, renamed and removed here; one in use is
// never removed (removeCustomPeriod says what uses it).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { customPeriodProblems } from '../../shared/periods/periods';
import { periodShortLabel, spanLabel } from '../../shared/periods/labels';
import { CUSTOM_PREFIX } from '../../shared/periods/model';
import type { CustomPeriodRecord } from '../../shared/periods/model';
import { createDebouncedSaver } from '../app/debounced-save';
import { isQuotaError } from '../app/save-state';
import { db } from '../db/database';
import { addCustomPeriod, removeCustomPeriod, restoreCustomPeriod, updateCustomPeriod } from '../db/plans-repo';
import { DateInput, DATE_FORMAT_ERROR } from '../ui/DateField';
import { showToast } from '../ui/toast';
import type { PlanViewModel } from './plan-view-model';

const QUARTERS_NOTE = 'Q1 April–June, Q2 July–September, Q3 October–December, Q4 January–March';

export function ReportingPeriodsPanel({ vm }: { vm: PlanViewModel }) {
  const [message, setMessage] = useState<string | null>(null);
  const count = (periodId: string) => vm.updatesPerPeriod.get(periodId) ?? 0;

  const remove = async (c: CustomPeriodRecord) => {
    try {
      await removeCustomPeriod(db, c.id);
      setMessage(null);
      showToast({ text: `"${c.label}" removed.`, action: { label: 'Undo', run: () => restoreCustomPeriod(db, c.id) } });
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section className="plan-section periods-panel" aria-labelledby="periods-heading">
      <h2 id="periods-heading">Reporting periods</h2>
      <p className="muted small">
        This plan reports by UK financial-year quarters ({QUARTERS_NOTE}) between its "Covers from" and "Covers to" dates. Add a custom period for any other
        span, such as "April to November 2017" or a year to date.{' '}
        <strong>Custom periods are shared: every plan (and the performance measures) offers them, not only this one.</strong>
      </p>
      {message && (
        <p className="message-bar error" role="alert">
          {message}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table periods-table">
          <caption className="visually-hidden">Reporting periods offered for this plan</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Dates</th>
              <th scope="col">Kind</th>
              <th scope="col">Updates in this plan</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {vm.quarters.map((q) => (
              <tr key={q.id}>
                <th scope="row">{periodShortLabel(q)}</th>
                <td>{spanLabel(q.start, q.end)}</td>
                <td>Quarter of this plan</td>
                <td>{count(q.id) || <span className="muted">None</span>}</td>
                <td />
              </tr>
            ))}
            {vm.customPeriods.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <PeriodLabelField period={c} others={vm.customPeriods.filter((o) => o.id !== c.id)} />
                </th>
                <td>{spanLabel(c.start, c.end)}</td>
                <td>Custom (every plan)</td>
                <td>{count(`${CUSTOM_PREFIX}${c.id}`) || <span className="muted">None</span>}</td>
                <td className="row-actions">
                  <button type="button" onClick={() => void remove(c)} aria-label={`Remove ${c.label}`}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {vm.quarters.length === 0 && vm.customPeriods.length === 0 && <p className="muted">No periods yet: check the plan's dates, or add a custom period.</p>}
      <AddPeriodForm existing={vm.customPeriods} />
    </section>
  );
}

/** Renames as the user types, but stores only a label that passes customPeriodProblems. */
function PeriodLabelField({ period, others }: { period: CustomPeriodRecord; others: readonly CustomPeriodRecord[] }) {
  const [value, setValue] = useState(period.label);
  const [refused, setRefused] = useState<string | null>(null);
  const editing = useRef(false);
  const saver = useMemo(
    () =>
      createDebouncedSaver<string>(async (label) => {
        try {
          await updateCustomPeriod(db, period.id, { label });
          setRefused(null);
        } catch (e) {
          if (isQuotaError(e)) throw e;
          setRefused(e instanceof Error ? e.message : String(e));
        }
      }),
    [period.id],
  );
  useEffect(() => () => saver.flush(), [saver]);
  useEffect(() => {
    if (!editing.current) setValue(period.label);
  }, [period.label]);
  const problem = customPeriodProblems({ label: value, start: period.start, end: period.end }, others)[0] ?? refused;
  const errorId = `period-${period.id}-error`;
  return (
    <div className="field">
      <input
        className="cell-input period-label"
        aria-label={`Label of the period ${spanLabel(period.start, period.end)}`}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        value={value}
        onChange={(e) => {
          editing.current = true;
          setValue(e.target.value);
          if (customPeriodProblems({ label: e.target.value, start: period.start, end: period.end }, others).length === 0) saver.push(e.target.value);
        }}
        onBlur={() => {
          saver.flush();
          editing.current = false;
        }}
      />
      {problem && (
        <span id={errorId} className="field-error">
          Not saved: {problem}
        </span>
      )}
    </div>
  );
}

function AddPeriodForm({ existing }: { existing: readonly CustomPeriodRecord[] }) {
  const [label, setLabel] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [tried, setTried] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState({ start: false, end: false });
  const problems = [...(unreadable.start || unreadable.end ? [DATE_FORMAT_ERROR] : []), ...customPeriodProblems({ label, start, end }, existing)];
  const shown = tried ? (problems.length ? problems : refused ? [refused] : []) : [];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setRefused(null);
    if (problems.length) return;
    try {
      await addCustomPeriod(db, { label, start, end });
      showToast({ tone: 'success', text: `"${label.trim()}" added: it is now offered in every plan's period pickers.` });
      setLabel('');
      setStart('');
      setEnd('');
      setTried(false);
    } catch (err) {
      setRefused(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <form className="add-period" onSubmit={(e) => void submit(e)} aria-labelledby="add-period-heading" noValidate>
      <h3 id="add-period-heading">Add a custom period</h3>
      <div className="add-period-fields">
        <div className="field period-name">
          <label htmlFor="new-period-label">Label</label>
          <input
            id="new-period-label"
            value={label}
            placeholder="e.g. April to November 2017"
            onChange={(e) => setLabel(e.target.value)}
            aria-describedby={shown.length ? 'new-period-problems' : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="new-period-start">Starts on</label>
          <DateInput id="new-period-start" value={start} onChange={setStart} onValidity={(e) => setUnreadable((u) => ({ ...u, start: !!e }))} />
        </div>
        <div className="field">
          <label htmlFor="new-period-end">Ends on</label>
          <DateInput id="new-period-end" value={end} onChange={setEnd} onValidity={(e) => setUnreadable((u) => ({ ...u, end: !!e }))} />
        </div>
        <button type="submit">Add period</button>
      </div>
      {shown.length > 0 && (
        <div id="new-period-problems" className="message-bar error" role="alert">
          <strong>Not added yet:</strong>
          <ul>
            {shown.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
