// How a data block's table is laid out, for the Word export and the in-app preview alike: column
// widths in the resolver's proportions but never narrower than a column's longest word
// (shared/tables), and which columns hold figures (right-aligned, header too).
import type { CellContent, TablePart, TableRowContent } from './content';
import { measureColumn, preferredWidths } from '../tables/column-widths';
import type { ColumnMeasure, MeasuredText } from '../tables/column-widths';
import { columnIsFigures } from '../tables/figures';
import { plainTexts, richDocParagraphs } from '../tables/rich-measure';
import { TABLE_TEXT } from '../tables/row-height';
import type { PrintedParagraph } from '../tables/row-height';
import { must } from '../records/must';

/** What a cell prints, as text to measure. */
export function cellTexts(content: CellContent, role: TableRowContent['role']): { text: string; bold: boolean }[] {
  const bold = role === 'header' || role === 'total' || role === 'group';
  switch (content.kind) {
    case 'text':
      return [{ text: content.text, bold: bold || content.bold === true }];
    case 'status':
      return [
        {
          text: content.status ? [content.status.symbol, content.showLabel ? content.status.label : content.status.letter].join(' ') : 'Not rated',
          bold: true,
        },
      ];
    case 'rich':
      return plainTexts(content.doc.content).map((text) => ({ text, bold: false }));
  }
}

export function cellPrintedParagraphs(content: CellContent, role: TableRowContent['role']): PrintedParagraph[] {
  if (content.kind === 'rich') return richDocParagraphs(content.doc);
  return cellTexts(content, role).map(({ text, bold }) => ({ text, style: { bold }, ...TABLE_TEXT }));
}

/** Each grid column's measure, from the cells that sit in it alone. */
function partMeasures(part: TablePart): ColumnMeasure[] {
  const texts: MeasuredText[][] = part.columns.map(() => []);
  for (const row of part.rows) {
    let column = 0;
    for (const cell of row.cells) {
      const span = cell.span ?? 1;
      if (span === 1 && column < texts.length)
        for (const t of cellTexts(cell.content, row.role)) must(texts[column], 'texts[column]').push({ text: t.text, style: { bold: t.bold } });
      column += span;
    }
  }
  return texts.map((t) => measureColumn(t));
}

/** Columns whose body text cells (not aligned by the resolver) are all figures: printed right-aligned. */
function partFigureColumns(part: TablePart): boolean[] {
  const body: string[][] = part.columns.map(() => []);
  const aligned = part.columns.map(() => false);
  for (const row of part.rows) {
    let column = 0;
    for (const cell of row.cells) {
      const span = cell.span ?? 1;
      if (span === 1 && column < body.length && row.role === 'body') {
        if (cell.content.kind !== 'text' || cell.content.align) aligned[column] = true;
        else must(body[column], 'body[column]').push(cell.content.text);
      }
      column += span;
    }
  }
  return body.map((cells, i) => !aligned[i] && columnIsFigures(cells));
}

/** Widths in DXA summing to `total`, and for each column whether it prints as figures (right-aligned). */
export function tablePartLayout(part: TablePart, total: number): { widths: number[]; figures: boolean[] } {
  return { widths: preferredWidths(part.columns, partMeasures(part), total), figures: partFigureColumns(part) };
}
