// How long a paper is: its words, and about how many pages it prints, for the status bar and a
// committee's page limit. The estimate follows the export's layout (A4, 2.54 cm margins, Arial 12,
// spacing after each paragraph, shared/docx): text is counted in printed lines, tables by their rows,
// images and data blocks by the space they usually take. It is an estimate (Word decides the real line
// breaks), checked against the sample paper exported through LibreOffice.
import type { Committee, PaperBundle } from './model';
import type { BlockNode, InlineNode, ParagraphNode, RichDoc } from '../richtext/model';
import { cellParagraphs, inlineText } from '../richtext/model';

/** Printed lines of body text on an A4 page (246 mm of text height at about 5.4 mm a line). */
export const LINES_PER_PAGE = 48;
/** Characters of Arial 12 on a full line (159 mm of text width); a numbered paragraph's is shorter. */
const CHARS_PER_LINE = 78;
const CHARS_PER_NUMBERED_LINE = 70;
/** Space after each paragraph, heading spacing, the cover sheet table, and what a block or image usually takes. */
const PARAGRAPH_GAP = 0.5;
const HEADING_LINES = 2.5;
const COVER_LINES = 16;
const TITLE_LINES = 3;
const IMAGE_LINES = 14;
const DATA_BLOCK_LINES = 14;
const FOOTNOTE_CHARS_PER_LINE = 95;

export interface PaperLength {
  /** Words of the report: its title, section titles and text, contacts and footnotes (appendices apart). */
  readonly words: number;
  /** Estimated printed pages of the report (cover to contacts and footnotes); at least 1. */
  readonly pages: number;
  readonly appendixWords: number;
  /** Estimated pages of the appendices (each starts a page). */
  readonly appendixPages: number;
  /** The report's estimated printed lines (the estimate's working, for tests). */
  readonly lines: number;
}

/** Words as a reader counts them: runs of letters or digits (with the punctuation inside them: £1,250, 3.5%, year-on-year). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,%£$€\-/]*/gu)?.length ?? 0;
}

const linesFor = (chars: number, perLine: number) => Math.max(1, Math.ceil(chars / perLine));

interface Tally {
  words: number;
  lines: number;
  footnoteChars: number;
}

function inline(content: readonly InlineNode[] | undefined, t: Tally): string {
  for (const n of content ?? []) {
    if (n.type === 'footnote') {
      t.words += countWords(n.attrs.text);
      t.footnoteChars += n.attrs.text.length + 4;
    }
  }
  const text = inlineText(content);
  t.words += countWords(text);
  return text;
}

function paragraph(p: ParagraphNode, t: Tally, perLine: number): void {
  const text = inline(p.content, t);
  t.lines += linesFor(text.length, perLine) + PARAGRAPH_GAP;
}

function block(b: BlockNode, t: Tally, topLevelNumbered: boolean, depth = 0): void {
  switch (b.type) {
    case 'paragraph': {
      // A blank paragraph prints nothing (the export leaves it out).
      if (!inlineText(b.content).trim() && !b.content?.some((n) => n.type === 'footnote')) return;
      paragraph(b, t, topLevelNumbered && b.attrs?.numbered !== false && depth === 0 ? CHARS_PER_NUMBERED_LINE : CHARS_PER_LINE - depth * 6);
      return;
    }
    case 'subheading':
      inline(b.content, t);
      t.lines += HEADING_LINES;
      return;
    case 'blockquote':
      // set in on both sides: about as many lines as a list's paragraphs
      for (const p of b.content) block(p, t, false, depth + 1);
      return;
    case 'bulletList':
    case 'orderedList':
      for (const item of b.content) for (const c of item.content) block(c, t, false, depth + 1);
      return;
    case 'table':
      for (const row of b.content) {
        // A row is as tall as its longest cell; cells share the width.
        const width = Math.max(8, Math.floor(CHARS_PER_LINE / Math.max(1, row.content.length)) - 2);
        let tallest = 1;
        for (const cell of row.content) {
          let cellLines = 0;
          for (const p of cellParagraphs(cell)) cellLines += linesFor(inline(p.content, t).length, width);
          tallest = Math.max(tallest, cellLines);
        }
        t.lines += tallest + 0.3;
      }
      t.lines += PARAGRAPH_GAP;
      return;
    case 'image':
      t.lines += IMAGE_LINES + (b.attrs.caption ? 1 : 0);
      return;
    case 'dataBlock':
      t.lines += DATA_BLOCK_LINES;
      return;
  }
}

