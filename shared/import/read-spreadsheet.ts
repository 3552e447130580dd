// One entry point for every spreadsheet the user picks: .xlsx by its zip signature (or name),
// anything else that reads as text is CSV (comma, semicolon or tab separated). Never throws.
import { decodeText, readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { MAX_OPEN_FILE_BYTES, tooLarge } from './limits';
import type { ReadResult } from './limits';

export type { ReadResult, Sheet } from './limits';

/** The extensions to offer in a file picker. */
export const SPREADSHEET_EXTENSIONS = ['xlsx', 'csv', 'tsv', 'txt'] as const;

function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return (m?.[1] ?? '').toLowerCase();
}

/** The file's name without folder or extension, for a CSV's single sheet. */
function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? '';
  return name.replace(/\.[A-Za-z0-9]+$/, '') || 'Sheet 1';
}

/** Is this text rather than some other binary format (images, PDFs, .xls)? */
function looksBinary(bytes: Uint8Array): boolean {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return false;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length / 100;
}

export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  try {
    if (!(bytes instanceof Uint8Array)) return { ok: false, error: 'No file was read.' };
    if (bytes.length > MAX_OPEN_FILE_BYTES) return { ok: false, error: tooLarge() };
    if (bytes.length === 0) return { ok: false, error: 'The file is empty.' };
    const ext = extensionOf(fileName);
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    if (zip || ole || ext === 'xlsx' || ext === 'xlsm' || ext === 'xls') return await readXlsx(bytes);
    if (ext === 'ods' || ext === 'numbers') return { ok: false, error: 'This kind of spreadsheet cannot be imported. Save it as .xlsx or CSV and try again.' };
    if (looksBinary(bytes)) return { ok: false, error: 'This file is not a spreadsheet or a CSV file, so there is nothing to import.' };
    const text = decodeText(bytes);
    const csv = readCsv(text, ext === 'tsv' ? '\t' : undefined);
    if (!csv.ok) return csv;
    if (csv.rows.every((row) => row.every((cell) => cell.trim() === ''))) return { ok: false, error: 'The file has no data in it.' };
    return { ok: true, sheets: [{ name: baseName(fileName), rows: csv.rows }] };
  } catch {
    // Nothing above should throw; if something unforeseen does, the user still gets a sentence.
    return { ok: false, error: 'The file could not be read as a spreadsheet.' };
  }
}
