// Typed tables: as wide as the text of the page they sit on (portrait or landscape), columns sized
// from their content by shared/tables (never narrower than their longest word where the page
// allows; an author's dragged widths kept), figure columns right-aligned, header rows repeating on
// every printed page (w:tblHeader on the leading rows only), a fixed layout with w:tblW and
// w:gridCol in DXA summing exactly to the text width (LibreOffice and Google Docs ignore
// percentages), rows kept on one page only when they surely fit one, real borders, grey header
// shading with ShadingType.CLEAR (SOLID paints cells black), every cell holding a paragraph.
import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { IBorderOptions, ITableBordersOptions } from 'docx';
import type { TableCellNode, TableNode } from '../richtext/model';
import { authorWidths, contentWidths, measureColumn } from '../tables/column-widths';
import type { ColumnMeasure } from '../tables/column-widths';
import { EDITOR_TEXT_WIDTH_PX } from '../tables/editor';
import { columnIsFigures } from '../tables/figures';
import { cellNodeParagraphs, plainTexts } from '../tables/rich-measure';
import { mayKeepRowWhole, rowHeight } from '../tables/row-height';
import type { PrintedParagraph } from '../tables/row-height';
import type { BuildContext } from './context';
import { inlineChildren } from './inline';
import { listParagraphs } from './lists';
import { BORDER_COLOR, HEADER_FILL, STYLE } from './constants';
import { must } from '../records/must';

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: BORDER_COLOR };
export const TABLE_BORDERS: ITableBordersOptions = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
export const CELL_MARGINS = { top: 40, bottom: 40, left: 100, right: 100 };

const span = (n: number | undefined): number => (n !== undefined && Number.isInteger(n) && n > 0 ? n : 1);

export interface PlacedCell {
  readonly node: TableCellNode;
  readonly column: number;
  readonly colspan: number;
  readonly rowspan: number;
}

/**
 * Places each cell on the grid, allowing for cells merged down from rows above, and counts the
 * grid's columns. One pass over the cells: linear in the table's size.
 */
export function layoutTable(node: TableNode): { rows: PlacedCell[][]; columns: number; coveredFromAbove: number[] } {
  const rowCount = node.content.length;
  const busy: number[] = []; // per column: rows still covered by a rowspan from above
  const coveredFromAbove: number[] = [];
  let columns = 0;
  const rows = node.content.map((row, r) => {
    let col = 0;
    coveredFromAbove.push(busy.filter((b) => b > 0).length);
    const placed: PlacedCell[] = [];
    const skipBusy = () => {
      while ((busy[col] ?? 0) > 0) col++;
    };
    for (const cell of row.content) {
      skipBusy();
      const colspan = span(cell.attrs?.colspan);
      const rowspan = Math.min(span(cell.attrs?.rowspan), rowCount - r);
      placed.push({ node: cell, column: col, colspan, rowspan });
      for (let c = col; c < col + colspan; c++) busy[c] = Math.max(busy[c] ?? 0, rowspan);
      col += colspan;
    }
    skipBusy();
    columns = Math.max(columns, col, busy.length);
    for (let c = 0; c < busy.length; c++) {
      const left = busy[c] ?? 0;
      if (left > 0) busy[c] = left - 1;
    }
    return placed;
  });
  return { rows, columns, coveredFromAbove };
}

const cellText = (cell: TableCellNode): string => plainTexts(cell.content).join('\n');
type TextOf = (cell: TableCellNode) => string;

/** Each column's measure (longest word, longest line), from its single-column cells. */
function measures(rows: readonly PlacedCell[][], columns: number, textOf: TextOf): ColumnMeasure[] {
  const texts: { text: string; style: { bold: boolean } }[][] = Array.from({ length: columns }, () => []);
  for (const row of rows)
    for (const c of row)
      if (c.colspan === 1 && c.column < columns)
        must(texts[c.column], 'texts[c.column]').push({ text: textOf(c.node), style: { bold: c.node.type === 'tableHeader' } });
  return texts.map((t) => measureColumn(t));
}

/**
 * Column widths in DXA summing exactly to `total`: the author's dragged widths (colwidth, CSS pixels
 * of the editor) where there are any, scaled to the text width; otherwise from content.
 */
export function columnWidths(rows: readonly PlacedCell[][], columns: number, total: number, textOf: TextOf = cellText): number[] {
  const drawn = Array.from<number | undefined>({ length: columns });
  for (const row of rows)
    for (const cell of row)
      cell.node.attrs?.colwidth?.forEach((w, i) => {
        const c = cell.column + i;
        if (c < columns && drawn[c] === undefined && Number.isFinite(w) && w > 0) drawn[c] = w;
      });
  const m = measures(rows, columns, textOf);
  return drawn.some((w) => w !== undefined) ? authorWidths(drawn, m, total, EDITOR_TEXT_WIDTH_PX) : contentWidths(m, total);
}

