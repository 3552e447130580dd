// Small constructors for rich text, so sample data, fixtures and tests read like the paper they make.
import { newId } from '../records/meta';
import type { BlockNode, InlineNode, Mark, ParagraphNode, RichDoc, TableCellNode, TableNode } from './model';

type InlineInput = string | InlineNode;
const inl = (xs: readonly InlineInput[]): InlineNode[] => xs.filter((x) => x !== '').map((x) => (typeof x === 'string' ? { type: 'text', text: x } : x));

export const doc = (...content: BlockNode[]): RichDoc => ({ type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] });
export const para = (...content: InlineInput[]): ParagraphNode => ({ type: 'paragraph', content: inl(content) });
export const plainPara = (...content: InlineInput[]): ParagraphNode => ({ type: 'paragraph', attrs: { numbered: false }, content: inl(content) });
export const quote = (...paragraphs: ParagraphNode[]): BlockNode => ({ type: 'blockquote', content: paragraphs });
export const subheading = (...content: InlineInput[]): BlockNode => ({ type: 'subheading', content: inl(content) });
/** A third-level heading (under a sub-heading). */
export const subheading3 = (...content: InlineInput[]): BlockNode => ({ type: 'subheading', attrs: { level: 3 }, content: inl(content) });
export const marked = (text: string, ...marks: Mark[]): InlineNode => ({ type: 'text', text, marks });
export const bold = (text: string): InlineNode => marked(text, { type: 'bold' });
export const italic = (text: string): InlineNode => marked(text, { type: 'italic' });
export const underline = (text: string): InlineNode => marked(text, { type: 'underline' });
export const link = (text: string, href: string): InlineNode => marked(text, { type: 'link', attrs: { href } });
export const footnote = (text: string, id: string = newId()): InlineNode => ({ type: 'footnote', attrs: { id, text } });

// A node has a type; a list of inputs does not.
const inputs = (x: InlineInput | readonly InlineInput[]): readonly InlineInput[] => (typeof x === 'string' || 'type' in x ? [x] : x);
const item = (x: InlineInput | readonly InlineInput[]) => ({ type: 'listItem' as const, content: [para(...inputs(x))] });
export const bullets = (...items: (InlineInput | readonly InlineInput[])[]): BlockNode => ({ type: 'bulletList', content: items.map(item) });
export const numbered = (...items: (InlineInput | readonly InlineInput[])[]): BlockNode => ({
  type: 'orderedList',
  attrs: { start: 1 },
  content: items.map(item),
});

/** A table whose first row is a header row (repeats on each printed page). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): TableNode {
  const cell = (type: TableCellNode['type'], text: string): TableCellNode => ({ type, content: [para(text)] });
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: header.map((h) => cell('tableHeader', h)) },
      ...rows.map((r) => ({ type: 'tableRow' as const, content: r.map((c) => cell('tableCell', c)) })),
    ],
  };
}
