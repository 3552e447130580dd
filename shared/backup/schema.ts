// The backup file's schema (version 1), in zod: every field of every record and of the rich-text JSON.
// Documented field by field in docs/backup-format.md; keep the two in step. schema.types.test.ts
// fails to compile if a record type in shared/papers/model.ts and its schema here drift apart.
import { z } from 'zod';
import type { BlockNode, InlineNode, Mark, ListItemNode, ParagraphNode, RichDoc, TableNode } from '../richtext/model';
import { isStorableLink } from '../richtext/model';
import type { Appendix, Committee, Contact, CoverSheet, Paper, Section } from '../papers/model';

// Bounds are far above any real paper; they exist so a damaged or hostile file cannot make the
// app hold or render absurd values.
export const LIMITS = { text: 200_000, footnote: 20_000, href: 4_000, title: 1_000, field: 2_000, id: 100 } as const;

const isoInstant = z
  .string({ error: 'expected a UTC timestamp like 2017-11-20T09:00:00.000Z' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/, 'expected a UTC timestamp like 2017-11-20T09:00:00.000Z');

const isRealDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
const isoDateOrEmpty = z
  .string({ error: 'expected a date like 2017-12-08, or empty' })
  .refine((s) => s === '' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && isRealDate(s)), 'expected a date like 2017-12-08, or empty');

const id = z.string({ error: 'expected an id (text)' }).min(1, 'expected an id, found empty text').max(LIMITS.id, `id longer than ${LIMITS.id} characters`);
const text = (max: number = LIMITS.field) => z.string().max(max, `longer than ${max} characters`);

const meta = {
  id,
  createdAt: isoInstant,
  updatedAt: isoInstant,
  updatedBy: text(200),
  deletedAt: isoInstant.nullable(),
};

// ---- Rich text: exactly the node and mark types of shared/richtext/model.ts ----

const safeHref = z.string().max(LIMITS.href, `link longer than ${LIMITS.href} characters`).refine(isStorableLink, 'links must start with https://, http:// or mailto:');

export const markSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('underline') }),
  z.object({ type: z.literal('link'), attrs: z.object({ href: safeHref }) }),
]) satisfies z.ZodType<Mark>;

export const inlineSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('text'),
    text: z.string().min(1, 'empty text (a text node needs at least one character)').max(LIMITS.text, `text longer than ${LIMITS.text} characters`),
    marks: z.array(markSchema).max(10, 'more than 10 marks on one piece of text').optional(),
  }),
  // A footnote id may be empty: pasted footnotes can arrive without one, and refusing the save would lose text.
  z.object({ type: z.literal('footnote'), attrs: z.object({ id: text(LIMITS.id), text: text(LIMITS.footnote) }) }),
  z.object({ type: z.literal('hardBreak') }),
]) satisfies z.ZodType<InlineNode>;

const paragraph = z.object({
  type: z.literal('paragraph'),
  attrs: z.object({ numbered: z.boolean().optional() }).optional(),
  content: z.array(inlineSchema).optional(),
}) satisfies z.ZodType<ParagraphNode>;

const subheading = z.object({ type: z.literal('subheading'), content: z.array(inlineSchema).optional() });

// Lists nest, so their schemas refer to each other lazily.
const listItem: z.ZodType<ListItemNode> = z.lazy(() =>
  z.object({ type: z.literal('listItem'), content: z.array(z.discriminatedUnion('type', [paragraph, bulletList, orderedList])).min(1, 'a list item needs at least one paragraph') }),
);
const bulletList = z.object({ type: z.literal('bulletList'), get content() { return z.array(listItem); } });
const orderedList = z.object({
  type: z.literal('orderedList'),
  attrs: z.object({ start: z.number().int().min(-100_000).max(100_000).optional() }).optional(),
  get content() { return z.array(listItem); },
});

const cell = z.object({
  type: z.enum(['tableCell', 'tableHeader']),
  attrs: z
    .object({
      colspan: z.number().int().min(1).max(100).optional(),
      rowspan: z.number().int().min(1).max(10_000).optional(),
      colwidth: z.array(z.number().min(0).max(100_000)).max(100).nullable().optional(),
    })
    .optional(),
  content: z.array(paragraph).min(1, 'a table cell needs at least one paragraph'),
});
const row = z.object({ type: z.literal('tableRow'), content: z.array(cell).min(1, 'a table row needs at least one cell').max(100, 'more than 100 cells in a row') });
const tableNode = z.object({ type: z.literal('table'), content: z.array(row).min(1, 'a table needs at least one row') }) satisfies z.ZodType<TableNode>;

export const blockSchema = z.discriminatedUnion('type', [paragraph, subheading, bulletList, orderedList, tableNode]) satisfies z.ZodType<BlockNode>;

export const richDocSchema = z.object({ type: z.literal('doc'), content: z.array(blockSchema) }) satisfies z.ZodType<RichDoc>;

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

const position = z.number({ error: 'expected a number' });

export const sectionSchema = z.object({
  ...meta,
  paperId: id,
  position,
  title: text(LIMITS.title),
  kind: z.enum(['text', 'appendices']),
  body: richDocSchema,
}) satisfies z.ZodType<Section>;

export const appendixSchema = z.object({ ...meta, paperId: id, position, title: text(LIMITS.title), body: richDocSchema }) satisfies z.ZodType<Appendix>;

export const snapshotSchema = z.object({
  committees: z.array(committeeSchema),
  papers: z.array(paperSchema),
  sections: z.array(sectionSchema),
  appendices: z.array(appendixSchema),
});

// ---- Envelope ----

export const BACKUP_FORMAT = 'panelwright-backup';
/** The format version this app writes, and the newest it reads. */
export const BACKUP_VERSION = 1;

export const backupV1Schema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: isoInstant,
  app: z.object({ name: text(100), version: text(50) }),
  data: snapshotSchema,
});

export type BackupV1 = z.output<typeof backupV1Schema>;