/** Leading rows made only of header cells: the table's header, repeated on every printed page. */
export function headerRowCount(node: TableNode): number {
  let n = 0;
  while (
    n < node.content.length &&
    must(node.content[n], 'node.content[n]').content.length &&
    must(node.content[n], 'node.content[n]').content.every((c) => c.type === 'tableHeader')
  )
    n++;
  return n === node.content.length ? 0 : n; // a table of only headers has nothing to repeat over
}

/** Which columns hold figures (every body cell a figure): they print right-aligned, their headers too. */
export function figureColumns(rows: readonly PlacedCell[][], columns: number, headerRows: number, textOf: TextOf = cellText): boolean[] {
  const body: string[][] = Array.from({ length: columns }, () => []);
  rows.forEach((row, r) => {
    if (r < headerRows) return;
    for (const c of row) if (c.colspan === 1 && c.column < columns && c.node.type === 'tableCell') must(body[c.column], 'body[c.column]').push(textOf(c.node));
  });
  return body.map((cells) => columnIsFigures(cells));
}

function cellChildren(cell: TableCellNode, header: boolean, right: boolean, ctx: BuildContext): Paragraph[] {
  const alignment = right ? { alignment: AlignmentType.RIGHT } : {};
  const out: Paragraph[] = [];
  for (const block of cell.content) {
    if (block.type === 'paragraph') out.push(new Paragraph({ style: STYLE.cell, ...alignment, children: inlineChildren(block.content, { bold: header }) }));
    else out.push(...listParagraphs(block, ctx, 0, { style: STYLE.cell, bold: header }));
  }
  return out.length ? out : [new Paragraph({ style: STYLE.cell })];
}

export function tableToDocx(node: TableNode, ctx: BuildContext): Table | null {
  const { rows, columns, coveredFromAbove } = layoutTable(node);
  if (columns === 0) return null;
  const total = ctx.page.textWidth;
  // Each cell's printed paragraphs, worked out once: widths, figure columns and row heights all read
  // them (they were worked out three times per cell, a measurable share of a table-heavy export).
  const printed = new Map<TableCellNode, { paragraphs: PrintedParagraph[]; text: string }>();
  const printedOf = (cell: TableCellNode) => {
    let p = printed.get(cell);
    if (!p) {
      const paragraphs = cellNodeParagraphs(cell);
      p = { paragraphs, text: paragraphs.map((x) => x.text).join('\n') };
      printed.set(cell, p);
    }
    return p;
  };
  const textOf = (cell: TableCellNode) => printedOf(cell).text;
  const widths = columnWidths(rows, columns, total, textOf);
  const prefix = [0];
  for (const w of widths) prefix.push(must(prefix[prefix.length - 1], 'prefix[prefix.length - 1]') + w);
  const widthOf = (col: number, colspan: number) =>
    must(prefix[Math.min(col + colspan, columns)], 'prefix[Math.min(col + colspan, columns)]') - must(prefix[col], 'prefix[col]');
  const headerRows = headerRowCount(node);
  const figures = figureColumns(rows, columns, headerRows, textOf);

  const docxRows = rows.map((placed, r) => {
    const cells = placed.map((p) => {
      const header = p.node.type === 'tableHeader';
      return new TableCell({
        children: cellChildren(p.node, header, p.colspan === 1 && figures[p.column] === true, ctx),
        width: { size: widthOf(p.column, p.colspan), type: WidthType.DXA },
        ...(p.colspan > 1 ? { columnSpan: p.colspan } : {}),
        ...(p.rowspan > 1 ? { rowSpan: p.rowspan } : {}),
        ...(header ? { shading: { fill: HEADER_FILL, type: ShadingType.CLEAR, color: 'auto' } } : {}),
      });
    });
    // A ragged row is padded with empty cells so Word and LibreOffice draw a full grid (docx adds
    // the cells continuing a merge from above itself).
    let used = coveredFromAbove[r] ?? 0;
    for (const p of placed) used += p.colspan;
    for (let c = used; c < columns; c++) {
      cells.push(new TableCell({ children: [new Paragraph({ style: STYLE.cell })], width: { size: must(widths[c], 'widths[c]'), type: WidthType.DXA } }));
    }
    // A row is kept on one page only when it surely fits a third of one: a taller row that may not
    // split runs off the page and its last lines are lost in print. A cell merged down counts in
    // full in its first row, which errs tall.
    const height = rowHeight(placed.map((p) => ({ paragraphs: printedOf(p.node).paragraphs, width: widthOf(p.column, p.colspan) })));
    const keep = mayKeepRowWhole(height, ctx.page.textHeight);
    return new TableRow({ children: cells, ...(keep ? { cantSplit: true } : {}), ...(r < headerRows ? { tableHeader: true } : {}) });
  });

  return new Table({
    rows: docxRows,
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
  });
}
