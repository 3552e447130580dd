// The rich-text JSON: exactly the node and mark types of shared/richtext/model.ts.
import { z } from 'zod';
import type { BlockNode, FootnoteInline, InlineNode, Mark, ListItemNode, ParagraphNode, RichDoc, TableNode, DataBlockNode, ImageNode } from '../richtext/model';
import { isStorableLink } from '../richtext/model';
import { MAX_FOOTNOTE_NODES } from '../richtext/footnote';
import { IMAGE_LIMITS, MAX_IMAGE_SRC_CHARS, checkImageSrc } from '../richtext/image';
import { LIMITS, id, text } from './schema-common';

const safeHref = z
  .string()
  .max(LIMITS.href, `link longer than ${LIMITS.href} characters`)
  .refine(isStorableLink, 'links must start with https://, http:// or mailto:');

export const markSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('underline') }),
  z.object({ type: z.literal('link'), attrs: z.object({ href: safeHref }) }),
]) satisfies z.ZodType<Mark>;

const textNode = z.object({
  type: z.literal('text'),
  text: z.string().min(1, 'empty text (a text node needs at least one character)').max(LIMITS.text, `text longer than ${LIMITS.text} characters`),
  marks: z.array(markSchema).max(10, 'more than 10 marks on one piece of text').optional(),
});
const hardBreak = z.object({ type: z.literal('hardBreak') });

// A footnote's formatted text: text and line breaks only (Word footnotes hold plain paragraphs).
const footnoteContent = z
  .array(z.discriminatedUnion('type', [textNode, hardBreak]))
  .max(MAX_FOOTNOTE_NODES, `a footnote in more than ${MAX_FOOTNOTE_NODES} pieces`)
  .refine(
    (c) => c.reduce((n, x) => n + (x.type === 'text' ? x.text.length : 1), 0) <= LIMITS.footnote,
    `footnote longer than ${LIMITS.footnote} characters`,
  ) satisfies z.ZodType<readonly FootnoteInline[]>;

export const inlineSchema = z.discriminatedUnion('type', [
  textNode,
  // A footnote id may be empty: pasted footnotes can arrive without one, and refusing the save would lose text.
  // `content` is optional: backups written before notes could be formatted hold `text` only.
  z.object({ type: z.literal('footnote'), attrs: z.object({ id: text(LIMITS.id), text: text(LIMITS.footnote), content: footnoteContent.optional() }) }),
  hardBreak,
]) satisfies z.ZodType<InlineNode>;

export const paragraph = z.object({
  type: z.literal('paragraph'),
  attrs: z.object({ numbered: z.boolean().optional() }).optional(),
  content: z.array(inlineSchema).optional(),
}) satisfies z.ZodType<ParagraphNode>;

const subheading = z.object({
  type: z.literal('subheading'),
  attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]).optional() }).optional(),
  content: z.array(inlineSchema).optional(),
});
const blockquote = z.object({ type: z.literal('blockquote'), content: z.array(paragraph).min(1, 'a quotation needs at least one paragraph') });

// Lists nest, so their schemas refer to each other lazily.
const listItem: z.ZodType<ListItemNode> = z.lazy(() =>
  z.object({
    type: z.literal('listItem'),
    content: z.array(z.discriminatedUnion('type', [paragraph, bulletList, orderedList])).min(1, 'a list item needs at least one paragraph'),
  }),
);
const bulletList = z.object({
  type: z.literal('bulletList'),
  get content() {
    return z.array(listItem);
  },
});
const orderedList = z.object({
  type: z.literal('orderedList'),
  attrs: z.object({ start: z.number().int().min(-100_000).max(100_000).optional() }).optional(),
  get content() {
    return z.array(listItem);
  },
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
  // Paragraphs and lists (bullet points in a cell).
  get content() {
    return z.array(z.discriminatedUnion('type', [paragraph, bulletList, orderedList])).min(1, 'a table cell needs at least one paragraph');
  },
});
const row = z.object({
  type: z.literal('tableRow'),
  content: z.array(cell).min(1, 'a table row needs at least one cell').max(100, 'more than 100 cells in a row'),
});
const tableNode = z.object({ type: z.literal('table'), content: z.array(row).min(1, 'a table needs at least one row') }) satisfies z.ZodType<TableNode>;

const dataBlock = z.object({ type: z.literal('dataBlock'), attrs: z.object({ blockId: id }) }) satisfies z.ZodType<DataBlockNode>;

const side = z.number().int().min(1).max(IMAGE_LIMITS.side);
// The src is checked once, with the stated size: width and height must be the image's own, so the
// export's scaling can trust them. An empty alt is stored (the author may not have written it yet).
const image = z.object({
  type: z.literal('image'),
  attrs: z
    .object({
      src: z.string().max(MAX_IMAGE_SRC_CHARS, `image larger than ${IMAGE_LIMITS.bytes / 1024 / 1024} MB`),
      alt: text(LIMITS.field),
      width: side,
      height: side,
      caption: text(LIMITS.field).optional(),
    })
    .superRefine((attrs, ctx) => {
      const check = checkImageSrc(attrs.src);
      if (!check.ok) ctx.addIssue({ code: 'custom', path: ['src'], message: check.reason });
      else if (check.facts.width !== attrs.width || check.facts.height !== attrs.height) {
        ctx.addIssue({
          code: 'custom',
          path: ['width'],
          message: `the image is ${check.facts.width} × ${check.facts.height} pixels, not ${attrs.width} × ${attrs.height}`,
        });
      }
    }),
}) satisfies z.ZodType<ImageNode>;

export const blockSchema = z.discriminatedUnion('type', [
  paragraph,
  subheading,
  blockquote,
  bulletList,
  orderedList,
  tableNode,
  dataBlock,
  image,
]) satisfies z.ZodType<BlockNode>;

export const richDocSchema = z.object({ type: z.literal('doc'), content: z.array(blockSchema) }) satisfies z.ZodType<RichDoc>;
