// Page furniture repeated in every Word section: "Page X of Y" centred in the footer, and for a
// Non Public paper a bold "NON PUBLIC" marking at the top of every page.
import { AlignmentType, BorderStyle, Footer, Header, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import { xmlSafe } from '../text/xml-safe';
import type { ISectionPropertiesOptions } from 'docx';
import type { PaperBundle } from '../papers/model';
import { footnoteProperties } from './footnotes';
import { footnoteStyleOf } from '../house-style/house-style';
import { DEFAULT_HOUSE_STYLE } from '../house-style/model';
import { MARGIN, PAGE_HEIGHT, PAGE_WIDTH } from './constants';

export const NON_PUBLIC_MARKING = 'NON PUBLIC';

/** New objects on every call: each Word section gets header and footer parts of its own. A review copy's marking comes first. */
export function pageHeaders(bundle: PaperBundle, reviewMarking?: string): { default: Header } | undefined {
  const lines = [...(reviewMarking ? [xmlSafe(reviewMarking)] : []), ...(bundle.paper.cover.publicity === 'non-public' ? [NON_PUBLIC_MARKING] : [])];
  if (!lines.length) return undefined;
  return {
    default: new Header({
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- docx's run options are `string | IRunOptions`: the rule reads `bold` as String.prototype.bold
      children: lines.map((text) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true })] })),
    }),
  };
}

/** A review copy's note before the cover sheet: what is asked of whom, in a bordered box. */
export function reviewCoverNote(review: { readonly coverNote: readonly string[] } | undefined): Paragraph[] {
  if (!review?.coverNote.length) return [];
  const border = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 4 };
  const borders = { top: border, bottom: border, left: border, right: border };
  return review.coverNote.map(
    (line, i) =>
      new Paragraph({
        border: borders,
        spacing: { after: i === review.coverNote.length - 1 ? 240 : 0 },
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- docx's run options are `string | IRunOptions`: the rule reads `bold` as String.prototype.bold
        children: [new TextRun({ text: xmlSafe(line), bold: i === 0 })],
      }),
  );
}

export function pageFooters(): { default: Footer } {
  return {
    default: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
        }),
      ],
    }),
  };
}

/** A4 portrait, 2.54 cm margins, and the paper's footnote marks, for every section. */
export function sectionProperties(bundle: PaperBundle, newPage: boolean, landscape = false): ISectionPropertiesOptions {
  return {
    ...(newPage ? { type: 'nextPage' as const } : {}),
    page: {
      // Portrait size with the landscape flag: the library swaps width and height itself.
      size: { width: PAGE_WIDTH, height: PAGE_HEIGHT, ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) },
      margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN, header: 708, footer: 708 },
    },
    footnoteProperties: footnoteProperties(footnoteStyleOf(bundle.paper, bundle.style ?? DEFAULT_HOUSE_STYLE)),
  };
}
