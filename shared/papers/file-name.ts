import type { Paper } from './model';

/**
 * The longest exported file name, in UTF-8 bytes. File systems allow 255 bytes a name; LibreOffice's lock
 * file (".~lock.NAME#") and a " (2)" for a second copy need room beyond it, and Windows paths (260
 * characters in all) need room for the folders, so names stay well under.
 */
export const FILE_NAME_MAX_BYTES = 150;

/**
 * Characters dropped from file names because they hide or reorder what the name shows: bidi embeddings
 * and overrides (U+202A–202E), bidi isolates (U+2066–2069), the bidi marks (U+200E, U+200F, U+061C) and
 * zero-width characters (U+200B–200D, U+2060, U+FEFF). "harmless \u202Egnp.exe" would display as "…exe.png".
 */
const HIDDEN = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060\ufeff]/g;
/** Windows forbids these (and control characters anywhere). */
// eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
const FORBIDDEN = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

/** Whole user-perceived characters (a letter with its accents, an emoji with its modifiers). */
function graphemes(s: string): string[] {
  return [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);
}

/** The longest start of `s` that fits in `maxBytes` without splitting a grapheme. */
function fitBytes(s: string, maxBytes: number): string {
  if (utf8Length(s) <= maxBytes) return s;
  let out = '';
  let used = 0;
  for (const g of graphemes(s)) {
    const n = utf8Length(g);
    if (used + n > maxBytes) break;
    out += g;
    used += n;
  }
  // One grapheme can be longer than the whole budget (a letter under hundreds of accents): keep the letters.
  if (out === '' && s !== '') {
    const bare = s.normalize('NFC').replace(/\p{M}+/gu, '');
    return bare === s ? '' : fitBytes(bare, maxBytes);
  }
  return out;
}

/**
 * A file name for an exported paper that sorts by meeting date and is safe on Windows, macOS and
 * Linux: "2017-12-08 Police and Crime Commissioner's Update Report.docx", at most FILE_NAME_MAX_BYTES.
 */
export function paperFileName(paper: Pick<Paper, 'title' | 'cover'>, extension = 'docx'): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(paper.cover.meetingDate) ? `${paper.cover.meetingDate} ` : '';
  const tidy = (s: string) =>
    s
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[. ]+$/, '');
  const budget = FILE_NAME_MAX_BYTES - utf8Length(`${date}.${extension}`);
  const title = tidy(fitBytes(tidy(paper.title.replace(HIDDEN, '').replace(FORBIDDEN, ' ')), budget));
  return `${date}${title || 'Untitled paper'}.${extension}`;
}
