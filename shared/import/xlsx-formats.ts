// What a number in a cell means by its number format (a date, a time, a percentage or a plain
// number), and how it is written as text. The same rules whatever library reads the workbook.
import { serialToIsoDate, serialToTime } from './excel-dates';

export type CellFormat = 'date' | 'dateTime' | 'time' | 'percent' | 'general';

/** Excel's built-in format ids that are dates, times or percentages. */
export function builtInFormat(id: number): CellFormat {
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58)) return 'date';
  if (id === 22) return 'dateTime';
  if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || (id >= 45 && id <= 47)) return 'time';
  if (id === 9 || id === 10) return 'percent';
  return 'general';
}

/** A format code whose meaning is exactly this kind (given to the library for built-in ids). */
export const CANONICAL_CODE: Readonly<Record<Exclude<CellFormat, 'general'>, string>> = {
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm',
  time: 'hh:mm',
  percent: '0%',
};

/** What a custom format code shows: quoted text, [colour]/[$-locale] sections and escapes ignored. */
export function customFormat(code: string): CellFormat {
  const bare = (code.split(';')[0] ?? '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '');
  const hasDate = /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare) && !/0/.test(bare));
  const hasTime = /[hs]/i.test(bare);
  if (hasDate && hasTime) return 'dateTime';
  if (hasDate) return 'date';
  if (hasTime) return 'time';
  if (bare.includes('%')) return 'percent';
  return 'general';
}

/** A number without floating-point noise: 0.1 + 0.2 → "0.3", 55.700000000000003 → "55.7". */
export function tidyNumber(n: number): string {
  return String(Number(n.toPrecision(15)));
}

/** A cell's number as the text an import reads: ISO date, HH:MM, "55.7%" or the number. */
export function numberText(n: number, format: CellFormat, date1904: boolean): string {
  if (!Number.isFinite(n)) return '';
  switch (format) {
    case 'date':
    case 'dateTime':
      return serialToIsoDate(n, date1904) ?? tidyNumber(n);
    case 'time':
      return n >= 0 && n < 1 ? serialToTime(n) : (serialToIsoDate(n, date1904) ?? tidyNumber(n));
    case 'percent':
      return `${tidyNumber(n * 100)}%`;
    default:
      return tidyNumber(n);
  }
}

/** Zero-based column of a cell reference: "A1" → 0, "AB7" → 27; -1 when not a reference. */
export function columnIndexOf(ref: string): number {
  const m = /^\$?([A-Za-z]{1,3})\$?\d*$/.exec(ref.trim());
  if (!m) return -1;
  let n = 0;
  for (const ch of (m[1] ?? '').toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "A" for 0, "AB" for 27. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel writes characters XML cannot hold as "_x000D_"; "_x005F_" escapes a literal underscore. */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => {
    const code = parseInt(hex, 16);
    return code >= 0xd800 && code <= 0xdfff ? '' : String.fromCharCode(code);
  });
}
