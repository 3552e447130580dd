// Matching a returned file's comments and changes to the current draft by text, not position: each
// item carries the text of its paragraph as the reviewer had it; the draft paragraph it belongs to
// is the one with the same text, or failing that the most similar (word pairs in common), with the
// paragraph's place in the file only breaking ties. So an item still finds its paragraph after the
// author has edited it, moved it or added paragraphs before it. Items that find none are unmatched:
// listed for the author, never dropped.
import type { DraftParagraph } from './draft-text';
import type { ReviewItem } from './model';

/** Below this similarity a paragraph is not taken to be the same one. */
export const MATCH_THRESHOLD = 0.45;

const normalise = (s: string) => s.normalize('NFC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
const words = (s: string) => normalise(s).split(/[^\p{L}\p{N}£$%.'-]+/u).filter(Boolean);

/** Word pairs (and single words, for short paragraphs) as a set. */
function shingles(s: string): Set<string> {
  const w = words(s);
  const out = new Set<string>(w.length < 4 ? w : []);
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i]} ${w[i + 1]}`);
  return out;
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
}

/**
 * For each distinct anchor text, its draft paragraph (or null). Exact text first (the nearest in
 * reading order when a text repeats), then the best similarity above the threshold.
 */
export function matchAnchors(anchors: readonly { text: string; index: number }[], draft: readonly DraftParagraph[]): Map<string, ParagraphMatch | null> {
  const exact = new Map<string, DraftParagraph[]>();
  for (const p of draft) {
    const k = normalise(p.text);
    exact.set(k, [...(exact.get(k) ?? []), p]);
  }
  const draftShingles = draft.map((p) => shingles(p.text));
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
    let best: ParagraphMatch | null = null;
    draft.forEach((p, i) => {
      const score = dice(mine, draftShingles[i]!);
      if (score < MATCH_THRESHOLD) return;
      if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) < 1e-9 && Math.abs(p.order - index) < Math.abs(best.paragraph.order - index))) best = { paragraph: p, score };
    });
    out.set(key, best);
  }
  return out;
}

/** Each item's draft paragraph, or null when none matches (a reply goes with the comment it answers). */
export function matchItems(items: readonly ReviewItem[], draft: readonly DraftParagraph[]): Map<string, ParagraphMatch | null> {
  const anchors = matchAnchors(items.map((i) => ({ text: i.paragraphText, index: i.paragraphIndex })), draft);
  const out = new Map<string, ParagraphMatch | null>();
  for (const i of items) out.set(i.id, anchors.get(`${i.paragraphIndex}\u0000${i.paragraphText}`) ?? null);
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
  const removes = item.kind === 'deletion' || item.kind === 'moveFrom';
  const len = removes ? item.text.length : 0;
  if (removes && draftText.indexOf(item.text) < 0) return null;
  const original = item.paragraphText;
  // Both sides first, then one side only: an insertion next to a deletion already accepted (Word's
  // replacement is a deletion then an insertion) keeps the text on its other side.
  const sides: [number, number][] = [[CONTEXT, CONTEXT], [12, 12], [6, 6], [0, 12], [12, 0], [0, 6], [6, 0], [0, 0]];
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
    for (let i = draftText.indexOf(needle, first + 1); i >= 0; i = draftText.indexOf(needle, i + 1)) if (Math.abs(i - (item.offset - before.length)) < Math.abs(at - (item.offset - before.length))) at = i;
    if (nb + na === 0 && draftText.indexOf(needle, first + 1) >= 0) return null; // ambiguous with no context
    const from = at + before.length;
    return { from, to: from + len };
  }
  // An insertion into a paragraph whose text is unchanged but empty context (a paragraph's very start or end).
  if (!removes && original === draftText) return { from: item.offset, to: item.offset };
  return null;
}
