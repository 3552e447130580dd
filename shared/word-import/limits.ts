// The bounds of a Word import: far above any committee paper (the reference paper is 14 pages;
// a 150-page paper has about 3,000 paragraphs), low enough that a hostile or absurd file is refused
// in bounded time and memory, with a message, before anything is stored.
import { MAX_OPEN_FILE_BYTES } from '../host/api';

export const WORD_IMPORT_LIMITS = {
  /** The file itself (the hosts refuse larger files before reading them). */
  fileBytes: MAX_OPEN_FILE_BYTES,
  /** Everything inflated from the zip, across all parts read (a zip bomb stops here). */
  unpackedBytes: 150 * 1024 * 1024,
  /** Parts in the zip directory. */
  zipEntries: 5_000,
  /** Paragraphs in the document body, tables' cells included. */
  paragraphs: 50_000,
  /** XML elements in one part, and how deep they nest. */
  xmlElements: 4_000_000,
  xmlDepth: 300,
  /** Rows of one table, and cells of one row (the backup schema's bound). */
  tableRows: 5_000,
  rowCells: 100,
  /** Notes of each kind listed one by one in the report; the rest are counted. */
  reportPerKind: 40,
} as const;

export type WordImportLimits = { readonly [K in keyof typeof WORD_IMPORT_LIMITS]: number };
