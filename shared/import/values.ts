// Reading typed values out of untrusted cell text. Each parser returns null for text it cannot read;
// the caller turns that into a row error. Period and status rules are the app's own (shared/periods,
// the plan's status key), only composed here.
import { parseIsoDate, toIsoDate } from '../periods/dates';
import type { IsoDate } from '../periods/dates';
import { MONTH_NAMES, parseFinancialYear, parseMonthLabel, parsePeriodId } from '../periods/labels';
import { financialYearPeriod, quarterPeriod } from '../periods/periods';
import type { CustomPeriodRecord, QuarterNumber, ReportingPeriod } from '../periods/model';
import { lastOfMonth } from '../periods/dates';
import type { StatusDefinition, StatusKey } from '../plans/model';
import { xmlSafe } from '../text/xml-safe';
import { serialToIsoDate } from './excel-dates';
import { MAX_CELL_CHARS } from './limits';

/** A cell as the app may store it: characters XML forbids removed, trimmed, at most MAX_CELL_CHARS. */
export function cleanCell(raw: string | undefined): { text: string; cut: boolean } {
  const text = xmlSafe(typeof raw === 'string' ? raw : '').trim();
  return text.length > MAX_CELL_CHARS ? { text: text.slice(0, MAX_CELL_CHARS), cut: true } : { text, cut: false };
}

/**
 * A number as spreadsheets and people write it: "1,234", "-3.2", "−3.2", "(3.2)", "+7", "55.7%",
 * "£1,200", "1 234", "12.5 pp". A percentage keeps its figure (55.7% → 55.7). Null for anything else.
 */
export function parseNumberText(text: string): number | null {
  let t = text
    .trim()
    .replace(/[\u00a0\u202f\u2009 ]/g, '')
    .replace(/[\u2212\u2013]/g, '-');
  if (t === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1);
  }
  t = t.replace(/^([+-]?)[£$€]/, '$1').replace(/(%|pp|ppts?)$/i, '');
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(t) || !/\d/.test(t)) return null;
  const n = Number(t.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

const MONTH_WORDS = MONTH_NAMES.map((m) => m.toLowerCase());

function monthFromWord(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTH_WORDS.findIndex((m) => w === m || w === m.slice(0, 3) || (m === 'september' && w === 'sept'));
  return i < 0 ? null : i + 1;
}

function yearOf(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function validDate(year: number, month: number, day: number): IsoDate | null {
  if (year < 1000 || year > 9999) return null;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDate(iso) ? toIsoDate(year, month, day) : null;
}

/**
 * A calendar date, day first as in the UK: "2018-03-31" (time ignored), "31/03/2018", "31/3/18",
 * "31-03-2018", "31.03.2018", "31 March 2018", "31-Mar-18", "March 2018" (the month's last day, as
 * in "due March 2018"), or an Excel serial day number (43190). Null for anything else.
 */
export function parseDateText(text: string, options: { date1904?: boolean } = {}): IsoDate | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(t);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+[\d:.]+)?$/.exec(t);
  if (m) return validDate(yearOf(m[3] ?? ''), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]+\.?)[\s,-]+(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const month = monthFromWord(m[2] ?? '');
    return month ? validDate(yearOf(m[3] ?? ''), month, Number(m[1])) : null;
  }
  m = /^([A-Za-z]+\.?)[\s-]+(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const month = monthFromWord(m[1] ?? '');
    const year = yearOf(m[2] ?? '');
    return month && year >= 1000 && year <= 9999 ? lastOfMonth(year, month) : null;
  }
  if (/^\d{3,7}(\.\d+)?$/.test(t)) {
    const serial = Number(t);
    // Serial numbers from about 1955 to 2146: a bare number outside that is more likely a mistake.
    return serial >= 20_000 && serial <= 90_000 ? serialToIsoDate(serial, options.date1904) : null;
  }
  return null;
}

/**
 * A reporting period from how spreadsheets write it: "Q2 2017/18", "2017/18 Q2", "Q2 FY2017-18",
 * "Jul-17", "July 2017", "2017/18", a period id ("fy2017q2", "m2017-07"), or a custom period's label.
 */
export function parsePeriodText(
  text: string,
  customPeriods: readonly Pick<CustomPeriodRecord, 'id' | 'label' | 'start' | 'end'>[] = [],
): ReportingPeriod | null {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '') return null;
  try {
    const custom = customPeriods.find((c) => c.label.trim().toLowerCase() === t.toLowerCase());
    if (custom) return parsePeriodId(`custom:${custom.id}`, customPeriods);
    const byId = parsePeriodId(t);
    if (byId) return byId;
    const q = /^Q([1-4])\s*(?:FY\s*)?(.+)$/i.exec(t) ?? /^(?:FY\s*)?(.+?)\s*Q([1-4])$/i.exec(t);
    if (q) {
      const [quarter, year] = /^Q/i.test(t) ? [q[1], q[2]] : [q[2], q[1]];
      const fy = parseFinancialYear(year ?? '');
      return fy === null ? null : quarterPeriod(fy, Number(quarter) as QuarterNumber);
    }
    const fy = parseFinancialYear(t);
    if (fy !== null) return financialYearPeriod(fy);
    const month = parseMonthLabel(t);
    if (month) return month;
    // An Excel date cell under a period heading ("2017-07-01") means that month.
    const date = /^(\d{4})-(\d{2})-\d{2}$/.exec(t);
    if (date && parseIsoDate(t)) return parseMonthLabel(`${MONTH_NAMES[Number(date[2]) - 1]} ${date[1]}`);
  } catch {
    // The periods module throws on years it does not support (before 1000, after 9998).
  }
  return null;
}

/** The key's status whose id, label, letter or label-in-parts ("White (NS)" → "White", "NS") is `text`. */
export function matchStatus(text: string, key: StatusKey): StatusDefinition | null {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  for (const s of key.statuses) {
    const names = [s.id, s.label, s.letter, ...s.label.split(/[()]/)].map((n) => n.trim().toLowerCase()).filter((n) => n !== '');
    if (names.includes(t)) return s;
  }
  // "Not started" for the default key's notStarted ("White (NS)").
  const compact = t.replace(/[\s_-]+/g, '');
  return key.statuses.find((s) => s.id.toLowerCase() === compact) ?? null;
}