// A stored body is never changed in place, so its tally is worked out once: the status bar's length,
// redone after every save, then walks only the section that was saved.
const tallies = { numbered: new WeakMap<RichDoc, Tally>(), plain: new WeakMap<RichDoc, Tally>() };
function body(doc: RichDoc, t: Tally, numbered: boolean): void {
  const cache = numbered ? tallies.numbered : tallies.plain;
  let own = cache.get(doc);
  if (!own) {
    const tally: Tally = { words: 0, lines: 0, footnoteChars: 0 };
    for (const b of doc.content) block(b, tally, numbered);
    cache.set(doc, (own = tally));
  }
  t.words += own.words;
  t.lines += own.lines;
  t.footnoteChars += own.footnoteChars;
}

const pagesOf = (lines: number) => Math.max(1, Math.ceil(lines / LINES_PER_PAGE));

/** The paper's length as it will print (bundle as the editor or the export holds it). */
export function paperLength(bundle: Pick<PaperBundle, 'paper' | 'sections' | 'appendices'>): PaperLength {
  const t: Tally = { words: countWords(bundle.paper.title), lines: COVER_LINES + TITLE_LINES, footnoteChars: 0 };
  for (const s of bundle.sections) {
    t.words += countWords(s.title);
    t.lines += HEADING_LINES;
    body(s.body, t, true);
  }
  for (const c of bundle.paper.contacts) {
    const line = [c.name, c.role, c.email, c.phone].filter(Boolean).join(' ');
    t.words += countWords(line);
    t.lines += 2;
  }
  // Footnotes print at the foot of their pages in a smaller size.
  t.lines += (t.footnoteChars / FOOTNOTE_CHARS_PER_LINE) * 0.85;
  let appendixWords = 0;
  let appendixPages = 0;
  for (const a of bundle.appendices) {
    const at: Tally = { words: countWords(a.title), lines: HEADING_LINES * 2, footnoteChars: 0 };
    body(a.body, at, false);
    at.lines += (at.footnoteChars / FOOTNOTE_CHARS_PER_LINE) * 0.85;
    appendixWords += at.words;
    appendixPages += pagesOf(at.lines);
  }
  return { words: t.words, pages: pagesOf(t.lines), appendixWords, appendixPages, lines: Math.round(t.lines) };
}

/** The status bar's warning when the report runs over its committee's page limit (appendices are not counted), or null. */
export function lengthWarning(length: PaperLength, committee: (Pick<Committee, 'name'> & { readonly pageLimit?: number | undefined }) | null): string | null {
  const limit = committee?.pageLimit;
  if (!committee || limit === undefined || length.pages <= limit) return null;
  return `About ${length.pages} pages: over the ${committee.name}’s limit of ${limit} ${limit === 1 ? 'page' : 'pages'} (appendices not counted).`;
}

/** "2,345 words · about 6 pages (+ 3 of appendices)" for the status bar. */
export function lengthSummary(length: PaperLength): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  const appendices = length.appendixPages ? ` (+ ${n(length.appendixPages)} of appendices)` : '';
  return `${n(length.words)} ${length.words === 1 ? 'word' : 'words'} · about ${n(length.pages)} ${length.pages === 1 ? 'page' : 'pages'}${appendices}`;
}
