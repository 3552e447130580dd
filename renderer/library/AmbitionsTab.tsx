// A delivery plan's numerical ambitions ("reduce … to no more than 7% by March 2024"), with their baselines.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { byPosition, isLive } from '../../shared/records/meta';
import { db } from '../db/database';
import { addAmbition, moveAmbition, removeAmbition, restoreAmbition, updateAmbition } from '../db/library-repo';
import { showToast } from '../ui/toast';
import { AutoInput, asText } from './AutoInput';

export function AmbitionsTab() {
  const plans = useLiveQuery(async () => (await db.plans.toArray()).filter(isLive).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')), []);
  const [planId, setPlanId] = useState('');
  const plan = plans?.find((p) => p.id === planId) ?? plans?.[0];
  const ambitions = useLiveQuery(
    async () => (plan ? (await db.ambitions.where('planId').equals(plan.id).toArray()).filter(isLive).sort(byPosition) : []),
    [plan?.id],
  );
  if (plans === undefined) return <p className="loading">Loading plans…</p>;
  if (!plan)
    return (
      <div className="empty-state">
        <h2>No delivery plans yet</h2>
        <p>
          Numerical ambitions belong to a delivery plan. Add a plan under <a href="#/plans">Delivery plans</a> first, then come back here to list its ambitions.
        </p>
      </div>
    );
  return (
    <div>
      <div className="library-toolbar">
        <label>
          Plan{' '}
          <select value={plan.id} onChange={(e) => setPlanId(e.target.value)}>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" onClick={() => void addAmbition(db, plan.id)}>
          Add ambition
        </button>
      </div>
      {ambitions === undefined ? (
        <p className="loading">Loading…</p>
      ) : ambitions.length === 0 ? (
        <p>This plan has no numerical ambitions yet: choose Add ambition, e.g. "Reduce reoffending to no more than 7% by March 2024", with its baseline.</p>
      ) : (
        <table className="data-table ambitions-table">
          <caption className="visually-hidden">Numerical ambitions of {plan.name}</caption>
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Ambition</th>
              <th scope="col">Baseline</th>
              <th scope="col">Target</th>
              <th scope="col">By</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ambitions.map((a, i) => (
              <tr key={a.id}>
                <td>{i + 1}</td>
                <td>
                  <AutoInput
                    label={`Ambition ${i + 1}`}
                    value={a.text}
                    parse={asText}
                    save={(text) => updateAmbition(db, a.id, { text })}
                    multiline
                    className="wide"
                  />
                </td>
                <td>
                  <AutoInput label={`Baseline ${i + 1}`} value={a.baseline} parse={asText} save={(baseline) => updateAmbition(db, a.id, { baseline })} />
                </td>
                <td>
                  <AutoInput label={`Target ${i + 1}`} value={a.target} parse={asText} save={(target) => updateAmbition(db, a.id, { target })} />
                </td>
                <td>
                  <AutoInput label={`By ${i + 1}`} value={a.by} parse={asText} save={(by) => updateAmbition(db, a.id, { by })} />
                </td>
                <td className="row-actions">
                  <button type="button" disabled={i === 0} onClick={() => void moveAmbition(db, a.id, -1)} aria-label={`Move ambition ${i + 1} up`}>
                    ↑
                  </button>
                  <button
                    type="button"
                    disabled={i === ambitions.length - 1}
                    onClick={() => void moveAmbition(db, a.id, 1)}
                    aria-label={`Move ambition ${i + 1} down`}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    onClick={() =>
                      void removeAmbition(db, a.id).then(() =>
                        showToast({ text: `Ambition ${i + 1} removed.`, action: { label: 'Undo', run: () => restoreAmbition(db, a.id) } }),
                      )
                    }
                    aria-label={`Remove ambition ${i + 1}`}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
