// The plan every plan insert form starts with: the list of live plans, the one chosen (the first by
// name until the author picks), its data, and the picker with its loading and "no plans yet" states.
import type { ReactElement } from 'react';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { isLive } from '../../shared/records/meta';
import type { DeliveryPlan } from '../../shared/plans/model';
import { db } from '../db/database';
import { loadPlanData } from '../db/plans-repo';
import { SelectField } from '../ui/fields';

export function usePlanChoice() {
  const plans = useLiveQuery(async () => (await db.plans.toArray()).filter(isLive).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')), []);
  const [picked, setPlanId] = useState('');
  const planId = picked || plans?.[0]?.id || '';
  const data = useLiveQuery(() => (planId ? loadPlanData(db, planId) : undefined), [planId]);
  return { plans, planId, setPlanId, data };
}

/** What a form shows instead of itself while the plans load or when there are none; null when there is a plan to choose. */
export function noPlanToChoose(plans: readonly DeliveryPlan[] | undefined): ReactElement | null {
  if (plans === undefined) return <p className="loading">Loading plans…</p>;
  if (plans.length === 0) return <p>There are no delivery plans yet: add one under Delivery plans.</p>;
  return null;
}

/** The Plan field; `onPick` also resets the form's choices that belonged to the previous plan. */
export function PlanSelect({ plans, value, onPick }: { plans: readonly DeliveryPlan[]; value: string; onPick: (planId: string) => void }) {
  return <SelectField label="Plan" value={value} options={plans.map((p) => ({ value: p.id, label: p.name }))} save={onPick} />;
}
