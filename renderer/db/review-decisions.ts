// Accepting or rejecting a reviewer's tracked change (issue 15): the draft edited through the edit
// guard and the item's state set, in one action. Each decision comes back with its undo and redo,
// for the paper's undo history (renderer/undo/): undo puts the text and the item back as they were,
// redo makes the decision again — each refused, changing nothing, when the text has moved on since
// (compared by content, so typing undone in between does not stand in the way).
import type { Appendix, Section } from '../../shared/papers/model';
import { bundlePaper } from '../../shared/papers/bundle';
import type { RichDoc } from '../../shared/richtext/model';
import { isLive, touch } from '../../shared/records/meta';
import { acceptChange, isChange, rejectChange } from '../../shared/review/apply';
import { draftFootnotes, draftParagraphs, draftParts } from '../../shared/review/draft-text';
import { matchItems } from '../../shared/review/match';
import type { ReviewItem } from '../../shared/review/model';
import { userAction } from './action';
import { snapshot } from './backup-repo';
import type { PanelwrightDb } from './database';
import { editablePaper } from './paper-guard';
import { valid } from './validate';

export class ReviewRefusedError extends Error {
  override name = 'ReviewRefusedError';
}

/** A decision made: what the author should know, and how to take it back and make it again. */
export interface ReviewDecision {
  /** Said to the author: formatting papers do not hold, for example. */
  readonly note: string | null;
  /** Whether the draft's text changed (a rejection usually leaves it as sent). */
  readonly edited: boolean;
  readonly undo: () => Promise<void>;
  readonly redo: () => Promise<void>;
}

const same = (a: RichDoc, b: RichDoc) => JSON.stringify(a) === JSON.stringify(b);

interface Edit {
  readonly kind: 'section' | 'appendix';
  readonly id: string;
  readonly before: Section | Appendix;
  readonly body: RichDoc;
}

async function putBody(db: PanelwrightDb, kind: 'section' | 'appendix', row: Section | Appendix): Promise<void> {
  if (kind === 'section') await db.sections.put(valid('sections', row as Section));
  else await db.appendices.put(valid('appendices', row as Appendix));
}

/** Writes `to` over a part whose body is `from` (refusing, with `stale`, when it is not), and sets the item's status. */
async function write(
  db: PanelwrightDb,
  item: ReviewItem,
  edit: Edit | null,
  from: RichDoc | null,
  to: RichDoc | null,
  status: ReviewItem['status'],
  stale: string,
) {
  await userAction(db, [db.papers, db.sections, db.appendices, db.reviewItems], async ({ by, at }) => {
    await editablePaper(db, item.paperId);
    if (edit && from && to) {
      const table = edit.kind === 'section' ? db.sections : db.appendices;
      const now = await table.get(edit.id);
      if (!now || !isLive(now) || !same(now.body, from)) throw new ReviewRefusedError(stale);
      await putBody(db, edit.kind, touch(now, { body: to }, by, at));
    }
    const i = await db.reviewItems.get(item.id);
    if (!i || !isLive(i)) throw new ReviewRefusedError('That change is no longer there.');
    await db.reviewItems.put(valid('reviewItems', touch(i, { status }, by, at)));
  });
}

async function decide(db: PanelwrightDb, itemId: string, decision: 'accepted' | 'rejected'): Promise<ReviewDecision> {
  const item = await db.reviewItems.get(itemId);
  if (!item || !isLive(item) || !isChange(item)) throw new ReviewRefusedError('That change is no longer there.');
  if (item.status !== 'open') throw new ReviewRefusedError('That change has already been dealt with.');
  const bundle = bundlePaper(await snapshot(db), item.paperId);
  if (!bundle) throw new ReviewRefusedError('That paper no longer exists.');
  const parts = draftParts(bundle);
  const match = matchItems([item], draftParagraphs(parts), draftFootnotes(parts)).get(item.id) ?? null;
  let result: { part: { kind: 'section' | 'appendix'; id: string; body: RichDoc }; body: RichDoc; note?: string } | null;
  if (decision === 'accepted') {
    const r = acceptChange(item, match, parts);
    if (!r.ok) throw new ReviewRefusedError(r.problem);
    result = r;
  } else result = rejectChange(item, match, parts);
  const before = result ? [...bundle.sections, ...bundle.appendices].find((p) => p.id === result.part.id) : undefined;
  const edit: Edit | null =
    result && before && !same(result.body, before.body) ? { kind: result.part.kind, id: result.part.id, before, body: result.body } : null;
  // The record the change was worked out from (same read): the write refuses if it has moved on since.
  await write(
    db,
    item,
    edit,
    edit?.before.body ?? null,
    edit?.body ?? null,
    decision,
    'The text changed while the change was being made. Nothing was changed: try again.',
  );
  return {
    note: result?.note ?? null,
    edited: edit !== null,
    undo: () =>
      write(
        db,
        item,
        edit,
        edit?.body ?? null,
        edit?.before.body ?? null,
        'open',
        'The text has been edited since, so the change cannot be undone here: edit it by hand.',
      ),
    redo: () =>
      write(
        db,
        item,
        edit,
        edit?.before.body ?? null,
        edit?.body ?? null,
        decision,
        'The text has been edited since, so the change cannot be made again here.',
      ),
  };
}

/** Makes a tracked change in the draft (through the edit guard) and marks it accepted, in one action. */
export function acceptReviewChange(db: PanelwrightDb, itemId: string): Promise<ReviewDecision> {
  return decide(db, itemId, 'accepted');
}

/** Marks a tracked change rejected: the draft stays as sent (a formatting change the draft has since taken gets its old look back). */
export function rejectReviewChange(db: PanelwrightDb, itemId: string): Promise<ReviewDecision> {
  return decide(db, itemId, 'rejected');
}
