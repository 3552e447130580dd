// .xlsx bytes to sheets of strings, read by exceljs. Our limits sit around it: the package is opened
// and every part inflated against the zip-bomb budget, and the parts are rewritten with the row,
// column and cell limits checked, before exceljs sees them (./xlsx-package). Formulas are never
// evaluated: a cell gives the value Excel last saved with it. Numbers in date formats come out as ISO
// dates ("2018-03-31"), percentages as "55.7%" (./xlsx-formats). Never throws: every failure is a
// plain message.
import { MAX_OPEN_FILE_BYTES, CELL_READ_LIMIT, tooLarge } from './limits';
import type { ReadResult, Sheet } from './limits';
import { XlsxProblem } from './xlsx-rewrite';
import { DAMAGED, NOT_A_ZIP, readWorkbookCells } from './xlsx-package';
import type { WorkbookCells } from './xlsx-package';
import type { SheetCell } from './xlsx-rewrite';
import { decodeOoxmlEscapes, numberText } from './xlsx-formats';

export { DAMAGED, NOT_A_ZIP, NO_WORKBOOK, TOO_BIG_UNPACKED } from './xlsx-package';
export { columnIndexOf, customFormat, tidyNumber } from './xlsx-formats';
export { resolvePartPath } from '../ooxml/package';

const OLD_OR_PROTECTED =
  'This is an older Excel file (.xls) or a password-protected workbook, which cannot be imported. In Excel, remove any password and save it as .xlsx or CSV.';

const cap = (text: string) => (text.length > CELL_READ_LIMIT ? text.slice(0, CELL_READ_LIMIT) : text);

/**
 * Text as a reader of the file gets it: characters XML 1.0 cannot hold left out and line ends as an
 * XML parser gives them (what exceljs returned when it read our rewritten parts), Excel's _xHHHH_
 * escapes decoded.
 */
const cleanText = (t: string): string => decodeOoxmlEscapes(t.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '').replace(/\r\n?/g, '\n'));

function cellText(cell: SheetCell, book: WorkbookCells): string {
  switch (cell.kind) {
    case 'shared':
      return cleanText(book.shared[Number(cell.value)] ?? '');
    case 'text':
      return cleanText(cell.value);
    case 'bool':
      return cell.value === '1' ? 'TRUE' : 'FALSE';
    case 'number': {
      // Cell format 0 reads as general, as exceljs read it (in practice Excel's xf 0 is General).
      const format = cell.style === '' || cell.style === '0' ? undefined : book.formats[Number(cell.style)];
      return numberText(Number(cell.value), format ?? 'general', book.date1904);
    }
  }
}

/** Sheets of an .xlsx file; never throws. */
export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  try {
    return { ok: true, sheets: await readWorkbook(bytes) };
  } catch (e) {
    return { ok: false, error: e instanceof XlsxProblem ? e.message : DAMAGED };
  }
}

async function readWorkbook(bytes: Uint8Array): Promise<Sheet[]> {
  if (bytes.length > MAX_OPEN_FILE_BYTES) throw new XlsxProblem(tooLarge());
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) throw new XlsxProblem(OLD_OR_PROTECTED);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new XlsxProblem(NOT_A_ZIP);
  const book = await readWorkbookCells(bytes);
  return book.sheets.map(({ name, rows: read }) => {
    // Dense rows (blank where the sheet has none), so row i is spreadsheet row i + 1.
    const rows: string[][] = [];
    for (const row of read) {
      const cells: string[] = [];
      for (const cell of row.cells) {
        const text = cellText(cell, book);
        if (text === '') continue;
        while (cells.length < cell.column) cells.push('');
        cells[cell.column] = cap(text);
      }
      if (cells.length === 0) continue;
      while (rows.length < row.number - 1) rows.push([]);
      rows.push(cells);
    }
    return { name, rows };
  });
}
