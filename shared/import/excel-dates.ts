// Excel stores dates as serial day numbers. In the default 1900 system day 1 is 1900-01-01 and day 60
// is the 29 February 1900 Lotus never had; in the 1904 system (old Mac workbooks) day 0 is 1904-01-01.
import type { IsoDate } from '../periods/dates';

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30); // serial 61 onwards counts from here
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31 in the 1900 system. */
export const MAX_EXCEL_SERIAL = 2_958_465;

function iso(ms: number): IsoDate {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** The calendar date of a serial (its time of day dropped), or null outside 1900-01-01 … 9999-12-31. */
export function serialToIsoDate(serial: number, date1904 = false): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (date1904) return day < 0 || day > MAX_EXCEL_SERIAL - 1462 ? null : iso(EPOCH_1904 + day * DAY_MS);
  if (day < 1 || day > MAX_EXCEL_SERIAL) return null;
  if (day === 60) return '1900-02-28'; // 29 Feb 1900 never was: read as the day before
  return iso((day < 60 ? EPOCH_1900 + DAY_MS : EPOCH_1900) + day * DAY_MS);
}

/** "HH:MM" of a serial's fraction of a day. */
export function serialToTime(serial: number): string {
  const minutes = Math.round((serial - Math.floor(serial)) * 24 * 60) % (24 * 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
