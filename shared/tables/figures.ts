// The one rule for "this cell is a figure", so typed tables, data blocks, the in-app preview and
// the export all right-align the same cells: money, counts, percentages and changes as papers print
// them ("£1,200", "(300)", "+10.2%", "£1.4m", "£400k", "−7", "12.5 pp"), and the dashes papers put for
// "none" in a column of figures. Words, dates, references ("2.1", "C03") and ranges are not figures.
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const FIGURE = new RegExp(String.raw`^[+\-−±]?\(?[+\-−]?£?(?:${NUMBER})(?:\s?(?:k|m|bn|%|pp|p\.p\.))?\)?$`, 'i');
const NIL = /^[–—-]$/;

/**
 * Whether a cell's text is a figure. A bare number with one decimal point and one to two digits on
 * each side ("2.1", "10.12") is a paragraph or item reference in these papers, not a figure, unless
 * its column says otherwise (see columnIsFigures).
 */
export function isFigure(text: string): boolean {
  const s = text.trim().replace(/\s+/g, ' ');
  if (s === '' || s.length > 40) return false;
  if (NIL.test(s)) return true;
  return FIGURE.test(s) && /\d/.test(s);
}

/** A reference such as "2.1" or "10.12": figure-shaped, but a label. */
export const isReferenceLike = (text: string): boolean => /^\d{1,2}\.\d{1,2}$/.test(text.trim());

/**
 * Whether a column holds figures: every non-empty body cell is a figure, at least one is a number,
 * and they are not all references like "2.1". Its header is then right-aligned with it.
 */
export function columnIsFigures(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length === 0 || !filled.every(isFigure)) return false;
  if (!filled.some((c) => /\d/.test(c))) return false;
  return !filled.every(isReferenceLike);
}
