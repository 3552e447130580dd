// Delivery plans (issue 3): people, plans with their status key, themes, deliverables, updates, custom periods.
import { z } from 'zod';
import type { CustomPeriodRecord } from '../periods/model';
import type { DeliverableWhen } from '../plans/when';
import type { DeliverableUpdate, Deliverable, DeliveryPlan, Person, StatusDefinition, Theme } from '../plans/model';
import { finite, id, isoDate, meta, position, text } from './schema-common';
import { richDocSchema } from './schema-richtext';

const hex = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'expected a colour like #00B050');

export const statusDefinitionSchema = z.object({
  id: text(50).min(1, 'a status needs an id'),
  label: text(100),
  meaning: text(500),
  letter: text(10),
  symbol: text(10),
  fill: hex,
  text: hex,
  requiresNarrative: z.boolean(),
}) satisfies z.ZodType<StatusDefinition>;

export const thresholdsSchema = z.object({
  significance: finite.min(0).max(100),
  monitorOnly: finite.min(0).max(1000),
  percentLevelBasis: z.enum(['relative', 'percentagePoints']),
});

/** Longest text each field may hold; the spreadsheet import checks cells against these before anything is written. */
export const PLAN_TEXT_LIMITS = {
  personName: 200,
  email: 300,
  themeNumber: 20,
  themeTitle: 1000,
  ref: 50,
  organisation: 200,
  activity: 20_000,
  marker: 10,
  when: 200,
  /** An import's objectives cell: up to 200 objectives of 2,000 characters, one a line. */
  objectivesCell: 20_000,
} as const;

export const personSchema = z.object({
  ...meta,
  name: text(PLAN_TEXT_LIMITS.personName),
  shortName: text(100),
  email: text(PLAN_TEXT_LIMITS.email),
  role: text(300),
}) satisfies z.ZodType<Person>;

export const planSchema = z.object({
  ...meta,
  name: text(500),
  coversFrom: isoDate,
  coversTo: isoDate,
  statusKey: z.object({ statuses: z.array(statusDefinitionSchema).min(1, 'a status key needs at least one status').max(20, 'more than 20 statuses') }),
  measureThresholds: thresholdsSchema.nullable(),
  extraFrequencies: z.array(text(PLAN_TEXT_LIMITS.when).min(1)).max(100, 'more than 100 frequencies').optional(),
}) satisfies z.ZodType<DeliveryPlan>;

export const themeSchema = z.object({
  ...meta,
  planId: id,
  position,
  number: text(PLAN_TEXT_LIMITS.themeNumber),
  title: text(PLAN_TEXT_LIMITS.themeTitle),
  priorities: z.array(text(2000)).max(200),
  objectives: z.array(text(2000)).max(200).optional(),
}) satisfies z.ZodType<Theme>;

const fyStartYear = z.number().int().min(1900).max(2999);

/** A deliverable's when (shared/plans/when.ts). */
export const whenSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: isoDate }),
  z.object({ kind: z.literal('month'), year: z.number().int().min(1900).max(2999), month: z.number().int().min(1).max(12) }),
  z.object({ kind: z.literal('quarter'), fyStartYear, quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }),
  z.object({ kind: z.literal('financialYear'), fyStartYear }),
  z.object({ kind: z.literal('frequency'), label: text(PLAN_TEXT_LIMITS.when).min(1), fyStartYear: fyStartYear.optional() }),
  z.object({ kind: z.literal('text'), text: text(PLAN_TEXT_LIMITS.when).min(1) }),
]) satisfies z.ZodType<DeliverableWhen>;

export const deliverableSchema = z.object({
  ...meta,
  planId: id,
  themeId: id,
  position,
  ref: text(PLAN_TEXT_LIMITS.ref),
  organisation: text(PLAN_TEXT_LIMITS.organisation),
  leadPersonId: id.nullable(),
  activity: text(PLAN_TEXT_LIMITS.activity),
  marker: text(PLAN_TEXT_LIMITS.marker),
  dueDate: isoDate.nullable(),
  when: whenSchema.nullable().optional(),
  ownerPersonIds: z.array(id).max(20, 'more than 20 owners').optional(),
}) satisfies z.ZodType<Deliverable>;

/** Period ids: "fy2017q2", "m2017-07", "fy2017", "custom:<id>" (shared/periods). */
export const periodIdSchema = z
  .string()
  .regex(/^(fy\d{4}q[1-4]|m\d{4}-(0[1-9]|1[0-2])|fy\d{4}|custom:.{1,100})$/, 'expected a reporting period id like fy2017q2, m2017-07, fy2017 or custom:…');

export const updateSchema = z.object({
  ...meta,
  deliverableId: id,
  periodId: periodIdSchema,
  statusId: text(50).nullable(),
  narrative: richDocSchema,
  narrativeDate: isoDate.nullable(),
  authorPersonId: id.nullable(),
}) satisfies z.ZodType<DeliverableUpdate>;

export const customPeriodSchema = z.object({ ...meta, label: text(200), start: isoDate, end: isoDate }) satisfies z.ZodType<CustomPeriodRecord>;
