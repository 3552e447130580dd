// The ImportDialog's logic without React: from the chosen sheet, header row and mapping to the
// preview rows, one merged error list and whether Import may be pressed. Tested in Node.
import type { ColumnMapping, ImportField, MappedRow, MappingContext, RowError, Sheet } from '../../shared/import';
import { applyMapping, columnLetter, mergeErrors } from '../../shared/import';

/** What the dialog's owner says about the mapped rows: summary lines and its own row errors. */
export interface ImportPreview {
  readonly summary: readonly string[];
  readonly errors: readonly RowError[];
}

export interface PreviewState {
  /** The mapped rows (all of them; the table shows the first PREVIEW_ROWS). */
  readonly rows: readonly MappedRow[];
  readonly summary: readonly string[];
  /** Mapping problems (no row can be imported until they are fixed). */
  readonly problems: readonly string[];
  /** Row errors from mapping and from the owner's preview, in row order. */
  readonly errors: readonly RowError[];
  /** Row numbers with at least one error. */
  readonly errorRows: ReadonlySet<number>;
  readonly canImport: boolean;
}

export const PREVIEW_ROWS = 50;
/** Errors listed at most (the count says how many more). */
export const LISTED_ERRORS = 200;

/** "B: Lead officer" — a column as offered in the mapping selects. */
export function columnOptionLabel(headers: readonly string[], index: number): string {
  const header = (headers[index] ?? '').trim();
  return header === '' ? `Column ${columnLetter(index)}` : `${columnLetter(index)}: ${header.length > 40 ? `${header.slice(0, 39)}…` : header}`;
}

/** How many columns the sheet has (its widest row among the first few thousand). */
export function columnCount(sheet: Sheet): number {
  let n = 0;
  for (const row of sheet.rows.slice(0, 5000)) n = Math.max(n, row.length);
  return n;
}

export function computePreview(
  sheet: Sheet,
  headerRowIndex: number,
  mapping: ColumnMapping,
  fields: readonly ImportField[],
  context: MappingContext,
  onPreview: (rows: readonly MappedRow[]) => ImportPreview,
): PreviewState {
  const mapped = applyMapping(sheet.rows, headerRowIndex, mapping, fields, context);
  if (mapped.problems.length > 0) return { rows: [], summary: [], problems: mapped.problems, errors: [], errorRows: new Set(), canImport: false };
  let preview: ImportPreview;
  try {
    preview = onPreview(mapped.rows);
  } catch {
    preview = {
      summary: [],
      errors: [{ row: headerRowIndex + 2, column: '', message: 'The rows could not be checked. Check the column choices and try again.' }],
    };
  }
  const errors = mergeErrors(mapped.errors, preview.errors);
  const problems = mapped.rows.length === 0 ? ['There are no rows below the header row to import.'] : [];
  return {
    rows: mapped.rows,
    summary: preview.summary,
    problems,
    errors,
    errorRows: new Set(errors.map((e) => e.row)),
    canImport: problems.length === 0 && errors.length === 0 && mapped.rows.length > 0,
  };
}
