// CSV (and tab- or semicolon-separated text) to rows of strings, parsed by papaparse (RFC 4180: fields
// in double quotes may hold the delimiter, line breaks and doubled quotes; lines end in CRLF, LF or
// CR, one kind per file). Our part: the text's encoding, the delimiter, and the limits. A stray quote
// inside an unquoted field is kept as text; a quoted field left open at the end of the file is an
// error rather than a silent merge of rows.
import Papa from 'papaparse';
import { CELL_READ_LIMIT, MAX_COLUMNS, MAX_ROWS, tooManyColumns, tooManyRows } from './limits';

export type CsvDelimiter = ',' | ';' | '\t';
export type CsvResult = { readonly ok: true; readonly rows: string[][]; readonly delimiter: CsvDelimiter } | { readonly ok: false; readonly error: string };

/**
 * Text from a file's bytes: UTF-8 (with or without a byte-order mark), UTF-16 with a BOM (Excel's
 * "Unicode text"), and Windows-1252 for older exports that are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}

// Windows-1252's 0x80–0x9F (curly quotes, dashes, €); Node's TextDecoder reads them as Latin-1 controls.
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    let chunk = '';
    for (const b of bytes.subarray(i, i + 8192)) chunk += b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charAt(b - 0x80) : String.fromCharCode(b);
    parts.push(chunk);
  }
  return parts.join('');
}

/**
 * The delimiter of the first few lines: the candidate (comma, semicolon, tab) that appears outside
 * quotes most consistently; comma when none does.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const candidates: CsvDelimiter[] = [',', ';', '\t'];
  const lines: Record<CsvDelimiter, number[]> = { ',': [], ';': [], '\t': [] };
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  let lineCount = 0;
  const sample = text.slice(0, 64 * 1024);
  for (let i = 0; i < sample.length && lineCount < 20; i++) {
    const ch = sample[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && sample[i + 1] === '\n') i++;
      for (const d of candidates) {
        lines[d].push(counts[d]);
        counts[d] = 0;
      }
      lineCount++;
    } else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (lineCount < 20) for (const d of candidates) lines[d].push(counts[d]); // the last line, if it had no line break
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const d of candidates) {
    const used = lines[d].filter((n) => n > 0);
    if (used.length === 0) continue;
    // Lines using the delimiter, weighted by how often the most common count repeats.
    const freq = new Map<number, number>();
    for (const n of used) freq.set(n, (freq.get(n) ?? 0) + 1);
    const score = Math.max(...freq.values()) * 1000 + used.length;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Rows of a CSV text. Never throws: too many rows or columns, or an unclosed quote, give an error. */
export function readCsv(text: string, delimiter: CsvDelimiter = detectDelimiter(text)): CsvResult {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // The file's last line break ends its last row; papaparse would read an empty row after it.
  const body = text.replace(/(\r\n|\r|\n)$/, '');
  // One row more than the limit is enough to know the file has too many; the rest is never parsed.
  const parsed = Papa.parse<string[]>(body, {
    delimiter,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    preview: MAX_ROWS + 1,
  });
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    const line = (body.slice(0, unclosed.index ?? 0).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
    return { ok: false, error: `A quoted cell starting on line ${line} is never closed (a " is missing), so the rest of the file cannot be read.` };
  }
  if (parsed.data.length > MAX_ROWS) return { ok: false, error: tooManyRows() };
  const rows: string[][] = [];
  for (const row of parsed.data) {
    if (row.length > MAX_COLUMNS) return { ok: false, error: tooManyColumns() };
    rows.push(row.map((cell) => (cell.length > CELL_READ_LIMIT ? cell.slice(0, CELL_READ_LIMIT) : cell)));
  }
  if (body === '') rows.length = 0; // papaparse reads an empty text as one empty cell
  return { ok: true, rows, delimiter };
}
