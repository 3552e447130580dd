// Performance measures (issue 4) and their values per period.
import { z } from 'zod';
import type { Measure, MeasureTarget, MeasureValue } from '../measures/model';
import { finite, id, isoDate, meta, position, text } from './schema-common';
import { periodIdSchema } from './schema-plans';
import { GRADE_LIMIT } from '../measures/grades';

const by = { by: isoDate.nullable().optional() };

export const targetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reduceVsBaseline'), ...by }),
  z.object({ kind: z.literal('changeVsBaseline'), percent: finite, ...by }),
  z.object({ kind: z.literal('reachLevel'), level: finite, ...by }),
  z.object({ kind: z.literal('noMoreThan'), level: finite, ...by }),
]) satisfies z.ZodType<MeasureTarget>;

export const measureSchema = z.object({
  ...meta,
  planId: id,
  themeId: id.nullable(),
  position,
  name: text(1000),
  objective: text(2000),
  target: targetSchema.nullable(),
  direction: z.enum(['higherIsBetter', 'lowerIsBetter']),
  unit: z.enum(['count', 'percent', 'percentagePoints', 'currency', 'minutes', 'rate']),
  valueBasis: z.enum(['level', 'percentChange', 'changeFromBaseline']),
  baseline: z.object({ value: finite.nullable(), label: text(200) }).nullable(),
  source: text(1000),
  monitorOnly: z.boolean(),
  monitorThreshold: finite.min(0).max(1000).nullable(),
  newThisYear: z.boolean(),
  noLongerMeasured: z.boolean(),
}) satisfies z.ZodType<Measure>;

/** Longest note a value may carry (the spreadsheet import checks cells against it). */
export const MEASURE_NOTE_LIMIT = 2000;

export const measureValueSchema = z.object({
  ...meta,
  measureId: id,
  periodId: periodIdSchema,
  value: finite.nullable(),
  note: text(MEASURE_NOTE_LIMIT),
  grade: text(GRADE_LIMIT).optional(),
}) satisfies z.ZodType<MeasureValue>;
