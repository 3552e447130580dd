// Page furniture repeated in every Word section: "Page X of Y" centred in the footer, and for a
// Non Public paper a bold "NON PUBLIC" marking at the top of every page.
import { AlignmentType, Footer, Header, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { ISectionPropertiesOptions } from 'docx';
import type { PaperBundle } from '../papers/model';
import { footnoteProperties } from './footnotes';
import { footnoteStyleOf } from '../house-style/house-style';
import { DEFAULT_HOUSE_STYLE } from '../house-style/model';
import { MARGIN, PAGE_HEIGHT, PAGE_WIDTH } from './constants';

export const NON_PUBLIC_MARKING = 'NON PUBLIC';

/** New objects on every call: each Word section gets header and footer parts of its own. */
export function pageHeaders(bundle: PaperBundle): { default: Header } | undefined {
  if (bundle.paper.cover.publicity !== 'non-public') return undefined;
  return {
    default: new Header({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: NON_PUBLIC_MARKING, bold: true })] })],
    }),
  };
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
