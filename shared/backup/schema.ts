// The backup file's schema: every field of every record and of the rich-text JSON, in zod.
// Documented field by field in docs/backup-format.md; keep the two in step. schema.types.test.ts
// fails to compile if a record type and its schema here drift apart. Primitives are in
// schema-common.ts, rich text in schema-richtext.ts, each feature's records in schema-<feature>.ts.
import { z } from 'zod';
import type { Appendix, Committee, Contact, CoverSheet, Paper, Section } from '../papers/model';
import { LIMITS, id, isoDateOrEmpty, isoInstant, meta, position, text } from './schema-common';
import { richDocSchema } from './schema-richtext';
import { paperBlockSchema } from './schema-blocks';
import { ambitionSchema, caseStudySchema, dataTableSchema, forwardPlanItemSchema, forwardPlanSchema } from './schema-library';
import { measureSchema, measureValueSchema } from './schema-measures';
import { customPeriodSchema, deliverableSchema, personSchema, planSchema, themeSchema, updateSchema } from './schema-plans';

export { LIMITS } from './schema-common';
export { blockSchema, inlineSchema, markSchema, richDocSchema } from './schema-richtext';

// ---- Records ----

export const committeeSchema = z.object({ ...meta, name: text(300) }) satisfies z.ZodType<Committee>;

export const coverSchema = z.object({
  purpose: z.enum(['consideration', 'decision', 'information']),
  publicity: z.enum(['public', 'non-public']),
  exemptionReason: text(),
  committeeId: id.nullable(),
  meetingDate: isoDateOrEmpty,
  reportOf: text(),
  author: text(),
  email: text(),
  otherContacts: text(),
  agendaItem: text(100),
}) satisfies z.ZodType<CoverSheet>;

export const contactSchema = z.object({ id, name: text(), role: text(), email: text(), phone: text(100) }) satisfies z.ZodType<Contact>;

export const paperSchema = z.object({
  ...meta,
  title: text(LIMITS.title),
  cover: coverSchema,
  status: z.enum(['draft', 'final']),
  footnoteStyle: z.enum(['letter', 'number']),
  contacts: z.array(contactSchema).max(100, 'more than 100 contacts'),
}) satisfies z.ZodType<Paper>;

export const sectionSchema = z.object({
  ...meta,
  paperId: id,
  position,
  title: text(LIMITS.title),
  kind: z.enum(['text', 'appendices']),
  body: richDocSchema,
}) satisfies z.ZodType<Section>;

export const appendixSchema = z.object({ ...meta, paperId: id, position, title: text(LIMITS.title), body: richDocSchema, landscape: z.boolean().optional() }) satisfies z.ZodType<Appendix>;

export const snapshotV1Schema = z.object({
  committees: z.array(committeeSchema),
  papers: z.array(paperSchema),
  sections: z.array(sectionSchema),
  appendices: z.array(appendixSchema),
});

/** Version 2 adds data blocks, delivery plans, measures and the library (case studies, forward plans, tables). */
export const snapshotSchema = snapshotV1Schema.extend({
  blocks: z.array(paperBlockSchema),
  people: z.array(personSchema),
  plans: z.array(planSchema),
  themes: z.array(themeSchema),
  deliverables: z.array(deliverableSchema),
  updates: z.array(updateSchema),
  customPeriods: z.array(customPeriodSchema),
  measures: z.array(measureSchema),
  measureValues: z.array(measureValueSchema),
  caseStudies: z.array(caseStudySchema),
  forwardPlans: z.array(forwardPlanSchema),
  forwardPlanItems: z.array(forwardPlanItemSchema),
  dataTables: z.array(dataTableSchema),
  ambitions: z.array(ambitionSchema),
});

// ---- Envelope ----

export const BACKUP_FORMAT = 'panelwright-backup';
/** The format version this app writes, and the newest it reads. */
export const BACKUP_VERSION = 2;

const envelope = { format: z.literal(BACKUP_FORMAT), exportedAt: isoInstant, app: z.object({ name: text(100), version: text(50) }) };

/** Kept so a test can check version-1 files still read as they did. */
export const backupV1Schema = z.object({ ...envelope, version: z.literal(1), data: snapshotV1Schema });
export const backupV2Schema = z.object({ ...envelope, version: z.literal(2), data: snapshotSchema });
/** The schema of the version this app writes. */
export const backupSchema = backupV2Schema;

export type BackupV1 = z.output<typeof backupV1Schema>;
export type Backup = z.output<typeof backupSchema>;
