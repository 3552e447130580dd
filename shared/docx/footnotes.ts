// Footnotes are real Word footnotes (footnotes.xml + w:footnoteReference), so Word numbers them,
// moves them with their text and lists them at the foot of the right page. Their mark style (a, b, c
// or 1, 2, 3) is the number format of every section's footnote properties (w:footnotePr/w:numFmt,
// set in page.ts), so Word draws the marks itself. Word footnotes hold plain paragraphs only; URLs
// inside become hyperlinks.
import { ExternalHyperlink, NumberFormat, NoteNumberRestart, Paragraph } from 'docx';
import type { IFootnotePropertiesOptions, NoteContent, ParagraphChild } from 'docx';
import type { FootnoteStyle } from '../papers/model';
import { xmlSafe } from '../text/xml-safe';
import { textRuns } from './runs';
import { linkify } from './links';

/** The content of one footnote: one paragraph per line of its text. */
export function footnoteContent(text: string): NoteContent {
  const lines = xmlSafe(text).replace(/\r\n?/g, '\n').split('\n');
  const children = lines.map(
    (line, i) =>
      new Paragraph({
        style: 'FootnoteText',
        // the first line follows the mark Word puts in front of it; a space keeps them apart
        children: linkify(i === 0 ? ` ${line.trim()}` : line).flatMap((p): ParagraphChild[] =>
          p.href ? [new ExternalHyperlink({ link: p.href, children: textRuns(p.text, { style: 'Hyperlink' }) })] : textRuns(p.text),
        ),
      }),
  );
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
