// Page geometry, type sizes and style ids shared by every module of the builder.

/** A4 portrait in twips (twentieths of a point; DXA). */
export const PAGE_WIDTH = 11906;
export const PAGE_HEIGHT = 16838;
/** 2.54 cm all round, as Word's "Normal" margins. */
export const MARGIN = 1440;
export const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN; // 9026
/** Text width of a landscape A4 page (the page's height less the margins). */
export const LANDSCAPE_TEXT_WIDTH = PAGE_HEIGHT - 2 * MARGIN; // 13958
/** Where paragraph text starts in a section: numbers (1.1, 10.12) hang in the space before it. */
export const TEXT_INDENT = 720;

export const FONT = 'Arial';
/** Half-points. */
export const BODY_SIZE = 24;
export const FOOTNOTE_SIZE = 18;
export const TITLE_SIZE = 28;

/** Paragraph style ids, so modules and tests agree. */
export const STYLE = {
  title: 'PaperTitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  cell: 'TableText',
  coverLabel: 'CoverLabel',
  quote: 'Quote',
} as const;

/** A quotation (a stakeholder's words) is set in this far from the text on each side: 1 cm. */
export const QUOTE_INDENT = 567;

/** Light grey behind header cells: dark enough to see on paper, light enough for black text. */
export const HEADER_FILL = 'D9D9D9';
export const BORDER_COLOR = '000000';
