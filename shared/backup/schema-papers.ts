// The papers' own records: committees, papers (with cover sheet and contacts), sections, appendices.
import { z } from 'zod';
import type { AcceptedFinding } from '../check/model';
import type { Appendix, ChecklistItem, Committee, Contact, CoverSheet, Paper, Section, TitlePage } from '../papers/model';
import { LIMITS, id, isoDate, isoDateOrEmpty, isoInstant, meta, position, text } from './schema-common';
import { richDocSchema } from './schema-richtext';

const ruleId = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9-]+$/, 'not a rule id');

/** A committee's settings of the Check (shared/check/config.ts): by rule id, on/off and a threshold. */
export const checkRulesSchema = z.record(ruleId, z.object({ enabled: z.boolean().optional(), threshold: z.number().min(0).max(100_000).optional() }).strict());

export const committeeSchema = z.object({
  ...meta,
  name: text(300),
  meetingDates: z.array(isoDate).max(500, 'more than 500 meeting dates').optional(),
  checkRules: checkRulesSchema.optional(),
  // Optional (added in format 4), so every backup written before it still reads.
  pageLimit: z
    .number({ error: 'expected a number of pages' })
    .int('expected a whole number of pages')
    .min(1, 'a page limit is at least 1')
    .max(999, 'a page limit is at most 999')
    .optional(),
}) satisfies z.ZodType<Committee>;

/** A finding of the Check accepted with a reason (shared/check/model.ts). */
export const acceptedFindingSchema = z.object({
  key: z.string().min(1).max(400),
  ruleId,
  reason: text(2000),
  message: text(1000),
  acceptedAt: isoInstant,
  acceptedBy: text(300),
}) satisfies z.ZodType<AcceptedFinding>;

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

export const checklistItemSchema = z.object({
  id,
  text: text(2000),
  targetId: z.string().max(LIMITS.id),
  done: z.boolean(),
}) satisfies z.ZodType<ChecklistItem>;

export const titlePageSchema = z.object({ organisation: text(), period: text(200), version: text(200), date: isoDateOrEmpty }) satisfies z.ZodType<TitlePage>;

export const paperSchema = z.object({
  ...meta,
  title: text(LIMITS.title),
  cover: coverSchema,
  status: z.enum(['draft', 'issued']),
  footnoteStyle: z.enum(['letter', 'number']),
  contacts: z.array(contactSchema).max(100, 'more than 100 contacts'),
  refreshChecklist: z.array(checklistItemSchema).max(500, 'more than 500 checklist items').optional(),
  kind: z.enum(['committeePaper', 'planDocument']).optional(),
  titlePage: titlePageSchema.optional(),
  numberedHeadings: z.boolean().optional(),
  acceptedFindings: z.array(acceptedFindingSchema).max(2000, 'more than 2,000 accepted findings').optional(),
}) satisfies z.ZodType<Paper>;

export const sectionSchema = z.object({
  ...meta,
  paperId: id,
  position,
  title: text(LIMITS.title),
  kind: z.enum(['text', 'appendices']),
  body: richDocSchema,
  rewriteEachTime: z.boolean().optional(),
  required: z.boolean().optional(),
}) satisfies z.ZodType<Section>;

export const appendixSchema = z.object({
  ...meta,
  paperId: id,
  position,
  title: text(LIMITS.title),
  body: richDocSchema,
  landscape: z.boolean().optional(),
  pageTitle: text(LIMITS.title).optional(),
  withdrawn: z.boolean().optional(),
}) satisfies z.ZodType<Appendix>;
