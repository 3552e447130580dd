// Rich text as the paragraphs the builder prints, for measuring: a typed table's cell (Table Text
// style), or a data block's narrative cell (body paragraphs and list items, indented as printed).
import type { BlockNode, ListItemNode, RichDoc, TableCellNode } from '../richtext/model';
import { inlineText } from '../richtext/model';
import { BODY_TEXT, LIST_TEXT, TABLE_TEXT } from './row-height';
import type { PrintedParagraph } from './row-height';

/** How far each list level's text sits in (docx/numbering-config.ts LIST_STEP). */
const LIST_STEP = 425;
// A quotation is indented this much on each side (shared/docx/blocks.ts QUOTE_INDENT).
const QUOTE_INDENT = 567 * 2;

/** A typed table cell's paragraphs (header cells print bold), lists inside included. */
export function cellNodeParagraphs(cell: TableCellNode): PrintedParagraph[] {
  const bold = cell.type === 'tableHeader';
  return blocksParagraphs(cell.content, { bold, text: TABLE_TEXT });
}

/** A narrative's paragraphs as a data block's cell prints them (body style). */
export function richDocParagraphs(doc: RichDoc): PrintedParagraph[] {
  return blocksParagraphs(doc.content, { bold: false, text: BODY_TEXT });
}

interface Context {
  readonly bold: boolean;
  readonly text: { readonly before: number; readonly after: number; readonly lineHeight: number };
}

function blocksParagraphs(blocks: readonly BlockNode[], ctx: Context, level = -1): PrintedParagraph[] {
  const out: PrintedParagraph[] = [];
  const indent = level >= 0 ? LIST_STEP * (level + 1) : 0;
  const spacing = level >= 0 ? LIST_TEXT : ctx.text;
  for (const b of blocks) {
    switch (b.type) {
      case 'paragraph':
      case 'subheading':
        out.push({ text: inlineText(b.content), style: { bold: ctx.bold || b.type === 'subheading' }, indent, ...spacing });
        break;
      case 'blockquote':
        for (const p of b.content) out.push({ text: inlineText(p.content), style: { bold: ctx.bold }, indent: indent + QUOTE_INDENT, ...spacing });
        break;
      case 'bulletList':
      case 'orderedList':
        for (const item of b.content) out.push(...itemParagraphs(item, ctx, level + 1));
        break;
      case 'table':
        for (const row of b.content) for (const c of row.content) out.push(...cellNodeParagraphs(c));
        break;
      case 'image':
        out.push({ text: '', before: 0, after: 0, lineHeight: Math.ceil(b.attrs.height * 15) });
        break;
      case 'dataBlock':
        break;
    }
  }
  return out;
}

function itemParagraphs(item: ListItemNode, ctx: Context, level: number): PrintedParagraph[] {
  return blocksParagraphs(item.content, ctx, level);
}

/** Every piece of text in rich content, for the longest-word measure. */
export function plainTexts(blocks: readonly BlockNode[]): string[] {
  return blocksParagraphs(blocks, { bold: false, text: TABLE_TEXT }).map((p) => p.text);
}
