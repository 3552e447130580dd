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
