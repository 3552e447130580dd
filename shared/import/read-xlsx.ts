// .xlsx bytes to sheets of strings, read by exceljs. Our limits sit around it: the package is opened
// and every part inflated against the zip-bomb budget, and the parts are rewritten with the row,
// column and cell limits checked, before exceljs sees them (./xlsx-package). Formulas are never
// evaluated: a cell gives the value Excel last saved with it. Numbers in date formats come out as ISO
// dates ("2018-03-31"), percentages as "55.7%" (./xlsx-formats). Never throws: every failure is a
// plain message.
import type { Cell, CellValue, Workbook } from 'exceljs';
import { MAX_OPEN_FILE_BYTES, CELL_READ_LIMIT, tooLarge } from './limits';
import type { ReadResult, Sheet } from './limits';
import { XlsxProblem } from './xlsx-rewrite';
import { DAMAGED, NOT_A_ZIP, prepareWorkbook } from './xlsx-package';
import { customFormat, decodeOoxmlEscapes, numberText } from './xlsx-formats';

export { DAMAGED, NOT_A_ZIP, NO_WORKBOOK, TOO_BIG_UNPACKED } from './xlsx-package';
export { columnIndexOf, customFormat, tidyNumber } from './xlsx-formats';
export { resolvePartPath } from '../ooxml/package';

const OLD_OR_PROTECTED =
  'This is an older Excel file (.xls) or a password-protected workbook, which cannot be imported. In Excel, remove any password and save it as .xlsx or CSV.';

const cap = (text: string) => (text.length > CELL_READ_LIMIT ? text.slice(0, CELL_READ_LIMIT) : text);

/** exceljs, loaded on first use so the app's start does not wait for it (it is a large module). */
async function newWorkbook(): Promise<Workbook> {
  const mod = (await import('exceljs')) as unknown as { default?: { Workbook: new () => Workbook }; Workbook?: new () => Workbook };
  const Ctor = mod.Workbook ?? mod.default?.Workbook;
  if (!Ctor) throw new XlsxProblem(DAMAGED);
  return new Ctor();
}

/** exceljs turns date-formatted numbers into Dates (with its own epoch); this is the serial back. */
const serialOf = (d: Date): number => 25569 + d.getTime() / 86_400_000;

function cellText(cell: Cell, date1904: boolean): string {
  const value: CellValue = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return decodeOoxmlEscapes(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const format = customFormat(typeof cell.numFmt === 'string' ? cell.numFmt : '');
  if (typeof value === 'number') return numberText(value, format, date1904);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : numberText(serialOf(value), format, date1904);
  if ('richText' in value) return decodeOoxmlEscapes(value.richText.map((r) => r.text).join(''));
  if ('error' in value) return value.error;
  return ''; // formulas and hyperlinks are left out before exceljs reads the sheet
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
  const prepared = await prepareWorkbook(bytes);
  const workbook = await newWorkbook();
  await workbook.xlsx.load(prepared.zip as unknown as ArrayBuffer);
  return prepared.names.map((name, i) => {
    const sheet = workbook.getWorksheet(`S${i + 1}`);
    const rows: string[][] = [];
    sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const text = cellText(cell, prepared.date1904);
        if (text === '') return;
        while (cells.length < column - 1) cells.push('');
        cells[column - 1] = cap(text);
      });
      if (cells.length > 0) rows[rowNumber - 1] = cells;
    });
    // Dense rows (blank where the sheet has none), so row i is spreadsheet row i + 1.
    const dense: string[][] = [];
    for (let r = 0; r < rows.length; r++) dense.push(rows[r] ?? []);
    return { name, rows: dense };
  });
}
