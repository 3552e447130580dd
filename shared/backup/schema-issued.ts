// Issued versions of papers and paper templates (issue 10).
import { z } from 'zod';
import { fullHouseStyleSchema } from './schema-house-style';
import type { PaperBundle } from '../papers/model';
import type { IssuedDocx, IssuedVersion, PaperTemplate, TemplateSection } from '../issued/model';
import { blockContentSchema } from './schema-blocks';
import { LIMITS, id, isoInstant, meta, text } from './schema-common';
import { appendixSchema, committeeSchema, contactSchema, coverSchema, paperSchema, sectionSchema } from './schema-papers';
import { richDocSchema } from './schema-richtext';
import { clearanceRequirementSchema, issuedClearancesSchema } from './schema-clearance';

/** 30 MB of base64 (about 22 MB of .docx): far above a real paper, bounded against a hostile file. */
export const MAX_ISSUED_DOCX_BASE64 = 30 * 1024 * 1024;

export const issuedDocxSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 as 64 lower-case hex digits'),
  // "UEsD" is base64 of the "PK\x03" every zip (and so every .docx) starts with.
  base64: z
    .string()
    .max(MAX_ISSUED_DOCX_BASE64, 'the issued file is larger than 30 MB')
    .regex(/^UEsD[A-Za-z0-9+/]*={0,2}$/, 'expected a .docx file in base64'),
  appVersion: text(50),
}) satisfies z.ZodType<IssuedDocx>;

export const paperBundleSchema = z.object({
  paper: paperSchema,
  committee: committeeSchema.nullable(),
  sections: z.array(sectionSchema).max(500, 'more than 500 sections'),
  appendices: z.array(appendixSchema).max(200, 'more than 200 appendices'),
  blocks: z.record(id, blockContentSchema).refine((b) => Object.keys(b).length <= 2000, 'more than 2,000 data blocks'),
  revision: z
    .object({ number: z.number().int().min(1).max(10_000), note: text(LIMITS.field) })
    .nullable()
    .optional(),
  style: fullHouseStyleSchema.optional(),
}) satisfies z.ZodType<PaperBundle>;

export const issuedVersionSchema = z.object({
  ...meta,
  paperId: id,
  number: z.number().int().min(1, 'version numbers start at 1').max(10_000),
  issuedAt: isoInstant,
  issuedBy: text(200),
  note: text(LIMITS.field),
  bundle: paperBundleSchema,
  docx: issuedDocxSchema.nullable(),
  clearances: issuedClearancesSchema.optional(),
}) satisfies z.ZodType<IssuedVersion>;

const templateSectionSchema = z.object({
  id,
  title: text(LIMITS.title),
  kind: z.enum(['text', 'appendices']),
  body: richDocSchema,
  rewriteEachTime: z.boolean(),
  required: z.boolean(),
  clearances: z.array(clearanceRequirementSchema).max(20, 'more than 20 clearances for a section').optional(),
}) satisfies z.ZodType<TemplateSection>;

export const templateSchema = z.object({
  ...meta,
  name: text(300),
  committeeId: id.nullable(),
  footnoteStyle: z.enum(['letter', 'number']),
  cover: coverSchema.pick({ purpose: true, publicity: true, exemptionReason: true, reportOf: true, author: true, email: true, otherContacts: true }),
  sections: z.array(templateSectionSchema).max(200, 'more than 200 sections'),
  contacts: z.array(contactSchema).max(100, 'more than 100 contacts'),
}) satisfies z.ZodType<PaperTemplate>;
