// How wide text is in Arial (Liberation Sans has the same metrics), in twips (DXA), so table columns
// can be sized from their content without a browser: the advance widths of the standard Helvetica
// metrics, which Arial matches, in thousandths of an em. Characters outside the table (symbols,
// accented letters) count as wide, so an estimate errs towards too wide, never too narrow.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584,
  556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278,
  469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260,
  334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584,
  611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333,
  584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280,
  389, 584,
];
/** Common non-ASCII characters of papers: £, en and em dashes, curly quotes, the status shapes. */
const EXTRA: Readonly<Record<string, number>> = {
  '£': 556,
  '–': 556,
  '—': 1000,
  '‘': 222,
  '’': 222,
  '“': 333,
  '”': 333,
  '…': 1000,
  '■': 800,
  '▲': 1000,
  '●': 800,
  '▼': 1000,
  '◆': 800,
  '★': 1000,
  '•': 350,
  '€': 556,
};
const WIDE = 1000;

/** Twips per point. Body and table text are 12 pt (docx/constants.ts BODY_SIZE). */
export const TWIPS_PER_POINT = 20;
export const TABLE_FONT_POINTS = 12;

export interface TextStyle {
  readonly bold?: boolean;
  /** Font size in points (12 unless said). */
  readonly points?: number;
}

function advance(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 32 && code <= 126) return (bold ? BOLD : REGULAR)[code - 32] ?? 0;
  return EXTRA[ch] ?? (/\p{L}|\p{N}/u.test(ch) && code < 0x2e80 ? 667 : WIDE);
}

/** The exact (fractional) width of `text` in twips. */
function exactWidth(text: string, style: TextStyle): number {
  const bold = style.bold === true;
  let units = 0;
  for (const ch of text) units += advance(ch, bold);
  return (units / 1000) * (style.points ?? TABLE_FONT_POINTS) * TWIPS_PER_POINT;
}

/** The printed width of `text` on one line, in whole twips (rounded up). */
export function textWidth(text: string, style: TextStyle = {}): number {
  return Math.ceil(exactWidth(text, style));
}

/**
 * Runs of text that must stay on one line: words, split at spaces. Word and LibreOffice may also
 * break after a hyphen, but "Jul-|17" or "non-|crime" reads badly, so a hyphenated word counts whole.
 */
export function unbreakableRuns(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** The widest unbreakable run of `text`, in twips: a column narrower than this breaks a word. */
export function longestRunWidth(text: string, style: TextStyle = {}): number {
  let max = 0;
  for (const run of unbreakableRuns(text)) max = Math.max(max, textWidth(run, style));
  return max;
}

/**
 * How many lines `text` takes in a column `width` twips wide, wrapping greedily at spaces as Word
 * does. A run wider than the line is broken over as many lines as it needs.
 */
export function lineCount(text: string, width: number, style: TextStyle = {}): number {
  const space = exactWidth(' ', style);
  let lines = 0;
  for (const hard of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of hard.split(/\s+/).filter(Boolean)) {
      const w = exactWidth(word, style);
      if (w > width) {
        const extra = Math.ceil(w / Math.max(1, width));
        count += used > 0 ? extra : extra - 1;
        used = w % Math.max(1, width);
        continue;
      }
      if (used === 0) used = w;
      else if (used + space + w <= width) used += space + w;
      else {
        count++;
        used = w;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}
