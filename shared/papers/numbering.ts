// Numbering rules for a paper: the single source for the editor's labels and the export's checks.
import type { BlockNode } from '../richtext/model';
import { isNumberedParagraph } from '../richtext/model';
import type { FootnoteStyle } from './model';

/** Section numbers run 1, 2, 3 … in order. */
export function sectionNumber(index: number): number {
  return index + 1;
}

/**
 * Labels for a section's top-level blocks: "4.1", "4.2" … for numbered paragraphs, null for anything
 * else. Sub-headings, lists, tables and unnumbered paragraphs do not break or reset the count.
 */
export function paragraphLabels(sectionNo: number, blocks: readonly BlockNode[]): (string | null)[] {
  let n = 0;
  return blocks.map((b) => (isNumberedParagraph(b) ? `${sectionNo}.${++n}` : null));
}

/** Appendix letters: A … Z, then AA, AB … (as spreadsheets do), so a long paper never runs out. */
export function appendixLetter(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

/**
 * The mark of the nth footnote (0-based) in the paper's chosen style, as Word's own footnote
 * numbering prints it: a … z, then aa, bb, cc … (lowerLetter repeats the letter), or 1, 2, 3.
 */
export function footnoteMark(index: number, style: FootnoteStyle): string {
  if (style === 'number') return String(index + 1);
  return String.fromCharCode(97 + (index % 26)).repeat(Math.floor(index / 26) + 1);
}
