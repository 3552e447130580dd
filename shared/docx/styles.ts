// The document's styles: Arial 12, headings that are real Word headings (Heading 1/2/3 with outline
// levels) so the navigation pane, a table of contents and screen readers see the paper's structure.
import { LineRuleType } from 'docx';
import type { IStylesOptions } from 'docx';
import { BODY_SIZE, FONT, FOOTNOTE_SIZE, QUOTE_INDENT, STYLE, TITLE_SIZE } from './constants';
import { SECTION_NUMBERING } from './numbering-config';
import type { HouseStyle } from '../house-style/model';
import { DEFAULT_HOUSE_STYLE } from '../house-style/model';

const heading = (outlineLevel: number, before: number) => ({
  run: { font: FONT, size: BODY_SIZE, bold: true, color: '000000' },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
});

export function paperStyles(style: Pick<HouseStyle, 'headingCase'> = DEFAULT_HOUSE_STYLE): IStylesOptions {
  return {
    default: {
      document: {
        // British English: Word's spelling check and screen readers' pronunciation follow it
        run: { font: FONT, size: BODY_SIZE, language: { value: 'en-GB' } },
        // lineRule auto said out loud: Word assumes it, but LibreOffice otherwise clips inline charts to one line
        paragraph: { spacing: { after: 160, line: 264, lineRule: LineRuleType.AUTO } },
      },
      // Section headings print upper-case (as the reference papers do) while the stored title keeps
      // the author's capitalisation for the navigation pane, pandoc and screen readers. The style
      // carries the section number, as Word's numbered headings do: pandoc and other readers then see
      // a numbered heading, not a list item, and a Heading 1 added in Word is numbered too.
      heading1: {
        run: { ...heading(0, 360).run, ...(style.headingCase === 'capitals' ? { allCaps: true } : {}) },
        paragraph: { ...heading(0, 360).paragraph, numbering: { reference: SECTION_NUMBERING, level: 0 } },
      },
      heading2: heading(1, 240),
      heading3: heading(2, 200),
      hyperlink: { run: { color: '0563C1', underline: {} } },
      footnoteText: { run: { font: FONT, size: FOOTNOTE_SIZE }, paragraph: { spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO } } },
    },
    paragraphStyles: [
      {
        // Based on Heading 1 so it is a real top-level heading, but in the author's own capitals.
        id: STYLE.title,
        name: 'Paper Title',
        basedOn: STYLE.heading1,
        next: 'Normal',
        quickFormat: true,
        run: { size: TITLE_SIZE, allCaps: false },
        paragraph: { spacing: { before: 360, after: 240 }, outlineLevel: 0, numbering: false },
      },
      {
        // Word's own "Quote" style name, so a reader (and Word's navigation) knows it for a quotation.
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true },
        paragraph: { indent: { left: QUOTE_INDENT, right: QUOTE_INDENT } },
      },
      {
        id: STYLE.cell,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.coverLabel,
        name: 'Cover Label',
        basedOn: STYLE.cell,
        run: { bold: true },
      },
    ],
  };
}
