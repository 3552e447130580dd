// Accepting a tracked change: the draft paragraph it matched, edited as the reviewer's change says.
import type { RichDoc } from '../richtext/model';
import { inlineText } from '../richtext/model';
import { xmlSafe } from '../text/xml-safe';
import type { DraftPart } from './draft-text';
import { paragraphAt, withParagraphEdited } from './draft-text';
import type { ParagraphMatch } from './match';
import { locateChange } from './match';
import type { ReviewItem } from './model';

export type Accepted = { readonly ok: true; readonly part: DraftPart; readonly body: RichDoc } | { readonly ok: false; readonly problem: string };

export const isChange = (item: Pick<ReviewItem, 'kind'>): boolean => item.kind !== 'comment';

export function acceptChange(item: ReviewItem, match: ParagraphMatch | null, parts: readonly DraftPart[]): Accepted {
  if (!isChange(item)) return { ok: false, problem: 'A comment has nothing to accept: reply to it or resolve it.' };
  if (!match) return { ok: false, problem: 'This change’s paragraph is not in the draft any more, so it cannot be made here. Make it by hand if it still applies.' };
  const part = parts.find((p) => p.id === match.paragraph.partId);
  const node = part ? paragraphAt(part.body, match.paragraph.path) : null;
  if (!part || !node) return { ok: false, problem: 'The paragraph has moved since the file was taken in. Take the file in again.' };
  const range = locateChange(item, inlineText(node.content));
  if (!range) return { ok: false, problem: `The text around this change has been edited since (paragraph ${match.paragraph.label}), so it cannot be placed. Make it by hand if it still applies.` };
  const inserts = item.kind === 'insertion' || item.kind === 'moveTo';
  const body = withParagraphEdited(part.body, match.paragraph.path, range.from, range.to, inserts ? xmlSafe(item.text).replace(/[\r\n]+/g, ' ') : '');
  if (!body) return { ok: false, problem: 'The paragraph has moved since the file was taken in. Take the file in again.' };
  return { ok: true, part, body };
}
