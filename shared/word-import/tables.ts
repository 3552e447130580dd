// A Word table → the paper's table: header rows (Word's "repeat as header row", or a first row set
// in bold or a heading style), cells merged across (gridSpan) and down (vMerge), cells holding
// paragraphs only. Lists in cells become paragraphs, a table nested in a cell becomes its text, and
// images in cells are placed after the table, each reported.
import type { ImageNode, InlineNode, ParagraphNode, TableCellNode, TableNode, TableRowNode } from '../richtext/model';
import type { CellItem, ParaItem, PendingNote, TableItem } from './body';
import { allBold, piecesText } from './body';
import type { InlineEnv } from './inline';
import { toInline } from './inline';
import { WORD_IMPORT_LIMITS } from './limits';
import { must } from '../records/must';

interface Placed {
  readonly cell: CellItem;
  readonly column: number;
  rowspan: number;
}

const isHeadingStyle = (p: ParaItem) => p.style.headingLevel !== null || /heading|header/i.test(p.style.name);

function looksLikeHeaderRow(cells: readonly CellItem[]): boolean {
  const paras = cells.flatMap((c) => c.paragraphs).filter((p) => piecesText(p.pieces).trim() !== '');
  return paras.length > 0 && paras.every((p) => allBold(p.pieces) || isHeadingStyle(p));
}

export function tableOf(item: TableItem, env: InlineEnv, note: (n: PendingNote) => void): { table: TableNode | null; images: ImageNode[] } {
  const images: ImageNode[] = [];
  let rowsIn = item.rows.filter((r) => r.cells.length > 0);
  if (rowsIn.length > WORD_IMPORT_LIMITS.tableRows) {
    note({
      kind: 'limit',
      what: `the table has ${rowsIn.length.toLocaleString('en-GB')} rows; the first ${WORD_IMPORT_LIMITS.tableRows.toLocaleString('en-GB')} were kept`,
    });
    rowsIn = rowsIn.slice(0, WORD_IMPORT_LIMITS.tableRows);
  }
  // Header rows: those Word repeats, else a bold (or heading-styled) first row of a table with more rows.
  let headerRows = 0;
  while (headerRows < rowsIn.length && must(rowsIn[headerRows], 'rowsIn[headerRows]').header) headerRows++;
  if (headerRows === 0 && rowsIn.length > 1 && looksLikeHeaderRow(must(rowsIn[0], 'rowsIn[0]').cells)) headerRows = 1;
  if (headerRows === rowsIn.length) headerRows = rowsIn.length > 1 ? 1 : 0;

  // Place cells on the grid so vertical merges can be counted.
  const grid: (Placed | null)[][] = [];
  const placedRows: Placed[][] = rowsIn.map((row, r) => {
    let col = row.before;
    const out: Placed[] = [];
    for (const cell of row.cells) {
      if (cell.vMerge === 'continue') {
        // find the restart above in this column
        for (let up = r - 1; up >= 0; up--) {
          const above = grid[up]?.[col];
          if (above) {
            above.rowspan++;
            break;
          }
        }
        col += cell.colspan;
        continue;
      }
      const p: Placed = { cell, column: col, rowspan: 1 };
      (grid[r] ??= [])[col] = p;
      out.push(p);
      col += cell.colspan;
    }
    return out;
  });

  const cellNode = (p: Placed, header: boolean): TableCellNode => {
    const paragraphs: ParagraphNode[] = [];
    for (const para of p.cell.paragraphs) {
      const { inline, images: imgs } = toInline(para.pieces, env, { plain: header });
      images.push(...imgs);
      for (const n of para.notes) note(n);
      if (imgs.length) note({ kind: 'image', what: 'an image in a table cell was placed after the table (cells hold text only)' });
      // A list item in a cell keeps its mark as text.
      const mark = para.num ? `${para.num.bullet ? '•' : para.num.label}\t` : '';
      const content: InlineNode[] = mark && inline.length ? [{ type: 'text', text: mark }, ...inline] : inline;
      if (content.length || paragraphs.length === 0) paragraphs.push(content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
    }
    if (p.cell.nested) note({ kind: 'table', what: 'a table inside a table cell was kept as the text of that cell' });
    if (!paragraphs.length) paragraphs.push({ type: 'paragraph' });
    const attrs =
      p.cell.colspan > 1 || p.rowspan > 1
        ? { ...(p.cell.colspan > 1 ? { colspan: p.cell.colspan } : {}), ...(p.rowspan > 1 ? { rowspan: p.rowspan } : {}) }
        : undefined;
    const type = header ? 'tableHeader' : 'tableCell';
    return attrs ? { type, attrs, content: paragraphs } : { type, content: paragraphs };
  };

  const rows: TableRowNode[] = [];
  placedRows.forEach((placed, r) => {
    let cells = placed;
    if (cells.length > WORD_IMPORT_LIMITS.rowCells) {
      note({ kind: 'limit', what: `a table row has ${cells.length} cells; the first ${WORD_IMPORT_LIMITS.rowCells} were kept` });
      cells = cells.slice(0, WORD_IMPORT_LIMITS.rowCells);
    }
    const header = r < headerRows;
    // Cells skipped at the start of a row (gridBefore) become empty cells, so columns stay in line.
    const lead: TableCellNode[] = [];
    const before = must(rowsIn[r], 'rowsIn[r]').before;
    for (let k = 0; k < before && lead.length < WORD_IMPORT_LIMITS.rowCells; k++) lead.push({ type: 'tableCell', content: [{ type: 'paragraph' }] });
    const content = [...lead, ...cells.map((p) => cellNode(p, header))].slice(0, WORD_IMPORT_LIMITS.rowCells);
    if (content.length) rows.push({ type: 'tableRow', content });
  });
  return { table: rows.length ? { type: 'table', content: rows } : null, images };
}

/** The cover-sheet reading of a table: each row's cells as plain text. */
export function tableTexts(item: TableItem): string[][] {
  return item.rows.map((r) =>
    r.cells
      .filter((c) => c.vMerge !== 'continue')
      .map((c) =>
        c.paragraphs
          .map((p) => piecesText(p.pieces).trim())
          .filter(Boolean)
          .join(' '),
      ),
  );
}
