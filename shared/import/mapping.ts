// Column mapping: which spreadsheet column feeds which field of an import, guessed from the header
// row and adjustable by the user, then applied to every row below the header to give typed values
// and per-row errors. Generic: plan-import.ts and measure-values-import.ts define their own fields.
import type { CustomPeriodRecord } from '../periods/model';
import type { StatusKey } from '../plans/model';
import { formatCount, MAX_CELL_CHARS } from './limits';
import { cleanCell, matchStatus, parseDateText, parseNumberText, parsePeriodText } from './values';

export type FieldType = 'text' | 'date' | 'number' | 'status' | 'period';

export interface ImportField {
  /** The key of the value in a mapped row: "ref", "dueDate". */
  readonly key: string;
  /** As shown to the user and in errors: "Due date". */
  readonly label: string;
  readonly required: boolean;
  readonly type: FieldType;
  /** Other header texts that mean this field ("Lead Officer", "Owner"), for guessing. */
  readonly aliases: readonly string[];
  /** A line of help for the mapping form. */
  readonly hint?: string;
  /** Longest text the field's record can store (text fields); longer cells are row errors, not failed imports. */
  readonly maxLength?: number;
}

/** Field key → zero-based column index, or null when the field is not imported. */
export type ColumnMapping = Readonly<Record<string, number | null>>;

/**
 * A typed value: text fields give a string ('' when blank); date fields an ISO date, number fields a
 * number, status fields the status id, period fields the period id, or null when blank.
 */
export type ImportValue = string | number | null;

export interface MappedRow {
  /** The spreadsheet's own row number (1-based), for messages. */
  readonly rowNumber: number;
  readonly values: Readonly<Record<string, ImportValue>>;
}

export interface RowError {
  /** 1-based spreadsheet row number. */
  readonly row: number;
  /** The field's label ("Due date"). */
  readonly column: string;
  readonly message: string;
}

/** What typed fields need to be read: the plan's status key, custom periods. */
export interface MappingContext {
  readonly statusKey?: StatusKey;
  readonly customPeriods?: readonly Pick<CustomPeriodRecord, 'id' | 'label' | 'start' | 'end'>[];
  /** Bare serial numbers in date columns count from 1904 (old Mac workbooks). */
  readonly date1904?: boolean;
}

export interface MappingResult {
  /** Rows with at least one mapped cell filled in; fully blank rows are skipped. */
  readonly rows: readonly MappedRow[];
  readonly errors: readonly RowError[];
  /** Problems with the mapping itself (a required field with no column); no row can be imported. */
  readonly problems: readonly string[];
}

/** "a", "A", "B" … "Z", "AA": the column's letter as spreadsheets show it. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Header text compared loosely: case, spaces and punctuation ignored ("Lead officer" = "LEAD_OFFICER"). */
export function normaliseHeader(text: string): string {
  const lower = cleanCell(text).text.toLowerCase();
  // A header of symbols only ("*", "#") is compared as it is.
  return lower.replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '') || lower.replace(/\s+/g, '');
}

function matchScore(header: string, field: ImportField): number {
  const h = normaliseHeader(header);
  if (h === '') return 0;
  const names = [field.label, field.key, ...field.aliases].map(normaliseHeader).filter((n) => n !== '');
  if (names.includes(h)) return 3;
  if (names.some((n) => n.length >= 3 && h.startsWith(n))) return 2;
  if (names.some((n) => n.length >= 4 && h.includes(n))) return 1;
  return 0;
}

/** A best guess of the mapping from the header row: each column feeds at most one field. */
export function guessMapping(headers: readonly string[], fields: readonly ImportField[]): ColumnMapping {
  const candidates: { key: string; column: number; score: number }[] = [];
  fields.forEach((field) =>
    headers.forEach((header, column) => {
      const score = matchScore(header, field);
      if (score > 0) candidates.push({ key: field.key, column, score });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: Record<string, number | null> = Object.fromEntries(fields.map((f) => [f.key, null]));
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.key] !== null || used.has(c.column)) continue;
    mapping[c.key] = c.column;
    used.add(c.column);
  }
  return mapping;
}

