// Data tables: header rows repeat on every printed page (w:tblHeader), column widths are fixed DXA
// summing to the text width (LibreOffice and Google Docs ignore percentages), real borders, grey
// header shading with ShadingType.CLEAR (SOLID paints cells black), every cell has a paragraph.
import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { IBorderOptions, ITableBordersOptions } from 'docx';
import type { TableCellNode, TableNode } from '../richtext/model';
import { inlineText } from '../richtext/model';
import { inlineChildren } from './inline';
import { BORDER_COLOR, HEADER_FILL, STYLE, TEXT_WIDTH } from './constants';

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: BORDER_COLOR };
export const TABLE_BORDERS: ITableBordersOptions = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
export const CELL_MARGINS = { top: 40, bottom: 40, left: 100, right: 100 };

const span = (n: number | undefined): number => (n !== undefined && Number.isInteger(n) && n > 0 ? n : 1);

interface PlacedCell {
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
    for (let c = 0; c < busy.length; c++) if ((busy[c] ?? 0) > 0) busy[c]!--;
    return placed;
  });
  return { rows, columns, coveredFromAbove };
}

// Rough Arial 12 metrics in twips, enough to keep words whole and give wordy columns the room.
const CHAR_WIDTH = 140;
const CELL_PADDING = CELL_MARGINS.left + CELL_MARGINS.right;
const MIN_COLUMN = 600;
const MAX_WORD_COLUMN = 2800;

const cellText = (cell: TableCellNode): string => cell.content.map((p) => inlineText(p.content)).join(' ');

/**
 * Column widths in DXA summing exactly to `total`. Where the editor stored widths (pixels, from
 * column resizing) for every column, they are kept in proportion. Otherwise each column gets room
 * for its longest word, and the rest of the width goes to the columns with the most text, so a
 * description column is wide and a column of figures narrow.
 */
export function columnWidths(rows: readonly PlacedCell[][], columns: number, total = TEXT_WIDTH): number[] {
  const px: (number | undefined)[] = new Array(columns).fill(undefined);
  const minW: number[] = new Array(columns).fill(MIN_COLUMN);
  const weight: number[] = new Array(columns).fill(1);
  for (const row of rows)
    for (const cell of row) {
      cell.node.attrs?.colwidth?.forEach((w, i) => {
        const c = cell.column + i;
        if (c < columns && px[c] === undefined && Number.isFinite(w) && w > 0) px[c] = w;
      });
      if (cell.colspan !== 1 || cell.column >= columns) continue;
      const text = cellText(cell.node);
      let longestWord = 0;
      for (const word of text.split(/\s+/)) longestWord = Math.max(longestWord, word.length);
      minW[cell.column] = Math.max(minW[cell.column]!, Math.min(MAX_WORD_COLUMN, longestWord * CHAR_WIDTH + CELL_PADDING));
      weight[cell.column] = Math.max(weight[cell.column]!, Math.min(text.length, 120));
    }
  let widths: number[];
  if (px.every((w) => w !== undefined)) {
    widths = proportional(px as number[], total);
  } else {
    const minSum = minW.reduce((a, b) => a + b, 0);
    if (minSum >= total) widths = proportional(minW, total);
    else {
      const extra = proportional(weight, total - minSum);
      widths = minW.map((m, i) => m + extra[i]!);
    }
  }
  return widths;
}

/** Integers in proportion to `weights`, summing exactly to `total`. */
function proportional(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const out = weights.map((w) => Math.floor((w / sum) * total));
  if (out.length) out[out.length - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

function cellParagraphs(cell: TableCellNode, header: boolean): Paragraph[] {
  const paras = cell.content.map((p) => new Paragraph({ style: STYLE.cell, children: inlineChildren(p.content, { bold: header }) }));
  return paras.length ? paras : [new Paragraph({ style: STYLE.cell })];
}

export function tableToDocx(node: TableNode): Table | null {
  const { rows, columns, coveredFromAbove } = layoutTable(node);
  if (columns === 0) return null;
  const widths = columnWidths(rows, columns);
  const prefix = [0];
  for (const w of widths) prefix.push(prefix[prefix.length - 1]! + w);
  const widthOf = (col: number, colspan: number) => prefix[Math.min(col + colspan, columns)]! - prefix[col]!;

  // Leading rows made only of header cells are the table's header: they repeat on every page.
  let headerRows = 0;
  while (headerRows < node.content.length && node.content[headerRows]!.content.every((c) => c.type === 'tableHeader') && node.content[headerRows]!.content.length) headerRows++;
  if (headerRows === node.content.length) headerRows = 0; // a table of only headers has nothing to repeat over

  const docxRows = rows.map((placed, r) => {
    const cells = placed.map((p) => {
      const header = p.node.type === 'tableHeader';
      return new TableCell({
        children: cellParagraphs(p.node, header),
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
      cells.push(new TableCell({ children: [new Paragraph({ style: STYLE.cell })], width: { size: widths[c]!, type: WidthType.DXA } }));
    }
    return new TableRow({ children: cells, cantSplit: true, ...(r < headerRows ? { tableHeader: true } : {}) });
  });

  return new Table({
    rows: docxRows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
  });
}
