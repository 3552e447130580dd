// The reader readXlsx replaced, kept only as the reference its tests compare with: the same guarded
// parts (./xlsx-package prepareWorkbook) written out as a zip and read back by exceljs. readXlsx now
// takes the cells from that one guarded pass; on any file both must give the same sheets.
import type { Cell, CellValue, Workbook } from 'exceljs';
import { CELL_READ_LIMIT } from './limits';
import type { Sheet } from './limits';
import { prepareWorkbook } from './xlsx-package';
import { customFormat, decodeOoxmlEscapes, numberText } from './xlsx-formats';

const cap = (text: string) => (text.length > CELL_READ_LIMIT ? text.slice(0, CELL_READ_LIMIT) : text);

async function newWorkbook(): Promise<Workbook> {
  const mod = (await import('exceljs')) as unknown as { default?: { Workbook: new () => Workbook }; Workbook?: new () => Workbook };
  const Ctor = mod.Workbook ?? mod.default?.Workbook;
  if (!Ctor) throw new Error('exceljs did not load');
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
  return '';
}

/** The sheets exceljs reads from the rewritten parts; throws what prepareWorkbook throws. */
export async function readXlsxWithExceljs(bytes: Uint8Array): Promise<Sheet[]> {
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
    const dense: string[][] = [];
    for (let r = 0; r < rows.length; r++) dense.push(rows[r] ?? []);
    return { name, rows: dense };
  });
}
