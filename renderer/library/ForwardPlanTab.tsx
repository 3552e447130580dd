// The forward plan of key decisions: items grouped by category (numbered 2.1, 2.2 …), edited inline.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isLive } from '../../shared/records/meta';
import { categoryLabel, formatDecisionDate, groupForwardPlan, NONE_TO_REPORT, parseDecisionDates, REPORT_OF_CHOICES } from '../../shared/library/forward-plan';
import type { DecisionDates } from '../../shared/library/forward-plan';
import type { CategoryNumbering } from '../../shared/library/model';
import { formatMoney, parseAmount } from '../../shared/library/money';
import type { Cost, ForwardPlan } from '../../shared/library/model';
import { db } from '../db/database';
import {
  setCategoryNote,
  setCategoryNumbering,
  setDecisionDates,
  addCategory,
  addForwardPlanItem,
  createForwardPlan,
  moveCategory,
  moveForwardPlanItem,
  removeCategory,
  removeForwardPlan,
  removeForwardPlanItem,
  renameCategory,
  renameForwardPlan,
  restoreForwardPlan,
  restoreForwardPlanItem,
  updateForwardPlanItem,
} from '../db/library-repo';
import { SelectField, TextField } from '../ui/fields';
import { showToast } from '../ui/toast';
import { AutoInput, asText } from './AutoInput';
import type { ParseResult } from './AutoInput';
import { focusNewRecord, useChosen } from './use-chosen';

