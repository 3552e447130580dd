// One delivery plan: the overview (themes, deliverables, status key figures and chart for a period,
// the status key editor, reporting periods, people) or, with view 'updates', the lead officer's
// view where the quarter's updates are written.
import '../styles/plans.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, startTransition, useEffect, useMemo, useState } from 'react';
import type { ChartPart } from '../../shared/blocks/content';
import type { Deliverable, DeliveryPlan, Person, Theme } from '../../shared/plans/model';
import { statusById } from '../../shared/plans/status-key';
import { ORGANISATION_SUGGESTIONS } from '../../shared/plans/model';
import { trackWrite } from '../app/save-state';
import { ChartView } from '../blocks/ChartView';
import { db } from '../db/database';
import {
  addDeliverable,
  addPerson,
  addTheme,
  loadPlanData,
  moveDeliverable,
  moveTheme,
  removeDeliverable,
  removePerson,
  removeTheme,
  restoreDeliverable,
  restorePerson,
  restoreTheme,
  updateDeliverable,
  updatePerson,
  updatePlan,
  updateTheme,
} from '../db/plans-repo';
import { DateField } from '../ui/DateField';
import { TextArea, TextField } from '../ui/fields';
import { showToast } from '../ui/toast';
import { periodOption, planViewModel, themesUpTo } from './plan-view-model';
import type { PlanViewModel, ScopeSummary } from './plan-view-model';
import { UpdatesView } from './UpdatesView';
import { StatusBadge } from '../ui/StatusBadge';
import { ImportPlanButton } from './ImportPlanButton';
import { ReportingPeriodsPanel } from './ReportingPeriodsPanel';
import { StatusKeyEditor } from './StatusKeyEditor';
import { OwnersCell, PlanFrequenciesField, WhenCell } from './ActionCells';
import { PacksPanel } from './PacksPanel';
import { TeamLock } from '../sync/TeamLock';

export function usePlanData(planId: string) {
  return useLiveQuery(() => loadPlanData(db, planId), [planId]);
}

export function PlanScreen({ planId, view }: { planId: string; view?: string | undefined }) {
  const data = usePlanData(planId);
  const [periodId, setPeriodId] = useState<string | null>(null);
  const vm = useMemo(() => (data ? planViewModel(data, planId, periodId) : undefined), [data, planId, periodId]);
  if (data === undefined) return <p className="loading">Loading plan…</p>;
  if (!vm) {
    return (
      <div className="list-screen">
        <div className="empty-state">
          <h1>Plan not found</h1>
          <p>This plan has been deleted, or its link is wrong.</p>
          <a href="#/plans">Back to delivery plans</a>
        </div>
      </div>
    );
  }
  const tabs = (
    <nav className="plan-tabs" aria-label="Plan views">
      <a href={`#/plan/${planId}`} aria-current={view !== 'updates' ? 'page' : undefined}>
        Overview
      </a>
      <a href={`#/plan/${planId}/updates`} aria-current={view === 'updates' ? 'page' : undefined}>
        Lead officer updates
      </a>
    </nav>
  );
  const periodPicker = (
    <div className="field period-picker">
      <label htmlFor="plan-period">Reporting period</label>
      <select id="plan-period" value={vm.period.id} onChange={(e) => setPeriodId(e.target.value)}>
        {vm.periods.map((p) => {
          const o = periodOption(p);
          return (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          );
        })}
      </select>
    </div>
  );
  return (
    <div className="list-screen plan-screen">
      <p className="breadcrumb">
        <a href="#/plans">Delivery plans</a> ›
      </p>
      <h1 className="plan-title">{vm.plan.name}</h1>
      {tabs}
      {view === 'updates' ? (
        <TeamLock table="updates" what="delivery-plan updates">
          <UpdatesView vm={vm} data={data} periodPicker={periodPicker} />
        </TeamLock>
      ) : (
        <TeamLock table="plans" what="delivery plans">
          <Overview vm={vm} periodPicker={periodPicker} />
        </TeamLock>
      )}
    </div>
  );
}

