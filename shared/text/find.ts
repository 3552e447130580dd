import { must } from '../records/must';
// Finding text as the paper's Find and replace does (renderer/find/): plain text, optionally matching
// case, optionally whole words only (a word is a run of letters, digits and marks, so "PCC" is not found
// in "PCCs" and "Crime" not in "Crimestoppers"). Matches do not overlap; the editor and the title
// fields both use this, so the count is the same everywhere.

export interface FindOptions {
  readonly matchCase: boolean;
  readonly wholeWord: boolean;
}

export interface TextMatch {
  /** UTF-16 offsets into the searched text, end exclusive. */
  readonly from: number;
  readonly to: number;
}

const WORD = /[\p{L}\p{N}\p{M}_]/u;

/** Case-insensitive comparison without changing lengths (so offsets stay those of the text). */
const fold = (s: string): string =>
  Array.from(s)
    .map((c) => (c.toLocaleLowerCase('en-GB').length === c.length ? c.toLocaleLowerCase('en-GB') : c))
    .join('');

export function findInText(text: string, query: string, opts: FindOptions): TextMatch[] {
  if (query === '' || text === '') return [];
  const hay = opts.matchCase ? text : fold(text);
  const needle = opts.matchCase ? query : fold(query);
  const out: TextMatch[] = [];
  let at = 0;
  while (at <= hay.length - needle.length) {
    const i = hay.indexOf(needle, at);
    if (i < 0) break;
    const end = i + needle.length;
    const bounded =
      !opts.wholeWord ||
      ((i === 0 || !WORD.test(must(text[i - 1], 'text[i - 1]')) || !WORD.test(must(text[i], 'text[i]'))) &&
        (end === text.length || !WORD.test(must(text[end], 'text[end]')) || !WORD.test(must(text[end - 1], 'text[end - 1]'))));
    if (bounded) {
      out.push({ from: i, to: end });
      at = end;
    } else at = i + 1;
  }
  return out;
}

/** The text with every match replaced (what Replace all does to a title or a footnote). */
export function replaceInText(text: string, query: string, replacement: string, opts: FindOptions): { text: string; count: number } {
  const matches = findInText(text, query, opts);
  let out = '';
  let last = 0;
  for (const m of matches) {
    out += text.slice(last, m.from) + replacement;
    last = m.to;
  }
  return { text: out + text.slice(last), count: matches.length };
}
