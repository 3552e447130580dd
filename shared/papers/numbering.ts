// Numbering rules for a paper: the single source for the editor's labels and the export's checks.
import type { BlockNode } from '../richtext/model';
import { isBlankInline, isNumberedParagraph } from '../richtext/model';
import type { BlockContent } from '../blocks/content';
import type { FootnoteStyle } from './model';

/** Section numbers run 1, 2, 3 … in order. */
export function sectionNumber(index: number): number {
  return index + 1;
}

/**
 * Labels for a section's top-level blocks: "4.1", "4.2" … for numbered paragraphs, null for anything
 * else. Sub-headings, lists, tables and unnumbered paragraphs do not break or reset the count. A data
 * block takes numbers only when the author numbered it (`numbersOf` says how many paragraphs it
 * prints then); otherwise it never takes or shifts one.
 */
export function paragraphLabels(sectionNo: number, blocks: readonly BlockNode[], numbersOf: (blockId: string) => number = () => 0): (string | null)[] {
  return sectionLabels(sectionNo, blocks, numbersOf).map((l) => (typeof l === 'string' ? l : null));
}

/** As paragraphLabels, with each numbered data block's labels ("5.40", "5.41") in its place. */
export function sectionLabels(
  sectionNo: number,
  blocks: readonly BlockNode[],
  numbersOf: (blockId: string) => number = () => 0,
): (string | readonly string[] | null)[] {
  let n = 0;
  return blocks.map((b) => {
    if (isNumberedParagraph(b)) return `${sectionNo}.${++n}`;
    if (b.type === 'dataBlock') {
      const count = numbersOf(b.attrs.blockId);
      return count > 0 ? Array.from({ length: count }, () => `${sectionNo}.${++n}`) : null;
    }
    return null;
  });
}

/**
 * How many paragraph numbers a data block takes in a section: each paragraph at the top of its text
 * parts that prints (not blank), when the author numbered the block; none otherwise.
 */
export function blockNumberCount(content: Pick<BlockContent, 'numbered' | 'parts'> | undefined): number {
  if (!content?.numbered) return 0;
  let n = 0;
  for (const p of content.parts) if (p.type === 'text') for (const b of p.doc.content) if (b.type === 'paragraph' && !isBlankInline(b.content)) n++;
  return n;
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