export function FiguresTable({ plan, summary, caption }: { plan: DeliveryPlan; summary: ScopeSummary; caption: string }) {
  return (
    <table className="data-table figures-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Number &amp; %</th>
        </tr>
      </thead>
      <tbody>
        {summary.figures.rows.map((r) => (
          <tr key={r.statusId}>
            <td>
              <StatusBadge status={statusById(plan.statusKey, r.statusId)} show="name" title={statusById(plan.statusKey, r.statusId)?.meaning} />
            </td>
            <td>{r.text}</td>
          </tr>
        ))}
        {summary.figures.notUpdated > 0 && (
          <tr>
            <td>Not rated yet</td>
            <td>
              {summary.figures.notUpdated}/{summary.figures.total}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/**
 * The plan's chart, drawn a task after the overview's first paint: recharts measures the page to place
 * its legend, which lays out everything already rendered. Its title and description (the figures in
 * words) are there at once, in a box of the chart's size, so nothing moves when it is drawn. Drawn
 * again only when the chart's content changes, not on every edit elsewhere in the plan.
 */
const ChartAfterPaint = memo(
  function ChartAfterPaint({ part, width, height }: { part: ChartPart; width: number; height: number }) {
    const [drawn, setDrawn] = useState(false);
    useEffect(() => {
      if (drawn) return;
      const t = setTimeout(() => startTransition(() => setDrawn(true)), 0);
      return () => clearTimeout(t);
    }, [drawn]);
    if (drawn) return <ChartView part={part} width={width} height={height} />;
    return (
      <figure className="chart-view" role="img" aria-label={part.altText}>
        <figcaption className="chart-title">{part.title}</figcaption>
        <div style={{ width, height }} />
      </figure>
    );
  },
  (a, b) => a.width === b.width && a.height === b.height && JSON.stringify(a.part) === JSON.stringify(b.part),
);

/** Rows rendered with the first frame of a plan's overview; the rest follow a batch per task. */
const FIRST_ROWS = 40;
const BATCH_ROWS = 120;

/**
 * How many of the plan's themes the overview renders: a first screenful when the plan opens, then
 * a batch per task after each paint (as a transition, so typing or a click comes first), then all
 * of them for as long as the plan stays open (a theme added later appears at once).
 */
function useThemesShown(vm: PlanViewModel): number {
  const counts = vm.themes.map((t) => t.deliverables.length);
  const [state, setState] = useState(() => ({ planId: vm.plan.id, shown: themesUpTo(counts, 0, FIRST_ROWS) }));
  const current = state.planId === vm.plan.id ? state : { planId: vm.plan.id, shown: themesUpTo(counts, 0, FIRST_ROWS) };
  if (current !== state) setState(current);
  const all = current.shown >= counts.length;
  useEffect(() => {
    if (all) return;
    const t = setTimeout(() => startTransition(() => setState((s) => ({ ...s, shown: themesUpTo(counts, s.shown, BATCH_ROWS) }))), 0);
    return () => clearTimeout(t);
  });
  return all ? counts.length : current.shown;
}

function Overview({ vm, periodPicker }: { vm: PlanViewModel; periodPicker: React.ReactNode }) {
  const { plan } = vm;
  const shown = useThemesShown(vm);
  const addT = async () => {
    await addTheme(db, plan.id);
  };
  return (
    <>
      <section className="plan-section" aria-labelledby="plan-details">
        <h2 id="plan-details">Plan</h2>
        <div className="plan-fields">
          <TextField label="Name" value={plan.name} save={(v) => updatePlan(db, plan.id, { name: v })} />
          <DateField label="Covers from" value={plan.coversFrom} save={(v) => (v ? updatePlan(db, plan.id, { coversFrom: v }) : Promise.resolve())} />
          <DateField label="Covers to" value={plan.coversTo} save={(v) => (v ? updatePlan(db, plan.id, { coversTo: v }) : Promise.resolve())} />
        </div>
        <PlanFrequenciesField plan={plan} />
      </section>

      <section className="plan-section" aria-labelledby="plan-figures">
        <h2 id="plan-figures">Status key figures</h2>
        {periodPicker}
        <div className="figures-grid">
          <div>
            <FiguresTable plan={plan} summary={vm.summary} caption={`Whole plan, ${periodOption(vm.period).label}`} />
            <p className="change-text">{vm.summary.changeText}</p>
            <p className="progress-text">Whole plan: {vm.summary.progress.text}</p>
          </div>
          <ChartAfterPaint part={vm.chart} width={520} height={260} />
        </div>
      </section>

      <PacksPanel vm={vm} />

      {vm.themes.slice(0, shown).map(({ theme, deliverables, summary }, i) => (
        <ThemeSection key={theme.id} vm={vm} theme={theme} deliverables={deliverables} summary={summary} first={i === 0} last={i === vm.themes.length - 1} />
      ))}
      <div className="button-row">
        <button type="button" onClick={() => void addT()}>
          Add theme
        </button>
        <ImportPlanButton vm={vm} />
      </div>

      {/* Below every theme, so they follow the last batch: in a big plan they are far off the first screen. */}
      {shown >= vm.themes.length && (
        <>
          <StatusKeyEditor key={plan.id} plan={plan} usage={vm.statusUsage} />
          <ReportingPeriodsPanel vm={vm} />
          <PeopleSection people={vm.people} />
        </>
      )}
    </>
  );
}

/** A text area's lines as a list: each trimmed, blank lines left out. */
const lines = (v: string): string[] =>
  v
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

function ThemeSection({
  vm,
  theme,
  deliverables,
  summary,
  first,
  last,
}: {
  vm: PlanViewModel;
  theme: Theme;
  deliverables: readonly Deliverable[];
  summary: ScopeSummary;
  first: boolean;
  last: boolean;
}) {
  const remove = async () => {
    await removeTheme(db, theme.id);
    showToast({ text: `Theme ${theme.number} removed.`, action: { label: 'Undo', run: () => restoreTheme(db, theme.id) } });
  };
  return (
    <section className="plan-section theme-section" aria-labelledby={`theme-${theme.id}`}>
      <h2 id={`theme-${theme.id}`}>
        Theme {theme.number}: {theme.title || 'Untitled theme'}
      </h2>
      <div className="theme-head">
        <TextField className="theme-number" label="Number" value={theme.number} save={(v) => updateTheme(db, theme.id, { number: v.trim() })} />
        <TextField className="theme-title" label="Title" value={theme.title} save={(v) => updateTheme(db, theme.id, { title: v })} />
        <div className="button-row">
          <button type="button" disabled={first} onClick={() => void moveTheme(db, theme.id, -1)} aria-label={`Move theme ${theme.number} up`}>
            ↑
          </button>
          <button type="button" disabled={last} onClick={() => void moveTheme(db, theme.id, 1)} aria-label={`Move theme ${theme.number} down`}>
            ↓
          </button>
          <button type="button" onClick={() => void remove()}>
            Remove theme
          </button>
        </div>
      </div>
      <div className="theme-lists">
        <TextArea
          label="Priorities (one per line)"
          rows={3}
          value={theme.priorities.join('\n')}
          save={(v) => updateTheme(db, theme.id, { priorities: lines(v) })}
        />
        <TextArea
          label="Objectives (one per line)"
          rows={3}
          value={(theme.objectives ?? []).join('\n')}
          save={(v) => updateTheme(db, theme.id, { objectives: lines(v) })}
        />
      </div>
      <div className="figures-grid">
        <FiguresTable plan={vm.plan} summary={summary} caption={`Theme ${theme.number}, ${periodOption(vm.period).label}`} />
        <div>
          <p className="change-text">{summary.changeText}</p>
          <p className="progress-text">
            Theme {theme.number}: {summary.progress.text}
          </p>
        </div>
      </div>
      <DeliverablesTable vm={vm} theme={theme} deliverables={deliverables} />
    </section>
  );
}

function DeliverablesTable({ vm, theme, deliverables }: { vm: PlanViewModel; theme: Theme; deliverables: readonly Deliverable[] }) {
  const add = async () => {
    await addDeliverable(db, vm.plan.id, theme.id);
  };
  const remove = async (d: Deliverable) => {
    await removeDeliverable(db, d.id);
    showToast({ text: `Deliverable ${d.ref || ''} removed.`, action: { label: 'Undo', run: () => restoreDeliverable(db, d.id) } });
  };
  const listId = `orgs-${theme.id}`;
  return (
    <>
      <datalist id={listId}>
        {ORGANISATION_SUGGESTIONS.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <div className="table-scroll">
        <table className="data-table deliverables-table">
          <caption className="visually-hidden">Deliverables of theme {theme.number}</caption>
          <thead>
            <tr>
              <th scope="col">Ref</th>
              <th scope="col">Organisation</th>
              <th scope="col">Owners</th>
              <th scope="col">Marker</th>
              <th scope="col">Strategic activity</th>
              <th scope="col">Completion date or frequency</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {deliverables.map((d, i) => {
              const name = d.ref || `row ${i + 1}`;
              return (
                <tr key={d.id}>
                  <td>
                    <TextField
                      className="cell-field ref"
                      label={<span className="visually-hidden">Ref of {name}</span>}
                      value={d.ref}
                      save={(v) => updateDeliverable(db, d.id, { ref: v.trim() })}
                    />
                  </td>
                  <td>
                    <OrgField d={d} listId={listId} />
                  </td>
                  <td>
                    <OwnersCell d={d} name={name} people={vm.people} />
                  </td>
                  <td>
                    <TextField
                      className="cell-field marker"
                      label={<span className="visually-hidden">Marker of {name}</span>}
                      value={d.marker}
                      save={(v) => updateDeliverable(db, d.id, { marker: v.trim().slice(0, 10) })}
                    />
                  </td>
                  <td>
                    <TextArea
                      className="cell-field"
                      label={<span className="visually-hidden">Activity of {name}</span>}
                      value={d.activity}
                      save={(v) => updateDeliverable(db, d.id, { activity: v })}
                    />
                  </td>
                  <td>
                    <WhenCell d={d} name={name} latestStatus={statusById(vm.plan.statusKey, vm.current.get(d.id)?.statusId)} />
                  </td>
                  <td>
                    <StatusBadge
                      status={statusById(vm.plan.statusKey, vm.current.get(d.id)?.statusId)}
                      title={statusById(vm.plan.statusKey, vm.current.get(d.id)?.statusId)?.meaning}
                    />
                  </td>
                  <td className="row-actions">
                    <button type="button" disabled={i === 0} onClick={() => void moveDeliverable(db, d.id, -1)} aria-label={`Move ${name} up`}>
                      ↑
                    </button>
                    <button
                      type="button"
                      disabled={i === deliverables.length - 1}
                      onClick={() => void moveDeliverable(db, d.id, 1)}
                      aria-label={`Move ${name} down`}
                    >
                      ↓
                    </button>
                    <button type="button" onClick={() => void remove(d)} aria-label={`Remove ${name}`}>
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <button type="button" onClick={() => void add()}>
          Add deliverable to theme {theme.number}
        </button>
      </div>
    </>
  );
}

function OrgField({ d, listId }: { d: Deliverable; listId: string }) {
  const [v, setV] = useState(d.organisation);
  return (
    <input
      className="cell-input"
      list={listId}
      aria-label={`Organisation of ${d.ref || 'deliverable'}`}
      value={v}
      onChange={(e) => setV(e.target.value)}
      onBlur={() => v !== d.organisation && void trackWrite(() => updateDeliverable(db, d.id, { organisation: v.trim() }))}
    />
  );
}

function PeopleSection({ people }: { people: readonly Person[] }) {
  const [name, setName] = useState('');
  const add = async () => {
    try {
      await addPerson(db, { name });
      setName('');
    } catch (e) {
      showToast({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };
  const remove = async (p: Person) => {
    await removePerson(db, p.id);
    showToast({ text: `${p.name} removed from the list.`, action: { label: 'Undo', run: () => restorePerson(db, p.id) } });
  };
  return (
    <section className="plan-section" aria-labelledby="people-heading">
      <h2 id="people-heading">People</h2>
      <p className="muted small">
        Lead officers and authors, shared by every plan, so names are spelt one way. The short name is what the "Lead Officer" column prints.
      </p>
      <table className="data-table people-table">
        <caption className="visually-hidden">People</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Short name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Role</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <td>
                <TextField
                  className="cell-field"
                  label={<span className="visually-hidden">Name</span>}
                  value={p.name}
                  save={(v) => (v.trim() ? updatePerson(db, p.id, { name: v.trim() }) : Promise.resolve())}
                />
              </td>
              <td>
                <TextField
                  className="cell-field"
                  label={<span className="visually-hidden">Short name of {p.name}</span>}
                  value={p.shortName}
                  save={(v) => updatePerson(db, p.id, { shortName: v.trim() })}
                />
              </td>
              <td>
                <TextField
                  className="cell-field"
                  type="email"
                  label={<span className="visually-hidden">E-mail of {p.name}</span>}
                  value={p.email}
                  save={(v) => updatePerson(db, p.id, { email: v.trim() })}
                />
              </td>
              <td>
                <TextField
                  className="cell-field"
                  label={<span className="visually-hidden">Role of {p.name}</span>}
                  value={p.role}
                  save={(v) => updatePerson(db, p.id, { role: v })}
                />
              </td>
              <td className="row-actions">
                <button type="button" onClick={() => void remove(p)} aria-label={`Remove ${p.name}`}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label htmlFor="new-person">Add person</label>
        <input id="new-person" value={name} onChange={(e) => setName(e.target.value)} placeholder="Name" />
        <button type="submit" disabled={!name.trim()}>
          Add
        </button>
      </form>
    </section>
  );
}
