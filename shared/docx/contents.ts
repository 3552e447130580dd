// A plan document's contents list: a real Word TOC field (TOC \o "1-3" \h \z \u) that Word updates,
// written with its entries already in it (the headings' numbers and text, linked to bookmarks on
// them, with the page numbers docx/layout works out), so LibreOffice, PDF converters and anyone who
// never presses "Update table" see the entries. The docx library builds the field and the entries
// from the document's Heading 1–3 paragraphs; we give it the options and the entry styles.
import { PageBreak, Paragraph, TableOfContents } from 'docx';
import { textRuns } from './runs';

export const CONTENTS_HEADING_STYLE = 'ContentsHeading';
export const CONTENTS_TITLE = 'Contents';

export function contentsChildren(): (Paragraph | TableOfContents)[] {
  return [
    // Not a heading, so the contents does not list itself.
    new Paragraph({ style: CONTENTS_HEADING_STYLE, children: textRuns(CONTENTS_TITLE) }),
    new TableOfContents(CONTENTS_TITLE, {
      hyperlink: true,
      headingStyleRange: '1-3',
      hideTabAndPageNumbersInWebView: true,
      useAppliedParagraphOutlineLevel: true,
    }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** "Contents" itself, and the entries of each level indented under the one above. */
export const contentsStyles = () => [
  {
    id: CONTENTS_HEADING_STYLE,
    name: 'TOC Heading',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size: 32, bold: true },
    paragraph: { spacing: { after: 240 }, keepNext: true },
  },
  { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { spacing: { before: 120, after: 60 } } },
  { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 240 }, spacing: { after: 40 } } },
  { id: 'TOC3', name: 'toc 3', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 480 }, spacing: { after: 40 } } },
];
