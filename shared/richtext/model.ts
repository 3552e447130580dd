import { xmlSafe } from '../text/xml-safe';

// The stored form of everything an author writes inside a section, an appendix or a footnote.
// It is ProseMirror JSON restricted to a small schema, so the editor (TipTap) stores it as-is and
// the docx builder reads it without a conversion layer. Headings, numbering and tables of data are
// structure the exporter styles, not free rich text.

export type Mark =
  | { readonly type: 'bold' }
  | { readonly type: 'italic' }
  | { readonly type: 'underline' }
  | { readonly type: 'link'; readonly attrs: { readonly href: string } };

export interface TextNode {
  readonly type: 'text';
  readonly text: string;
  readonly marks?: readonly Mark[];
}

export interface HardBreakNode {
  readonly type: 'hardBreak';
}

/** What a footnote's text is made of: text with bold/italic/underline/link, and line breaks (each line prints as a paragraph). */
export type FootnoteInline = TextNode | HardBreakNode;

/**
 * A footnote reference with its own text. `text` is always the note's plain text (lines joined by
 * "\n"), so search and older readers need nothing else; `content`, when present, is the same text
 * with its formatting and links (shared/richtext/footnote.ts). Older backups hold `text` only, and a
 * note without formatting is still stored that way. Word footnotes hold plain paragraphs only: no
 * lists, tables or notes inside notes.
 */
export interface FootnoteNode {
  readonly type: 'footnote';
  readonly attrs: { readonly id: string; readonly text: string; readonly content?: readonly FootnoteInline[] };
}

export type InlineNode = TextNode | FootnoteNode | HardBreakNode;

/**
 * A paragraph. At the top level of a section it is numbered (4.1, 4.2 …) unless `numbered` is false;
 * inside lists and table cells it is never numbered.
 */
export interface ParagraphNode {
  readonly type: 'paragraph';
  readonly attrs?: { readonly numbered?: boolean };
  readonly content?: readonly InlineNode[];
}

/**
 * A sub-heading inside a section ("Reporting by Exception"); it does not break paragraph numbering.
 * Level 3 is a heading under a sub-heading (a plan document's 1.1.1); absent attrs is level 2.
 */
export interface SubheadingNode {
  readonly type: 'subheading';
  readonly attrs?: { readonly level?: 2 | 3 };
  readonly content?: readonly InlineNode[];
}

/**
 * A quotation set apart from the text (a stakeholder's words): indented, in italics, never numbered.
 * Only at the top level of a body; it holds plain paragraphs.
 */
export interface BlockquoteNode {
  readonly type: 'blockquote';
  readonly content: readonly ParagraphNode[];
}

export interface ListItemNode {
  readonly type: 'listItem';
  readonly content: readonly (ParagraphNode | BulletListNode | OrderedListNode)[];
}

export interface BulletListNode {
  readonly type: 'bulletList';
  readonly content: readonly ListItemNode[];
}

export interface OrderedListNode {
  readonly type: 'orderedList';
  readonly attrs?: { readonly start?: number };
  readonly content: readonly ListItemNode[];
}

/** What a table cell holds: paragraphs, and lists (a cell of bullet points, as papers' action plans have). */
export type CellBlockNode = ParagraphNode | BulletListNode | OrderedListNode;

export interface TableCellNode {
  /** tableHeader cells make a header row, which repeats on every printed page. */
  readonly type: 'tableCell' | 'tableHeader';
  /**
   * colwidth: the width the author dragged the column to in the editor, in CSS pixels, one entry per
   * column the cell spans (0 or missing: not dragged). The export keeps the drawn proportions.
   */
  readonly attrs?: { readonly colspan?: number; readonly rowspan?: number; readonly colwidth?: readonly number[] | null };
  readonly content: readonly CellBlockNode[];
}

export interface TableRowNode {
  readonly type: 'tableRow';
  readonly content: readonly TableCellNode[];
}

export interface TableNode {
  readonly type: 'table';
  readonly content: readonly TableRowNode[];
}

