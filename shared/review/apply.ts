// Accepting or rejecting a tracked change: the draft paragraph it matched, edited as the reviewer's
// change says — text inserted or deleted, a whole paragraph added or taken away, two paragraphs
// joined, bold / italic / underline set. Rejecting leaves the draft as sent, except a formatting
// change whose new look the draft has since taken (restored to the old one).
import type { RichDoc } from '../richtext/model';
import { inlineText } from '../richtext/model';
import { xmlSafe } from '../text/xml-safe';
import type { DraftPart } from './draft-text';
import { paragraphAt, withParagraphEdited } from './draft-text';
import type { ParagraphMatch } from './match';
import { locateChange, MATCH_THRESHOLD, similarity } from './match';
import type { FormattingChange, ReviewItem } from './model';
import { nextParagraph, withParagraphFormatted, withParagraphInserted, withParagraphRemoved, withParagraphsJoined } from './paragraph-edits';

/** The part edited and its new body (the same body when nothing in the draft changes), and what the author should know. */
export type Accepted =
  { readonly ok: true; readonly part: DraftPart; readonly body: RichDoc; readonly note?: string } | { readonly ok: false; readonly problem: string };

export const isChange = (item: Pick<ReviewItem, 'kind'>): boolean => item.kind !== 'comment';

const MOVED = 'The paragraph has moved since the file was taken in. Take the file in again.';
const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** "font size and paragraph formatting are not kept in papers (the house style sets them)". */
function notHeld(f: FormattingChange | undefined): string | undefined {
  if (!f?.other.length) return undefined;
  const list = f.other.length === 1 ? f.other[0] : `${f.other.slice(0, -1).join(', ')} and ${f.other.at(-1)}`;
  return `Papers do not hold ${list} (the house style sets ${f.other.length === 1 ? 'it' : 'them'}), so that part of the change leaves the draft as it is.`;
}

type Located = { ok: true; part: DraftPart; text: string; path: readonly number[] } | { ok: false; problem: string };

function locate(match: ParagraphMatch | null, parts: readonly DraftPart[]): Located {
  if (!match)
    return { ok: false, problem: 'This change’s paragraph is not in the draft any more, so it cannot be made here. Make it by hand if it still applies.' };
  const part = parts.find((p) => p.id === match.paragraph.partId);
  const node = part ? paragraphAt(part.body, match.paragraph.path) : null;
  if (!part || !node) return { ok: false, problem: MOVED };
  return { ok: true, part, text: inlineText(node.content), path: match.paragraph.path };
}

const edited = (label: string) =>
  `The text around this change has been edited since (paragraph ${label}), so it cannot be placed. Make it by hand if it still applies.`;

export function acceptChange(item: ReviewItem, match: ParagraphMatch | null, parts: readonly DraftPart[]): Accepted {
  if (!isChange(item)) return { ok: false, problem: 'A comment has nothing to accept: reply to it or resolve it.' };
  const at = locate(match, parts);
  if (!at.ok) return at;
  const { part, text, path } = at;
  const label = match?.paragraph.label ?? '';
  const done = (body: RichDoc | null, note?: string): Accepted => (body ? { ok: true, part, body, ...(note ? { note } : {}) } : { ok: false, problem: MOVED });

  switch (item.kind) {
    case 'paragraphInserted':
      return done(withParagraphInserted(part.body, path, xmlSafe(item.text), match?.before === true));
    case 'paragraphDeleted':
      if (match?.before)
        return { ok: false, problem: 'This paragraph is not in the draft any more (it was deleted or rewritten), so there is nothing to take away.' };
      if (!sameText(text, item.text) && similarity(text, item.text) < 0.9)
        return { ok: false, problem: `Paragraph ${label} has been edited since it was sent, so it is not taken away. Delete it by hand if it should go.` };
      return done(withParagraphRemoved(part.body, path));
    case 'paragraphsJoined': {
      const next = nextParagraph(part.body, path);
      const nextText = next ? inlineText(next.node.content) : '';
      if (!next || (!sameText(nextText, item.text) && similarity(nextText, item.text) < MATCH_THRESHOLD))
        return { ok: false, problem: `The paragraph after ${label} is not the one the reviewer joined it to any more. Join them by hand if it still applies.` };
      return done(withParagraphsJoined(part.body, path));
    }
    case 'formatting': {
      const f = item.formatting;
      const note = notHeld(f);
      if (!f || (f.added.length === 0 && f.removed.length === 0)) return { ok: true, part, body: part.body, note: note ?? 'Nothing in the draft changes.' };
      const range = locateChange(item, text);
      if (!range) return { ok: false, problem: edited(label) };
      return done(withParagraphFormatted(part.body, path, range.from, range.to, f.added, f.removed), note);
    }
    default: {
      const range = locateChange(item, text);
      if (!range) return { ok: false, problem: edited(label) };
      const inserts = item.kind === 'insertion' || item.kind === 'moveTo';
      return done(withParagraphEdited(part.body, path, range.from, range.to, inserts ? xmlSafe(item.text).replace(/[\r\n]+/g, ' ') : ''));
    }
  }
}

/**
 * Rejecting a change: the draft stays as it was sent. A formatting change whose new look the draft
 * has since taken gets its old look back (bold / italic / underline); anything else changes nothing
 * (null). Never refuses: the change is marked rejected whatever the text now is.
 */
export function rejectChange(
  item: ReviewItem,
  match: ParagraphMatch | null,
  parts: readonly DraftPart[],
): { part: DraftPart; body: RichDoc; note?: string } | null {
  if (item.kind !== 'formatting' || !item.formatting) return null;
  const f = item.formatting;
  const at = locate(match, parts);
  if (!at.ok) return null;
  const note = f.other.length ? `The draft keeps its own ${f.other.join(', ')}: papers do not hold ${f.other.length === 1 ? 'it' : 'them'}.` : undefined;
  const range = f.added.length || f.removed.length ? locateChange(item, at.text) : null;
  const body = range ? withParagraphFormatted(at.part.body, at.path, range.from, range.to, f.removed, f.added) : null;
  if (!body || JSON.stringify(body) === JSON.stringify(at.part.body)) return note ? { part: at.part, body: at.part.body, note } : null;
  return { part: at.part, body, ...(note ? { note } : {}) };
}
