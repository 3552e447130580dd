// What an import accepts, in one place: the readers refuse anything larger with a plain message.
import { MAX_OPEN_FILE_BYTES } from '../host/api';

export { MAX_OPEN_FILE_BYTES };
/** Rows per sheet (including the header row). */
export const MAX_ROWS = 20_000;
/** Columns per sheet. */
export const MAX_COLUMNS = 200;
/** Characters per cell; longer cells are cut to this length (and mapping reports it). */
export const MAX_CELL_CHARS = 20_000;
/** Total uncompressed size of the parts read from an .xlsx (a "zip bomb" guard). */
export const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
/**
 * Filled cells per workbook: exceljs holds every cell as an object, so this bounds its memory and
 * time (measured here: 200,000 cells in about 5 s and 250 MB; 1,000,000 took 33 s and 740 MB).
 * 20,000 rows of 15 columns fit.
 */
export const MAX_FILLED_CELLS = 300_000;
/** Sheets per workbook. */
export const MAX_SHEETS = 100;

/** A sheet as read: every cell a string ('' when empty); rows may be ragged. */
export interface Sheet {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
}

export type ReadResult = { readonly ok: true; readonly sheets: readonly Sheet[] } | { readonly ok: false; readonly error: string };

export const formatCount = (n: number): string => n.toLocaleString('en-GB');

export const tooManyRows = (): string => `The sheet has more than ${formatCount(MAX_ROWS)} rows. Split it into smaller files and import them one at a time.`;
export const tooManyColumns = (): string => `The sheet has more than ${formatCount(MAX_COLUMNS)} columns. Remove the columns you do not need and try again.`;
export const tooLarge = (): string => `The file is larger than ${Math.round(MAX_OPEN_FILE_BYTES / 1024 / 1024)} MB and cannot be imported.`;
/** Readers keep one character more than MAX_CELL_CHARS, so mapping can tell the user a cell was too long. */
export const CELL_READ_LIMIT = MAX_CELL_CHARS + 1;
