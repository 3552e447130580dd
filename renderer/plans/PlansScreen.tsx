// The list of delivery plans, and "New plan".
import '../styles/plans.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isLive } from '../../shared/records/meta';
import { formatShortDate } from '../../shared/text/dates';
import { navigate } from '../app/route';
import { db } from '../db/database';
import { createPlan, deletePlan, restorePlan } from '../db/plans-repo';
import { getAsker } from '../ui/asker';
import { showToast } from '../ui/toast';
import { OpenPackPanel } from './OpenPackPanel';
import { TeamLock } from '../sync/TeamLock';
import { useTeamReadOnly } from '../sync/team';

export function PlansScreen() {
  // A team sync role that may only read plans: the form is locked by TeamLock, Delete here.
  const locked = useTeamReadOnly('plans');
  const plans = useLiveQuery(async () => {
    const [ps, themes, deliverables] = await Promise.all([db.plans.toArray(), db.themes.toArray(), db.deliverables.toArray()]);
    return ps
      .filter(isLive)
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
      .map((p) => ({
        plan: p,
        themes: themes.filter((t) => t.planId === p.id && isLive(t)).length,
        deliverables: deliverables.filter((d) => d.planId === p.id && isLive(d)).length,
      }));
  }, []);
  const [name, setName] = useState('');
  const [blue, setBlue] = useState(false);

  const create = async () => {
    try {
      const id = await createPlan(db, { name, includeBlue: blue });
      navigate({ name: 'plan', planId: id });
    } catch (e) {
      showToast({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };
  const remove = async (id: string, title: string) => {
    const ok = await getAsker().confirm({
      title: 'Delete plan?',
      message: `"${title}" will be removed from the list. You can undo this straight away.`,
      confirmLabel: 'Delete plan',
      danger: true,
    });
    if (!ok) return;
    await deletePlan(db, id);
    showToast({ text: `"${title}" deleted.`, action: { label: 'Undo', run: () => restorePlan(db, id) } });
  };

  const form = (
    <TeamLock table="plans" what="delivery plans" disableAll>
      <form
        className="inline-form plan-new"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label htmlFor="new-plan-name">New plan</label>
        <input id="new-plan-name" value={name} placeholder="e.g. Police and Crime Delivery Plan 2019/20" onChange={(e) => setName(e.target.value)} />
        <label className="check">
          <input type="checkbox" checked={blue} onChange={(e) => setBlue(e.target.checked)} /> Use Blue (complete)
        </label>
        <button type="submit" className="primary" disabled={!name.trim()}>
          New plan
        </button>
      </form>
    </TeamLock>
  );

  return (
    <div className="list-screen">
      <div className="screen-header">
        <h1>Delivery plans</h1>
      </div>
      {form}
      {plans === undefined ? (
        <p className="loading">Loading plans…</p>
      ) : plans.length === 0 ? (
        <div className="empty-state">
          <h2>No delivery plans yet</h2>
          <p>
            Type the plan's name above and choose <strong>New plan</strong>. Then add its themes, deliverables and lead officers; each quarter the lead officers
            write their updates under
            <strong> Lead officer updates</strong>, and you insert a theme's update into a paper with <strong>Insert data…</strong>.
          </p>
        </div>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Your delivery plans</caption>
          <thead>
            <tr>
              <th scope="col">Plan</th>
              <th scope="col">Covers</th>
              <th scope="col">Themes</th>
              <th scope="col">Deliverables</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plans.map(({ plan, themes, deliverables }) => (
              <tr key={plan.id}>
                <td>
                  <a className="paper-link" href={`#/plan/${plan.id}`}>
                    {plan.name}
                  </a>
                </td>
                <td>
                  {formatShortDate(plan.coversFrom)} to {formatShortDate(plan.coversTo)}
                </td>
                <td>{themes}</td>
                <td>{deliverables}</td>
                <td className="row-actions">
                  <a href={`#/plan/${plan.id}/updates`}>Lead officer updates</a>
                  <button type="button" disabled={locked} onClick={() => void remove(plan.id, plan.name)} aria-label={`Delete ${plan.name}`}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <OpenPackPanel />
    </div>
  );
}