/** A typed cost: a figure ("£1.2m", "300,000") is an amount; anything else is kept as words (">£250k", "capital receipt"). */
export function parseCost(text: string): ParseResult<Cost> {
  const t = text.trim();
  const p = /^[(£\-\d]/.test(t) && !t.startsWith('>') ? parseAmount(t) : null;
  if (p && p.ok && p.value !== null) return { ok: true, value: { kind: 'amount', pounds: p.value } };
  return { ok: true, value: { kind: 'text', text: t } };
}

const costText = (c: Cost) => (c.kind === 'amount' ? formatMoney(c.pounds) : c.text);

function report(e: unknown) {
  showToast({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
}

export function ForwardPlanTab() {
  const plans = useLiveQuery(async () => (await db.forwardPlans.toArray()).filter(isLive).sort((a, b) => a.title.localeCompare(b.title, 'en-GB')), []);
  const { current: plan, arriving, choose, createAndChoose } = useChosen(plans);
  if (plans === undefined || arriving) return <p className="loading">{arriving ? 'Opening the new forward plan…' : 'Loading the forward plan…'}</p>;
  const create = async () => focusNewRecord(await createAndChoose(() => createForwardPlan(db)));
  if (!plan)
    return (
      <div className="empty-state">
        <h2>No forward plan yet</h2>
        <p>
          Choose <strong>New forward plan</strong>: it starts with the usual categories (Business cases, Contracts above £250k …). Add each key decision under
          its category; in a paper, <strong>Insert data…</strong> puts the plan in as an appendix table, numbered 1.1, 2.1 …, with "None to report" under empty
          categories.
        </p>
        <button type="button" className="primary" onClick={() => void create()}>
          New forward plan
        </button>
      </div>
    );
  return (
    <div>
      <div className="library-toolbar">
        {plans.length > 1 && (
          <label>
            Forward plan{' '}
            <select value={plan.id} onChange={(e) => choose(e.target.value)}>
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={() => void create()}>
          New forward plan
        </button>
        <button
          type="button"
          className="danger"
          onClick={() =>
            void removeForwardPlan(db, plan.id).then(() => {
              choose(null);
              showToast({ text: `"${plan.title}" deleted.`, action: { label: 'Undo', run: () => restoreForwardPlan(db, plan.id) } });
            })
          }
        >
          Delete this forward plan
        </button>
      </div>
      <PlanEditor key={plan.id} plan={plan} />
    </div>
  );
}

function PlanEditor({ plan }: { plan: ForwardPlan }) {
  const items = useLiveQuery(() => db.forwardPlanItems.where('forwardPlanId').equals(plan.id).toArray(), [plan.id]);
  const [newCategory, setNewCategory] = useState('');
  // The item just added, whose date takes focus when its row appears.
  const [added, setAdded] = useState<string | null>(null);
  if (items === undefined) return <p className="loading">Loading items…</p>;
  const groups = groupForwardPlan(plan, items);
  return (
    <div className="forward-plan" data-record-id={plan.id}>
      <div className="fp-settings">
        <TextField label="Title" value={plan.title} save={(t) => renameForwardPlan(db, plan.id, t)} />
        <SelectField<CategoryNumbering>
          label="Category numbers"
          value={plan.categoryNumbering ?? 'point'}
          options={[
            { value: 'point', label: '1.  2.  3.' },
            { value: 'pointZero', label: '1.0  2.0  3.0' },
          ]}
          save={(v) => setCategoryNumbering(db, plan.id, v)}
        />
      </div>
      <datalist id="report-of-choices">
        {REPORT_OF_CHOICES.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      {groups.map((g, gi) => (
        <section key={g.category.id} className="fp-category" aria-labelledby={`cat-${g.category.id}`}>
          <div className="fp-category-head">
            <h2 id={`cat-${g.category.id}`}>
              <span className="fp-number">{categoryLabel(g.number, plan.categoryNumbering)}</span> {g.category.title}
            </h2>
            <AutoInput
              label={`Rename category ${g.number}`}
              value={g.category.title}
              parse={asText}
              save={(t) => renameCategory(db, plan.id, g.category.id, t)}
              className="fp-category-title"
            />
            <button
              type="button"
              disabled={gi === 0}
              onClick={() => void moveCategory(db, plan.id, g.category.id, -1)}
              aria-label={`Move category ${g.category.title} up`}
            >
              ↑
            </button>
            <button
              type="button"
              disabled={gi === groups.length - 1}
              onClick={() => void moveCategory(db, plan.id, g.category.id, 1)}
              aria-label={`Move category ${g.category.title} down`}
            >
              ↓
            </button>
            <button
              type="button"
              onClick={() => void removeCategory(db, plan.id, g.category.id).catch(report)}
              aria-label={`Remove category ${g.category.title}`}
            >
              Remove
            </button>
          </div>
          <AutoInput
            label={`Note under category ${g.number} (optional, printed under its heading)`}
            value={g.category.note ?? ''}
            parse={asText}
            save={(note) => setCategoryNote(db, plan.id, g.category.id, note)}
            className="fp-category-note"
            placeholder="Note under this category (optional)"
          />
          {g.items.length === 0 ? (
            <p className="muted">{NONE_TO_REPORT} (this is what the paper prints for this category).</p>
          ) : (
            <table className="data-table fp-table">
              <thead>
                <tr>
                  <th scope="col">Ref</th>
                  <th scope="col">Date of decision</th>
                  <th scope="col">Subject</th>
                  <th scope="col">Summary of decision</th>
                  <th scope="col">Cost</th>
                  <th scope="col">Contact officer</th>
                  <th scope="col">Report of</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {g.items.map(({ reference, item }, ii) => (
                  <tr key={item.id}>
                    <td className="fp-ref">{reference}</td>
                    <td>
                      <AutoInput
                        label={`Date of decision ${reference}`}
                        value={item.decisionDate === '' ? '' : formatDecisionDate(item.decisionDate, item.decisionDateTo)}
                        placeholder="TBC"
                        parse={(t): ParseResult<DecisionDates> => {
                          if (t.trim() === '') return { ok: true, value: { decisionDate: '' } };
                          const v = parseDecisionDates(t);
                          return v
                            ? { ok: true, value: v }
                            : { ok: false, error: 'A month such as "January 2018", a range such as "March–April 2022", or TBC' };
                        }}
                        save={(dates) => setDecisionDates(db, item.id, dates)}
                        className="fp-date"
                        focusOnMount={item.id === added}
                      />
                    </td>
                    <td>
                      <AutoInput
                        label={`Subject ${reference}`}
                        value={item.subject}
                        parse={asText}
                        save={(subject) => updateForwardPlanItem(db, item.id, { subject })}
                        multiline
                      />
                    </td>
                    <td>
                      <AutoInput
                        label={`Summary of decision ${reference}`}
                        value={item.summary}
                        parse={asText}
                        save={(summary) => updateForwardPlanItem(db, item.id, { summary })}
                        multiline
                        className="fp-summary"
                      />
                    </td>
                    <td>
                      <AutoInput
                        label={`Cost ${reference}`}
                        value={costText(item.cost)}
                        parse={parseCost}
                        save={(cost) => updateForwardPlanItem(db, item.id, { cost })}
                        className="fp-cost"
                        placeholder="£ or text"
                      />
                    </td>
                    <td>
                      <AutoInput
                        label={`Contact officer ${reference}`}
                        value={item.contactOfficer}
                        parse={asText}
                        save={(contactOfficer) => updateForwardPlanItem(db, item.id, { contactOfficer })}
                      />
                    </td>
                    <td>
                      <AutoInput
                        label={`Report of ${reference}`}
                        value={item.reportOf}
                        parse={asText}
                        save={(reportOf) => updateForwardPlanItem(db, item.id, { reportOf })}
                        list="report-of-choices"
                      />
                    </td>
                    <td className="row-actions">
                      <button type="button" disabled={ii === 0} onClick={() => void moveForwardPlanItem(db, item.id, -1)} aria-label={`Move ${reference} up`}>
                        ↑
                      </button>
                      <button
                        type="button"
                        disabled={ii === g.items.length - 1}
                        onClick={() => void moveForwardPlanItem(db, item.id, 1)}
                        aria-label={`Move ${reference} down`}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        onClick={() =>
                          void removeForwardPlanItem(db, item.id).then(() =>
                            showToast({ text: `${reference} removed.`, action: { label: 'Undo', run: () => restoreForwardPlanItem(db, item.id) } }),
                          )
                        }
                        aria-label={`Remove ${reference}`}
                      >
                        ✕
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button type="button" onClick={() => void addForwardPlanItem(db, plan.id, g.category.id).then(setAdded, report)}>
            Add item to {g.category.title}
          </button>
        </section>
      ))}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void addCategory(db, plan.id, newCategory).then(() => setNewCategory(''), report);
        }}
      >
        <label htmlFor="fp-new-category">New category</label>
        <input id="fp-new-category" value={newCategory} onChange={(e) => setNewCategory(e.target.value)} />
        <button type="submit" disabled={!newCategory.trim()}>
          Add category
        </button>
      </form>
    </div>
  );
}
