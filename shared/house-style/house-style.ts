// The house style a paper prints in: the app's default, then the organisation's default, then its
// committee's own settings, each setting from the most particular that sets it.
import { isLive } from '../records/meta';
import type { Paper } from '../papers/model';
import type { FootnoteStyle } from '../papers/model';
import type { HouseStyle, HouseStyleRecord, StatusCellStyle } from './model';
import { DEFAULT_HOUSE_STYLE } from './model';
import { formatShortDate, ordinal } from '../text/dates';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The organisation's default record and a committee's record (the live one updated last, if a merge left two). */
function recordFor(records: readonly HouseStyleRecord[], committeeId: string | null): HouseStyleRecord | undefined {
  return records.filter((r) => isLive(r) && r.committeeId === committeeId).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
}

/** The settings that apply to papers for a committee (null: the organisation default alone). */
export function houseStyleFor(records: readonly HouseStyleRecord[], committeeId: string | null): HouseStyle {
  const org = recordFor(records, null)?.style ?? {};
  const own = committeeId ? (recordFor(records, committeeId)?.style ?? {}) : {};
  return { ...DEFAULT_HOUSE_STYLE, ...org, ...own };
}

/** The house style of a paper: its committee's. */
export const paperHouseStyle = (records: readonly HouseStyleRecord[], paper: Pick<Paper, 'cover'>): HouseStyle =>
  houseStyleFor(records, paper.cover.committeeId);

/** The footnote marks a paper prints: the house style's when it fixes them, else the paper's own. */
export function footnoteStyleOf(paper: Pick<Paper, 'footnoteStyle'>, style: HouseStyle): FootnoteStyle {
  return style.footnotes === 'asPaper' ? paper.footnoteStyle : style.footnotes;
}

/** A heading the app prints in capitals by default ("THEME 6: …"), in the house style's case. */
export function headingInCase(text: string, style: Pick<HouseStyle, 'headingCase'>): string {
  return style.headingCase === 'capitals' ? text.toLocaleUpperCase('en-GB') : text;
}

/**
 * An ISO date (YYYY-MM-DD) in the house style: "8th May 2019", "8 May 2019" or "08/05/2019". Blank
 * gives ''; anything that is not a real date is returned trimmed as typed (so nothing is lost).
 */
export function formatDate(iso: string, style: Pick<HouseStyle, 'dateStyle'>): string {
  const s = iso.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return s;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const real = new Date(Date.UTC(y, mo - 1, d));
  if (real.getUTCFullYear() !== y || real.getUTCMonth() !== mo - 1 || real.getUTCDate() !== d) return s;
  if (style.dateStyle === 'numeric') return `${m[3]}/${m[2]}/${m[1]}`;
  return `${style.dateStyle === 'plain' ? String(d) : ordinal(d)} ${MONTHS[mo - 1]} ${y}`;
}

/** A theme update's date: "13 Oct 2017" as always, or in the house date style when the house style says so. */
export function updateDateText(iso: string, style: Pick<HouseStyle, 'dateStyle' | 'updateDates'>): string {
  return style.updateDates === 'houseDate' ? formatDate(iso, style) : formatShortDate(iso);
}

/** What a status cell prints for a status in the house style: "■ G", "G", "Green" or "■ Green". */
export function statusCellText(
  s: { readonly symbol: string; readonly letter: string; readonly label: string },
  cell: StatusCellStyle,
  showLabel = false,
): string {
  const word = cell === 'word' || cell === 'symbolWord' || showLabel;
  const symbol = cell === 'symbolLetter' || cell === 'symbolWord';
  return [symbol ? s.symbol : '', word ? s.label : s.letter].filter((w) => w.trim() !== '').join(' ');
}

/** Whether two house styles print alike. */
export function sameStyle(a: HouseStyle, b: HouseStyle): boolean {
  return (
    a.headingCase === b.headingCase &&
    a.dateStyle === b.dateStyle &&
    a.moneyStyle === b.moneyStyle &&
    a.statusCell === b.statusCell &&
    a.footnotes === b.footnotes &&
    a.themeUpdateColumns.join() === b.themeUpdateColumns.join() &&
    (a.updateDates ?? 'short') === (b.updateDates ?? 'short')
  );
}
