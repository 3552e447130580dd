import { must } from '../records/must';
// Dates as committee papers print them: "8th December 2017".

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 1 → "1st", 2 → "2nd", 11 → "11th", 22 → "22nd", 113 → "113th". */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/**
 * An ISO calendar date (YYYY-MM-DD) as "8th December 2017". Blank gives ''. Anything that is not a
 * real calendar date is returned trimmed as typed, so a half-entered value is visible rather than lost.
 * Pure string arithmetic: no Date object, so no time zone can shift the day.
 */
export function formatMeetingDate(iso: string): string {
  const s = iso.trim();
  if (s === '') return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return s;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return s;
  return `${ordinal(day)} ${MONTHS[month - 1]} ${year}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));

function isRealDate(year: number, month: number, day: number): boolean {
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const iso = (year: number, month: number, day: number): string => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * "2017-12-08" → "8 Dec 2017": how every screen shows a date (lists, pickers, previews). One formatter,
 * so no screen shows an ISO date or the machine's locale. Not a real date: returned as given.
 */
export function formatShortDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return isoDate;
  return `${Number(m[3])} ${SHORT_MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** A moment (ISO instant) in this computer's time zone: "8 Dec 2017, 09:30". */
export function formatShortDateTime(instant: string, withSeconds = false): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(d.getHours())}:${two(d.getMinutes())}${withSeconds ? `:${two(d.getSeconds())}` : ''}`;
  return `${formatShortDate(iso(d.getFullYear(), d.getMonth() + 1, d.getDate()))}, ${time}`;
}

/** "2022-02-08" → "08/02/2022", as a date field shows it (day first, as in the UK); '' stays ''. */
export function formatDayFirst(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

/**
 * What a person types in a date field, read day first whatever the computer's locale: "08/02/2022",
 * "8/2/22", "8.2.2022", "8-2-2022", "8 Feb 2022", "8th February 2022", "Tuesday 8 February 2022" and the
 * ISO "2022-02-08" are all 8 February 2022. Returns the ISO date, '' for a blank field, or null when it is
 * not a real date (31/02/2022) or cannot be read. Two-digit years are 20xx.
 */
export function parseDayFirstDate(text: string): string | null {
  const s = text.trim().replace(/\s+/g, ' ');
  if (s === '') return '';
  const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  const build = (y: number, mo: number, d: number) => (isRealDate(y, mo, d) ? iso(y, mo, d) : null);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s);
  if (m) return build(year(must(m[3], 'm[3]')), Number(m[2]), Number(m[1]));
  m = /^(?:[A-Za-z]+,? )?(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+)\.?,? (\d{2}|\d{4})$/i.exec(s);
  if (m) {
    const word = must(m[2], 'm[2]').toLowerCase();
    const month = word.length >= 3 ? MONTHS.findIndex((n) => n.toLowerCase().startsWith(word) || (word === 'sept' && n === 'September')) : -1;
    return month >= 0 ? build(year(must(m[3], 'm[3]')), month + 1, Number(m[1])) : null;
  }
  return null;
}
