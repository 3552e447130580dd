// The two periods the measures screen and the Insert data forms compare. The rule (which periods can
// be compared, which are shown first) is shared/measures/comparison.ts; this keeps the choice, so it
// never moves by itself: once figures are shown for two periods, those stay (on this computer, for
// this plan) until the user chooses others, whatever values are added later.
import { useEffect, useMemo, useState } from 'react';
import { comparablePeriods, defaultComparison, missingForComparison } from '../../shared/measures/comparison';
import { planMeasures } from '../../shared/measures/blocks';
import { periodShortLabel } from '../../shared/periods';
import type { ReportingPeriod } from '../../shared/periods/model';
import type { DeliveryPlan } from '../../shared/plans/model';
import type { MeasureData } from '../db/measures-repo';
import { defaultFrequency, measurePeriods } from './measures-view-model';
import type { Frequency } from './measures-view-model';

interface Stored {
  readonly frequency: Frequency;
  readonly currentId: string;
  /** null: the user chose None. */
  readonly previousId: string | null;
}

const NO_VALUES: readonly never[] = [];
const key = (planId: string) => `panelwright.measuresComparison.${planId}`;

function load(planId: string): Stored | null {
  try {
    const v = JSON.parse(localStorage.getItem(key(planId)) ?? 'null') as Partial<Stored> | null;
    if (
      v &&
      (v.frequency === 'month' || v.frequency === 'quarter') &&
      typeof v.currentId === 'string' &&
      (v.previousId === null || typeof v.previousId === 'string')
    )
      return v as Stored;
  } catch {
    /* a damaged entry is as good as none */
  }
  return null;
}

function store(planId: string, s: Stored): void {
  try {
    localStorage.setItem(key(planId), JSON.stringify(s));
  } catch {
    /* storage full or off: the choice lasts for this screen only */
  }
}

export interface ComparisonState {
  readonly frequency: Frequency;
  readonly periods: readonly ReportingPeriod[];
  readonly current: ReportingPeriod | undefined;
  readonly previous: ReportingPeriod | undefined;
  /** The periods "Compared with" offers: only those the measures can be compared with. */
  readonly comparable: readonly ReportingPeriod[];
  /** Why the chosen earlier period is not compared (its figures are missing), or null. */
  readonly notCompared: string | null;
  setFrequency(f: Frequency): void;
  chooseCurrent(periodId: string): void;
  choosePrevious(periodId: string): void;
}

export function useComparison(planId: string, data: MeasureData | undefined, plan: DeliveryPlan | undefined): ComparisonState {
  const [kept, setKept] = useState<{ planId: string; stored: Stored | null }>(() => ({ planId, stored: load(planId) }));
  // Another plan chosen (the Insert data form's Plan): its own kept choice.
  if (kept.planId !== planId) setKept({ planId, stored: load(planId) });
  const stored = kept.planId === planId ? kept.stored : null;
  const setStored = (s: Stored | null) => setKept({ planId, stored: s });
  const measures = useMemo(() => (data ? planMeasures(data, planId) : []), [data, planId]);
  const values = data?.measureValues ?? NO_VALUES;
  const frequency = stored?.frequency ?? (data ? defaultFrequency(data) : 'month');
  const periods = useMemo(() => (data && plan ? measurePeriods(data, plan, frequency) : []), [data, plan, frequency]);
  const defaults = useMemo(() => defaultComparison(measures, values, periods), [measures, values, periods]);

  const storedCurrent = stored && stored.frequency === frequency ? periods.find((p) => p.id === stored.currentId) : undefined;
  const current = storedCurrent ?? defaults.current;
  const comparable = useMemo(() => (current ? comparablePeriods(measures, values, periods, current.id) : []), [measures, values, periods, current]);
  const wantedPrevious = storedCurrent ? stored!.previousId : (defaults.previous?.id ?? null);
  const previous = wantedPrevious ? comparable.find((p) => p.id === wantedPrevious) : undefined;
  const missingPeriod = wantedPrevious && !previous ? periods.find((p) => p.id === wantedPrevious) : undefined;
  const notCompared =
    missingPeriod && current
      ? `Not compared with ${periodShortLabel(missingPeriod)}: ${(() => {
          const n = missingForComparison(measures, values, periods, current.id, missingPeriod.id);
          return n === 0 ? `there are no figures for ${periodShortLabel(current)}` : `${n === 1 ? '1 measure has' : `${n} measures have`} no figure for it`;
        })()}. Choose a period to compare with.`
      : null;

  // Pin what is first shown once there are figures, so later values (a new measure's figure for a later
  // month) never move it; with no figures yet the default follows them as they are typed.
  const reported = values.some((v) => v.deletedAt === null && v.value !== null && measures.some((m) => m.id === v.measureId));
  useEffect(() => {
    if (!data || storedCurrent || !current || !reported) return;
    const next = { frequency, currentId: current.id, previousId: defaults.previous?.id ?? null };
    setStored(next);
    store(planId, next);
  }, [data, storedCurrent, current, reported, frequency, defaults.previous, planId]);

  const save = (next: Stored) => {
    setStored(next);
    store(planId, next);
  };
  return {
    frequency,
    periods,
    current,
    previous,
    comparable,
    notCompared,
    setFrequency: (f) => {
      const d = data && plan ? defaultComparison(measures, values, measurePeriods(data, plan, f)) : { current: undefined, previous: undefined };
      if (d.current) save({ frequency: f, currentId: d.current.id, previousId: d.previous?.id ?? null });
      else setStored({ frequency: f, currentId: '', previousId: null });
    },
    chooseCurrent: (id) => {
      // A new period chosen: compared with the latest period it can be compared with.
      const prev = comparablePeriods(measures, values, periods, id).at(-1);
      save({ frequency, currentId: id, previousId: prev?.id ?? null });
    },
    choosePrevious: (id) => {
      if (current) save({ frequency, currentId: current.id, previousId: id || null });
    },
  };
}
