// Footnotes are real Word footnotes (footnotes.xml + w:footnoteReference), so Word numbers them,
// moves them with their text and lists them at the foot of the right page. Their mark style (a, b, c
// or 1, 2, 3) is the number format of every section's footnote properties (w:footnotePr/w:numFmt,
// set in page.ts), so Word draws the marks itself. Word footnotes hold plain paragraphs only: each
// line of a note is one paragraph of runs, bold/italic/underline kept, links (and bare URLs in the
// text) as hyperlinks.
import { NumberFormat, NoteNumberRestart, Paragraph } from 'docx';
import type { IFootnotePropertiesOptions, NoteContent } from 'docx';
import type { FootnoteStyle } from '../papers/model';
import type { FootnoteNode, TextNode } from '../richtext/model';
import { footnoteLines } from '../richtext/footnote';
import { markedChildren } from './marked-runs';

/** The content of one footnote: one paragraph per line of its text. */
export function footnoteContent(attrs: FootnoteNode['attrs']): NoteContent {
  const lines = footnoteLines(attrs);
  const children = lines.map((line, i) => {
    // the first line follows the mark Word puts in front of it; a space keeps them apart
    const first = line[0];
    const pieces: TextNode[] =
      i === 0 && first ? [{ ...first, text: ` ${first.text.trimStart()}` }, ...line.slice(1)] : i === 0 ? [{ type: 'text', text: ' ' }] : line;
    return new Paragraph({ style: 'FootnoteText', children: markedChildren(pieces, {}, { linkifyPlain: true }) });
  });
  return { children };
}

/**
 * Footnote marks for every section: letters or numbers, numbered on through the paper. Word's
 * lowerLetter runs a … z, then aa, bb, cc (OOXML's rule), which footnoteMark matches only up to z.
 */
export function footnoteProperties(style: FootnoteStyle): IFootnotePropertiesOptions {
  return {
    numberFormat: { type: style === 'number' ? NumberFormat.DECIMAL : NumberFormat.LOWER_LETTER },
    restart: NoteNumberRestart.CONTINUOUS,
  };
}