/**
 * A place in the text where a data block (a plan's theme update, a RAGB summary, a chart …) prints.
 * The block itself is a PaperBlock record (shared/blocks/model.ts): live while the paper is a draft,
 * frozen with it when it is final.
 */
export interface DataBlockNode {
  readonly type: 'dataBlock';
  readonly attrs: { readonly blockId: string };
}

/**
 * A picture or chart, held in the document as a PNG or JPEG data URL (shared/richtext/image.ts has
 * the rule and limits), printed at most the width of the text it sits in. Only at the top level of a
 * body: list items and table cells hold paragraphs.
 */
export interface ImageNode {
  readonly type: 'image';
  readonly attrs: {
    readonly src: string;
    /** What the image shows, for screen readers and Word's alt text. The app asks for it; export requires it. */
    readonly alt: string;
    /** Intrinsic size in pixels (as read from the image itself). */
    readonly width: number;
    readonly height: number;
    /** Printed in italics under the image. */
    readonly caption?: string;
  };
}

export type BlockNode = ParagraphNode | SubheadingNode | BlockquoteNode | BulletListNode | OrderedListNode | TableNode | DataBlockNode | ImageNode;

export interface RichDoc {
  readonly type: 'doc';
  readonly content: readonly BlockNode[];
}

/**
 * The links a paper may hold: web and mail only. A javascript: or file: link must never reach Word or
 * the editor. The editor, the database and backups all apply this one rule.
 */
export function isStorableLink(href: string): boolean {
  return /^(https?:\/\/[^\s]|mailto:[^\s])/i.test(href.trim());
}

export const emptyDoc = (): RichDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] });

/** The plain text of inline content (footnotes excluded), for titles, search and tests. */
export function inlineText(content: readonly InlineNode[] | undefined): string {
  if (!content) return '';
  let out = '';
  for (const n of content) {
    if (n.type === 'text') out += n.text;
    else if (n.type === 'hardBreak') out += '\n';
  }
  return out;
}

/**
 * A table cell's paragraphs in reading order, the items of its lists included (each item's
 * paragraphs in turn): for readers of cell text that do not lay out lists.
 */
export function cellParagraphs(cell: Pick<TableCellNode, 'content'>): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  const walk = (blocks: readonly (ParagraphNode | BulletListNode | OrderedListNode)[]) => {
    for (const b of blocks) {
      if (b.type === 'paragraph') out.push(b);
      else for (const item of b.content) walk(item.content);
    }
  };
  walk(cell.content);
  return out;
}

/** Whether inline content would print nothing: no text but whitespace, and no footnote. */
export function isBlankInline(content: readonly InlineNode[] | undefined): boolean {
  for (const n of content ?? []) {
    if (n.type === 'footnote') return false;
    if (n.type === 'text' && xmlSafe(n.text).trim() !== '') return false;
  }
  return true;
}

/**
 * Is this top-level block a numbered paragraph? The one rule both the editor and the export use.
 * A blank paragraph is not: the export leaves it out, so an unfinished draft never prints a bare "4.3".
 */
export function isNumberedParagraph(block: BlockNode): boolean {
  return block.type === 'paragraph' && block.attrs?.numbered !== false && !isBlankInline(block.content);
}

/** The data blocks placed in a body, in order. */
export function dataBlockIds(doc: RichDoc): string[] {
  return doc.content.flatMap((b) => (b.type === 'dataBlock' ? [b.attrs.blockId] : []));
}

/** The images of a body, in order. */
export function imagesOf(doc: RichDoc): ImageNode[] {
  return doc.content.filter((b): b is ImageNode => b.type === 'image');
}

/** Every footnote in document order (body text, lists and tables). */
export function footnotesOf(doc: RichDoc): FootnoteNode[] {
  const out: FootnoteNode[] = [];
  const walk = (node: { type: string; content?: readonly unknown[] }): void => {
    if (node.type === 'footnote') out.push(node as FootnoteNode);
    for (const child of (node.content ?? []) as { type: string; content?: readonly unknown[] }[]) walk(child);
  };
  walk(doc);
  return out;
}
