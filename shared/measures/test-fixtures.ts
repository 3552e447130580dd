import { createMeta } from '../records/meta';
import type { Measure } from './model';

/** A measure with neutral defaults; tests override what they exercise. */
export function measure(extra: Partial<Measure> = {}): Measure {
  return {
    ...createMeta('Test', '2017-10-01T09:00:00.000Z', extra.id ?? 'm-1'),
    planId: 'plan-1',
    themeId: null,
    position: 0,
    name: 'Measure',
    objective: '',
    target: { kind: 'reachLevel', level: 100 },
    direction: 'higherIsBetter',
    unit: 'count',
    valueBasis: 'level',
    baseline: null,
    source: '',
    monitorOnly: false,
    monitorThreshold: null,
    newThisYear: false,
    noLongerMeasured: false,
    ...extra,
  };
}
