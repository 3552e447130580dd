// Case studies, forward plans, data tables and ambitions (issue 5).
import { z } from 'zod';
import type { Ambition, CaseStudy, DataTable, ForwardPlan, ForwardPlanItem } from '../library/model';
import { finite, id, isoDateOrEmpty, meta, position, text } from './schema-common';
import { richDocSchema } from './schema-richtext';

export const caseStudySchema = z.object({
  ...meta,
  title: text(1000),
  author: text(300),
  body: richDocSchema,
  presentations: z.array(z.object({ id, committeeId: id.nullable(), meetingDate: isoDateOrEmpty })).max(100),
}) satisfies z.ZodType<CaseStudy>;

export const forwardPlanSchema = z.object({
  ...meta,
  title: text(500),
  categories: z.array(z.object({ id, title: text(500), note: text(2000).optional() })).max(100),
  categoryNumbering: z.enum(['point', 'pointZero']).optional(),
}) satisfies z.ZodType<ForwardPlan>;

export const forwardPlanItemSchema = z.object({
  ...meta,
  forwardPlanId: id,
  categoryId: id,
  position,
  decisionDate: z.string().regex(/^(\d{4}-(0[1-9]|1[0-2])|TBC|)$/, 'expected a month like 2018-01, or TBC'),
  decisionDateTo: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month like 2018-04')
    .optional(),
  subject: text(1000),
  summary: text(10_000),
  cost: z.discriminatedUnion('kind', [z.object({ kind: z.literal('amount'), pounds: finite }), z.object({ kind: z.literal('text'), text: text(200) })]),
  contactOfficer: text(300),
  reportOf: text(300),
}) satisfies z.ZodType<ForwardPlanItem>;

const cellValue = z.union([text(10_000), finite, z.null()]);

export const dataTableSchema = z.object({
  ...meta,
  title: text(1000),
  template: z.enum(['budget', 'disposals', 'custom']),
  moneyUnit: z.enum(['pounds', 'thousands', 'millions']),
  columns: z
    .array(
      z.object({
        id,
        label: text(300),
        type: z.enum(['text', 'date', 'money', 'number', 'percent']),
        difference: z.object({ a: id, b: id }).nullable(),
        total: z.boolean(),
      }),
    )
    .min(1, 'a table needs at least one column')
    .max(30, 'more than 30 columns'),
  rows: z.array(z.object({ id, group: text(300), cells: z.record(id, cellValue) })).max(5000, 'more than 5,000 rows'),
  showTotals: z.boolean(),
}) satisfies z.ZodType<DataTable>;

export const ambitionSchema = z.object({
  ...meta,
  planId: id,
  position,
  text: text(2000),
  baseline: text(500),
  target: text(500),
  by: text(200),
}) satisfies z.ZodType<Ambition>;
