// Dates as authors write them in running text ("30 September 2017", "8th Dec 2017", "08/12/2017",
// "September 2017"), found so a paper started from last quarter's can point at the ones to refresh.
// Day-first, as UK papers write them.
import { isRealDate } from '../backup/schema-common';
import { must } from '../records/must';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthOf = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;

export interface DateInText {
  /** As written: "30 September 2017". */
  readonly text: string;
  /** The day it names, or for a month alone its last day ("September 2017" → 2017-09-30). */
  readonly iso: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Every date in the text, in order; impossible dates (31 June) are skipped. */
export function findDatesInText(text: string): DateInText[] {
  const out: { at: number; date: DateInText }[] = [];
  const taken: [number, number][] = [];
  const add = (at: number, len: number, y: number, m: number, d: number, raw: string) => {
    if (taken.some(([s, e]) => at < e && at + len > s)) return;
    // The span is taken even when the date is impossible, so "31 June 2017" is not read as "June 2017".
    taken.push([at, at + len]);
    const iso = `${y}-${pad(m)}-${pad(d)}`;
    if (m < 1 || m > 12 || !isRealDate(iso)) return;
    out.push({ at, date: { text: raw, iso } });
  };
  const month = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${month}\\.?,?\\s+(\\d{4})\\b`, 'gi')))
    add(m.index, m[0].length, Number(m[3]), monthOf(must(m[2], 'm[2]')), Number(m[1]), m[0]);
  for (const m of text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g)) add(m.index, m[0].length, Number(m[3]), Number(m[2]), Number(m[1]), m[0]);
  for (const m of text.matchAll(new RegExp(`\\b${month}\\s+(\\d{4})\\b`, 'gi'))) {
    const y = Number(m[2]);
    const mo = monthOf(must(m[1], 'm[1]'));
    add(m.index, m[0].length, y, mo, lastDay(y, mo), m[0]);
  }
  return out.sort((a, b) => a.at - b.at).map((x) => x.date);
}

/** Whole days from one ISO date to another (negative when `b` is earlier). */
export const daysBetween = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
