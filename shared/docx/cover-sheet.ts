// Page 1's cover-sheet table, as the reference papers lay it out: bold labels on the left, values on
// the right, fixed DXA widths and real borders.
import { ExternalHyperlink, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { ParagraphChild } from 'docx';
import type { PaperBundle } from '../papers/model';
import { PUBLICITY_LABEL, PURPOSE_LABEL } from '../papers/model';
import { formatDate } from '../house-style/house-style';
import { DEFAULT_HOUSE_STYLE } from '../house-style/model';
import { safeHref } from './links';
import { textRuns } from './runs';
import { STYLE, TEXT_WIDTH } from './constants';
import { CELL_MARGINS, TABLE_BORDERS } from './tables';

export const COVER_LABEL_WIDTH = 3118; // 5.5 cm: fits "Public/Non Public*" on one line
export const COVER_VALUE_WIDTH = TEXT_WIDTH - COVER_LABEL_WIDTH;

/** The cover sheet's rows as label/value text, in order (also what tests and previews read). */
export function coverRows(bundle: PaperBundle): [label: string, value: string][] {
  const c = bundle.paper.cover;
  const rows: [string, string][] = [
    [PURPOSE_LABEL[c.purpose], ''],
    ['Public/Non Public*', PUBLICITY_LABEL[c.publicity]],
  ];
  if (c.publicity === 'non-public') rows.push(['Reason for exemption:', c.exemptionReason]);
  rows.push(
    ['Report to:', bundle.committee?.name ?? ''],
    ['Date of Meeting:', formatDate(c.meetingDate, bundle.style ?? DEFAULT_HOUSE_STYLE)],
    ['Report of:', c.reportOf],
    ['Report Author:', c.author],
    ['E-mail:', c.email],
    ['Other Contacts:', c.otherContacts],
    ['Agenda Item:', c.agendaItem],
  );
  return rows;
}

function valueChildren(label: string, value: string, bundle: PaperBundle): ParagraphChild[] {
  const v = value.trim();
  if (label === 'E-mail:' && v) {
    const href = safeHref(v.startsWith('mailto:') ? v : `mailto:${v}`);
    if (href) return [new ExternalHyperlink({ link: href, children: textRuns(v, { style: 'Hyperlink' }) })];
  }
  // A Non Public paper's marking is bold, so it cannot be missed.
  const bold = label === 'Public/Non Public*' && bundle.paper.cover.publicity === 'non-public';
  return textRuns(v, bold ? { bold: true } : {});
}

const cell = (width: number, paragraph: Paragraph) => new TableCell({ width: { size: width, type: WidthType.DXA }, children: [paragraph] });

export function coverSheet(bundle: PaperBundle): Table {
  return new Table({
    rows: coverRows(bundle).map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(COVER_LABEL_WIDTH, new Paragraph({ style: STYLE.coverLabel, children: textRuns(label) })),
            cell(COVER_VALUE_WIDTH, new Paragraph({ style: STYLE.cell, children: valueChildren(label, value, bundle) })),
          ],
        }),
    ),
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [COVER_LABEL_WIDTH, COVER_VALUE_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
  });
}
