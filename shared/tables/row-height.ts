// How tall a table row prints, estimated from its text, so the builder marks a row "keep on one page"
// (w:cantSplit) only when it is sure to fit: a row taller than the page that may not split runs past
// the table's border and its last lines are cut off in print. The estimate errs tall (wide character
// widths, no collapsed spacing), and a row is kept whole only when it takes at most a third of a page.
import { lineCount } from './text-metrics';
import type { TextStyle } from './text-metrics';

/** One paragraph of a cell, as the builder prints it. */
export interface PrintedParagraph {
  readonly text: string;
  readonly style?: TextStyle;
  /** Twips the paragraph's text starts in from the cell's text edge (a list item's indent). */
  readonly indent?: number;
  /** Space before and after, and the height of one line, in twips. */
  readonly before: number;
  readonly after: number;
  readonly lineHeight: number;
}

/** Paragraph metrics of the builder's styles (docx/styles.ts), in twips: Arial 12 is 276 twips a line at single spacing. */
export const TABLE_TEXT = { before: 40, after: 40, lineHeight: 276 } as const;
export const BODY_TEXT = { before: 0, after: 160, lineHeight: 304 } as const;
export const LIST_TEXT = { before: 0, after: 80, lineHeight: 304 } as const;
/** Top plus bottom cell margin (docx/tables.ts CELL_MARGINS), and left plus right. */
const CELL_VERTICAL = 80;
const CELL_HORIZONTAL = 200;

/** The height of a cell `width` twips wide holding these paragraphs (an empty cell still has a line). */
export function cellHeight(paragraphs: readonly PrintedParagraph[], width: number): number {
  const inner = Math.max(1, width - CELL_HORIZONTAL);
  if (paragraphs.length === 0) return CELL_VERTICAL + TABLE_TEXT.before + TABLE_TEXT.after + TABLE_TEXT.lineHeight;
  let h = CELL_VERTICAL;
  for (const p of paragraphs) h += p.before + p.after + lineCount(p.text, Math.max(1, inner - (p.indent ?? 0)), p.style) * p.lineHeight;
  return h;
}

/** A row's height: its tallest cell. */
export function rowHeight(cells: readonly { readonly paragraphs: readonly PrintedParagraph[]; readonly width: number }[]): number {
  return cells.reduce((h, c) => Math.max(h, cellHeight(c.paragraphs, c.width)), 0);
}

/** The share of a page's text height a row may take and still be kept on one page. */
export const KEEP_WHOLE_SHARE = 1 / 3;

/** Whether a row this tall may be kept on one page (w:cantSplit) on a page whose text is `pageTextHeight` twips high. */
export function mayKeepRowWhole(height: number, pageTextHeight: number): boolean {
  return height <= pageTextHeight * KEEP_WHOLE_SHARE;
}