/** The row (zero-based, among the first 20) that looks most like a header row for these fields. */
export function guessHeaderRow(rows: readonly (readonly string[])[], fields: readonly ImportField[]): number {
  let best = 0;
  let bestScore = 0;
  rows.slice(0, 20).forEach((row, index) => {
    const mapping = guessMapping(row, fields);
    const score = Object.values(mapping).filter((c) => c !== null).length;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/** What is wrong with the mapping as a whole (before any row is read). */
export function mappingProblems(mapping: ColumnMapping, fields: readonly ImportField[]): string[] {
  return fields.filter((f) => f.required && (mapping[f.key] ?? null) === null).map((f) => `Choose the column for "${f.label}".`);
}

function typed(field: ImportField, text: string, context: MappingContext): { value: ImportValue } | { error: string } {
  if (text === '') return { value: field.type === 'text' ? '' : null };
  switch (field.type) {
    case 'text':
      return { value: text };
    case 'number': {
      const n = parseNumberText(text);
      return n === null ? { error: `"${short(text)}" is not a number.` } : { value: n };
    }
    case 'date': {
      const d = parseDateText(text, { date1904: context.date1904 });
      return d === null ? { error: `"${short(text)}" is not a date. Write it as 31/03/2018 or 2018-03-31.` } : { value: d };
    }
    case 'period': {
      const p = parsePeriodText(text, context.customPeriods);
      return p === null ? { error: `"${short(text)}" is not a reporting period. Write it as "Q2 2017/18", "Jul-17" or "2017/18".` } : { value: p.id };
    }
    case 'status': {
      if (!context.statusKey) return { value: text };
      const s = matchStatus(text, context.statusKey);
      const known = context.statusKey.statuses.map((x) => x.label).join(', ');
      return s === null ? { error: `"${short(text)}" is not a status in the plan's key (${known}).` } : { value: s.id };
    }
  }
}

/** A cell quoted in a message: at most 40 characters. */
export function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Every row below `headerRowIndex` through the mapping: cleaned (XML-forbidden characters removed,
 * trimmed), typed, and checked for required values. Never throws.
 */
export function applyMapping(
  rows: readonly (readonly string[])[],
  headerRowIndex: number,
  mapping: ColumnMapping,
  fields: readonly ImportField[],
  context: MappingContext = {},
): MappingResult {
  const problems = mappingProblems(mapping, fields);
  const mapped = fields.filter((f) => (mapping[f.key] ?? null) !== null);
  if (problems.length > 0) return { rows: [], errors: [], problems };
  const out: MappedRow[] = [];
  const errors: RowError[] = [];
  for (let i = Math.max(0, headerRowIndex + 1); i < rows.length; i++) {
    const row = rows[i] ?? [];
    const rowNumber = i + 1;
    const cells = mapped.map((f) => cleanCell(row[mapping[f.key] ?? -1]));
    if (cells.every((c) => c.text === '')) continue;
    const values: Record<string, ImportValue> = {};
    for (const f of fields) if ((mapping[f.key] ?? null) === null) values[f.key] = f.type === 'text' ? '' : null;
    mapped.forEach((field, j) => {
      const cell = cells[j] ?? { text: '', cut: false };
      if (cell.cut) {
        errors.push({ row: rowNumber, column: field.label, message: `The cell is longer than ${formatCount(MAX_CELL_CHARS)} characters. Shorten it.` });
        values[field.key] = field.type === 'text' ? '' : null;
        return;
      }
      if (field.required && cell.text === '') {
        errors.push({ row: rowNumber, column: field.label, message: `${field.label} is missing.` });
      }
      if (field.maxLength !== undefined && cell.text.length > field.maxLength) {
        errors.push({
          row: rowNumber,
          column: field.label,
          message: `${field.label} can be at most ${formatCount(field.maxLength)} characters; this one has ${formatCount(cell.text.length)}. Shorten it.`,
        });
        values[field.key] = field.type === 'text' ? '' : null;
        return;
      }
      const result = typed(field, cell.text, context);
      if ('error' in result) {
        errors.push({ row: rowNumber, column: field.label, message: result.error });
        values[field.key] = null;
      } else values[field.key] = result.value;
    });
    out.push({ rowNumber, values });
  }
  return { rows: out, errors, problems: [] };
}

/** A mapped row's text value ('' when blank or not text). */
export function textValue(row: MappedRow, key: string): string {
  const v = row.values[key];
  return typeof v === 'string' ? v : '';
}

/** A mapped row's number value (null when blank or not a number). */
export function numberValue(row: MappedRow, key: string): number | null {
  const v = row.values[key];
  return typeof v === 'number' ? v : null;
}

/** A mapped row's date, status or period value (null when blank). */
export function idValue(row: MappedRow, key: string): string | null {
  const v = row.values[key];
  return typeof v === 'string' && v !== '' ? v : null;
}

/** Errors from several steps as one list: duplicates removed, in spreadsheet row order. */
export function mergeErrors(...lists: readonly (readonly RowError[])[]): RowError[] {
  const seen = new Set<string>();
  const out: RowError[] = [];
  for (const e of lists.flat()) {
    const key = `${e.row}\u0000${e.column}\u0000${e.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(e);
    }
  }
  return out.sort((a, b) => a.row - b.row);
}
