// The backup file's schema (version 1), in zod: every field of every record and of the rich-text JSON.
// Documented field by field in docs/backup-format.md; keep the two in step.
import { z } from 'zod';
import type { BlockNode, InlineNode, ListItemNode, RichDoc } from '../richtext/model';
import type { Appendix, Committee, Paper, Section } from '../papers/model';

const MAX_TEXT = 200_000; // one text run / footnote; far above any real paragraph
const isoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'expected a UTC timestamp like 2017-11-20T09:00:00.000Z');
const isoDateOrEmpty = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'expected a date like 2017-12-08, or empty');
const id = z.string().min(1, 'expected an id').max(100, 'id longer than 100 characters');
const shortText = (max = 2000) => z.string().max(max, `longer than ${max} characters`);

const meta = {
  id,
  createdAt: isoInstant,
  updatedAt: isoInstant,
  updatedBy: shortText(200),
  deletedAt: isoInstant.nullable(),
};

const safeHref = z
  .string()
  .max(4000)
  .refine((h) => /^(https?:\/\/|mailto:)/i.test(h.trim()), 'links must start with https://, http:// or mailto:');

const mark = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('underline') }),
  z.object({ type: z.literal('link'), attrs: z.object({ href: safeHref }) }),
]);

const inline: z.ZodType<InlineNode> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().min(1).max(MAX_TEXT), marks: z.array(mark).max(10).optional() }),
  z.object({ type: z.literal('footnote'), attrs: z.object({ id: shortText(100), text: shortText(20_000) }) }),
  z.object({ type: z.literal('hardBreak') }),
]);

const paragraph = z.object({
  type: z.literal('paragraph'),
  attrs: z.object({ numbered: z.boolean().optional() }).optional(),
  content: z.array(inline).optional(),
});

const listItem: z.ZodType<ListItemNode> = z.lazy(() => z.object({ type: z.literal('listItem'), content: z.array(z.union([paragraph, bulletList, orderedList])).min(1) }));
const bulletList: z.ZodType<Extract<BlockNode, { type: 'bulletList' }>> = z.lazy(() => z.object({ type: z.literal('bulletList'), content: z.array(listItem) }));
const orderedList: z.ZodType<Extract<BlockNode, { type: 'orderedList' }>> = z.lazy(() =>
  z.object({ type: z.literal('orderedList'), attrs: z.object({ start: z.number().int().min(0).max(100_000).optional() }).optional(), content: z.array(listItem) }),
);

const cell = z.object({
  type: z.enum(['tableCell', 'tableHeader']),
  attrs: z
    .object({
      colspan: z.number().int().min(1).max(100).optional(),
      rowspan: z.number().int().min(1).max(10_000).optional(),
      colwidth: z.array(z.number()).nullable().optional(),
    })
    .optional(),
  content: z.array(paragraph).min(1),
});
const tableNode = z.object({ type: z.literal('table'), content: z.array(z.object({ type: z.literal('tableRow'), content: z.array(cell).min(1) })).min(1) });

const block: z.ZodType<BlockNode> = z.union([paragraph, z.object({ type: z.literal('subheading'), content: z.array(inline).optional() }), bulletList, orderedList, tableNode]);

export const richDocSchema: z.ZodType<RichDoc> = z.object({ type: z.literal('doc'), content: z.array(block) });

export const committeeSchema = z.object({ ...meta, name: shortText(300) }) satisfies z.ZodType<Committee>;

const coverSchema = z.object({
  purpose: z.enum(['consideration', 'decision', 'information']),
  publicity: z.enum(['public', 'non-public']),
  exemptionReason: shortText(),
  committeeId: id.nullable(),
  meetingDate: isoDateOrEmpty,
  reportOf: shortText(),
  author: shortText(),
  email: shortText(),
  otherContacts: shortText(),
  agendaItem: shortText(100),
});

const contactSchema = z.object({ id, name: shortText(), role: shortText(), email: shortText(), phone: shortText(100) });

export const paperSchema = z.object({
  ...meta,
  title: shortText(1000),
  cover: coverSchema,
  status: z.enum(['draft', 'final']),
  footnoteStyle: z.enum(['letter', 'number']),
  contacts: z.array(contactSchema).max(100),
}) satisfies z.ZodType<Paper>;

export const sectionSchema = z.object({ ...meta, paperId: id, position: z.number().finite(), title: shortText(1000), kind: z.enum(['text', 'appendices']), body: richDocSchema }) satisfies z.ZodType<Section>;

export const appendixSchema = z.object({ ...meta, paperId: id, position: z.number().finite(), title: shortText(1000), body: richDocSchema }) satisfies z.ZodType<Appendix>;

export const snapshotSchema = z.object({
  committees: z.array(committeeSchema),
  papers: z.array(paperSchema),
  sections: z.array(sectionSchema),
  appendices: z.array(appendixSchema),
});

export const BACKUP_FORMAT = 'panelwright-backup';
export const BACKUP_VERSION = 1;

export const backupV1Schema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: isoInstant,
  app: z.object({ name: shortText(100), version: shortText(50) }),
  data: snapshotSchema,
});
