// Matching a returned file's comments and changes to the current draft by text, not position: each
// item carries the text of its paragraph as the reviewer had it; the draft paragraph it belongs to
// is the one with the same text, or failing that the most similar (word pairs in common), with the
// paragraph's place in the file only breaking ties. So an item still finds its paragraph after the
// author has edited it, moved it or added paragraphs before it. Items that find none are unmatched:
// listed for the author, never dropped.
import type { DraftParagraph } from './draft-text';
import type { ReviewItem } from './model';
import { must } from '../records/must';

/** Below this similarity a paragraph is not taken to be the same one. */
export const MATCH_THRESHOLD = 0.45;

const normalise = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
const words = (s: string) =>
  normalise(s)
    .split(/[^\p{L}\p{N}£$%.'-]+/u)
    .filter(Boolean);

/** Word pairs (and single words, for short paragraphs) as a set. */
function shingles(s: string): Set<string> {
  const w = words(s);
  const out = new Set<string>(w.length < 4 ? w : []);
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i]} ${w[i + 1]}`);
  return out;
}

/**
 * A paragraph's word pairs, remembered by its text: between two saves of a long paper almost every
 * paragraph is the same, so matching again reads only the ones that changed. Bounded by clearing.
 */
const shingleCache = new Map<string, Set<string>>();
function shinglesOf(text: string): Set<string> {
  let s = shingleCache.get(text);
  if (!s) {
    if (shingleCache.size >= 20_000) shingleCache.clear();
    s = shingles(text);
    shingleCache.set(text, s);
  }
  return s;
}

/** Dice similarity of two paragraphs' word pairs: 1 the same words, 0 nothing in common. */
export function similarity(a: string, b: string): number {
  return dice(shingles(a), shingles(b));
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) common++;
  return (2 * common) / (a.size + b.size);
}

export interface ParagraphMatch {
  readonly paragraph: DraftParagraph;
  /** 1 for the same text; less when the author has edited it since. */
  readonly score: number;
  /**
   * Placed by the paragraph after it: a paragraph inserted whose paragraph before is not in the draft
   * goes before this one; a paragraph deleted that is no longer in the draft was just before it.
   */
  readonly before?: boolean;
}

/**
 * For each distinct anchor text, its draft paragraph (or null). Exact text first (the nearest in
 * reading order when a text repeats), then the best similarity above the threshold.
 */
export function matchAnchors(anchors: readonly { text: string; index: number }[], draft: readonly DraftParagraph[]): Map<string, ParagraphMatch | null> {
  // The paper screen asks again after every save: with nothing to place there is nothing to read.
  if (!anchors.length) return new Map();
  const exact = new Map<string, DraftParagraph[]>();
  for (const p of draft) {
    const k = normalise(p.text);
    const same = exact.get(k);
    if (same) same.push(p);
    else exact.set(k, [p]);
  }
  // Only an anchor without its exact text needs every paragraph's word pairs (kept between calls by text).
  let draftShingles: Set<string>[] | null = null;
  const out = new Map<string, ParagraphMatch | null>();
  for (const { text, index } of anchors) {
    const key = `${index}\u0000${text}`;
    if (out.has(key)) continue;
    const same = exact.get(normalise(text));
    if (same?.length) {
      const nearest = same.reduce((a, b) => (Math.abs(b.order - index) < Math.abs(a.order - index) ? b : a));
      out.set(key, { paragraph: nearest, score: 1 });
      continue;
    }
    const mine = shingles(text);
    const theirs = (draftShingles ??= draft.map((p) => shinglesOf(p.text)));
    let best: ParagraphMatch | null = null;
    draft.forEach((p, i) => {
      const score = dice(mine, must(theirs[i], 'draftShingles[i]'));
      if (score < MATCH_THRESHOLD) return;
      if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) < 1e-9 && Math.abs(p.order - index) < Math.abs(best.paragraph.order - index)))
        best = { paragraph: p, score };
    });
    out.set(key, best);
  }
  return out;
}

/**
 * Each item's draft paragraph, or null when none matches (a reply goes with the comment it answers).
 * A comment in a footnote is matched to the footnotes' text (`footnotes`, from draftFootnotes); a
 * paragraph inserted to the paragraph before it, or failing that the one after it (`before`); a
 * paragraph deleted to itself, or once it has gone, to the one that followed it (`before`).
 */
export function matchItems(
  items: readonly ReviewItem[],
  draft: readonly DraftParagraph[],
  footnotes: readonly DraftParagraph[] = [],
): Map<string, ParagraphMatch | null> {
  const key = (text: string, index: number) => `${index}\u0000${text}`;
  const inBody = items.filter((i) => !i.inFootnote);
  const anchors = matchAnchors(
    [
      ...inBody.map((i) => ({ text: i.paragraphText, index: i.paragraphIndex })),
      ...inBody.filter((i) => i.followingText).map((i) => ({ text: i.followingText ?? '', index: i.paragraphIndex + 1 })),
    ],
    draft,
  );
  const inNotes = items.filter((i) => i.inFootnote);
  const noteAnchors = inNotes.length
    ? matchAnchors(
        inNotes.map((i) => ({ text: i.paragraphText, index: i.paragraphIndex })),
        footnotes,
      )
    : new Map<string, ParagraphMatch | null>();
  const out = new Map<string, ParagraphMatch | null>();
  for (const i of items) {
    if (i.inFootnote) {
      out.set(i.id, noteAnchors.get(key(i.paragraphText, i.paragraphIndex)) ?? null);
      continue;
    }
    const own = i.paragraphText.trim() ? (anchors.get(key(i.paragraphText, i.paragraphIndex)) ?? null) : null;
    if (own || (i.kind !== 'paragraphInserted' && i.kind !== 'paragraphDeleted') || !i.followingText) {
      out.set(i.id, own);
      continue;
    }
    const next = anchors.get(key(i.followingText, i.paragraphIndex + 1)) ?? null;
    out.set(i.id, next ? { ...next, before: true } : null);
  }
  return out;
}

/** How far either side of a change its surrounding text is used to find the place again. */
const CONTEXT = 24;

/**
 * Where a tracked change goes in the draft paragraph's text now: the range to replace. Found by the
 * text around it in the reviewer's paragraph (and, for a deletion, the deleted text itself), so it
 * lands in the right place after the author's own edits elsewhere in the paragraph. Null when the
 * text there has changed (the author makes that change by hand).
 */
export function locateChange(item: Pick<ReviewItem, 'kind' | 'text' | 'paragraphText' | 'offset'>, draftText: string): { from: number; to: number } | null {
  // A deletion's (and a formatting change's) own text is in the paragraph: it is the range.
  const removes = item.kind === 'deletion' || item.kind === 'moveFrom' || item.kind === 'formatting';
  const len = removes ? item.text.length : 0;
  if (removes && draftText.indexOf(item.text) < 0) return null;
  const original = item.paragraphText;
  // Both sides first, then one side only: an insertion next to a deletion already accepted (Word's
  // replacement is a deletion then an insertion) keeps the text on its other side.
  const sides: [number, number][] = [
    [CONTEXT, CONTEXT],
    [12, 12],
    [6, 6],
    [0, 12],
    [12, 0],
    [0, 6],
    [6, 0],
    [0, 0],
  ];
  for (const [nb, na] of sides) {
    const before = original.slice(Math.max(0, item.offset - nb), item.offset);
    const after = original.slice(item.offset + len, item.offset + len + na);
    if ((nb && !before) || (na && !after)) continue; // that side of the change is the paragraph's edge
    const needle = before + (removes ? item.text : '') + after;
    if (!needle) break;
    const first = draftText.indexOf(needle);
    if (first < 0) continue;
    // Several places fit: take the one nearest the change's place in the reviewer's paragraph.
    let at = first;
    for (let i = draftText.indexOf(needle, first + 1); i >= 0; i = draftText.indexOf(needle, i + 1))
      if (Math.abs(i - (item.offset - before.length)) < Math.abs(at - (item.offset - before.length))) at = i;
    if (nb + na === 0 && draftText.indexOf(needle, first + 1) >= 0) return null; // ambiguous with no context
    const from = at + before.length;
    return { from, to: from + len };
  }
  // An insertion into a paragraph whose text is unchanged but empty context (a paragraph's very start or end).
  if (!removes && original === draftText) return { from: item.offset, to: item.offset };
  return null;
}
