// The reviewers' comments and tracked changes on one section or appendix, beside its text: accept
// or reject a change (text, whole paragraphs, formatting), reply to or resolve a comment. Each
// decision is a step of the paper's undo history (Ctrl+Z, the toolbar's Undo, the toast's Undo).
// Word's replies sit under the comment they answer.
import { useState } from 'react';
import type { ParagraphMatch } from '../../../shared/review/match';
import type { ReviewItem } from '../../../shared/review/model';
import { itemLabel } from '../../../shared/review/model';
import { isChange } from '../../../shared/review/apply';
import { whenSaved } from '../../app/save-state';
import { db } from '../../db/database';
import type { ReviewDecision } from '../../db/review-repo';
import { acceptReviewChange, rejectReviewChange, replyToComment, setReviewItemStatus } from '../../db/review-repo';
import { showToast } from '../../ui/toast';
import { useHistory } from '../../undo/PaperHistory';
import { useReview } from './use-review';

const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
};

const STATUS_TEXT: Record<ReviewItem['status'], string> = { open: 'Open', accepted: 'Accepted', rejected: 'Rejected', resolved: 'Resolved' };

/** Moves focus to the next open item after `id` (what the author does next), or to the list's heading. */
function focusNext(listId: string, id: string) {
  requestAnimationFrame(() => {
    const list = document.getElementById(listId);
    const all = [...(list?.querySelectorAll<HTMLElement>('[data-review-item][data-open="true"]') ?? [])];
    const next =
      all.find(
        (el) =>
          el.dataset.reviewItem !== id &&
          (el.compareDocumentPosition(document.getElementById(`review-item-${id}`) ?? el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0,
      ) ?? all.find((el) => el.dataset.reviewItem !== id);
    (next ?? list?.querySelector<HTMLElement>('h3'))?.focus();
  });
}

const fail = (e: unknown) => showToast({ tone: 'error', text: e instanceof Error ? e.message : String(e) });

/**
 * Before a decision is undone or made again: what was typed is stored first, and an editor that has
 * focus lets it go, so it takes in the text the undo writes (an editor takes in a stored body only
 * when it is not focused).
 */
async function settled(run: () => Promise<void>): Promise<void> {
  await whenSaved();
  const el = document.activeElement;
  if (el instanceof HTMLElement && el.closest('.ProseMirror')) el.blur();
  await run();
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** Where an item is, beside its paragraph's number: "5.2", "after 5.2", "before 5.3" (a paragraph inserted, or a deleted one that has gone). */
function placeOf(item: ReviewItem, label: string, match: ParagraphMatch | undefined | null): string {
  if (match?.before) return `before ${label}`;
  return item.kind === 'paragraphInserted' ? `after ${label}` : label;
}

/** What the item does, in a few words: "paragraph inserted “…” after 5.2". */
function whatItDoes(item: ReviewItem, label: string, match: ParagraphMatch | undefined | null): string {
  const place = placeOf(item, label, match);
  const where = place === label ? `in ${label}` : place;
  return `${itemLabel(item).toLowerCase()} “${short(item.text)}” ${where}`;
}

function Item({
  item,
  label,
  match,
  replies,
  listId,
  readOnly,
}: {
  item: ReviewItem;
  label: string;
  match: ParagraphMatch | null | undefined;
  replies: readonly ReviewItem[];
  listId: string;
  readOnly: boolean;
}) {
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState('');
  const [busy, setBusy] = useState(false);
  const history = useHistory();
  const open = item.status === 'open';
  const decide = async (how: 'accept' | 'reject') => {
    setBusy(true);
    try {
      const d: ReviewDecision = await (how === 'accept' ? acceptReviewChange(db, item.id) : rejectReviewChange(db, item.id));
      const what = whatItDoes(item, label, match);
      const entry = history?.record({
        label: `${how === 'accept' ? 'Accept' : 'Reject'} ${what}`,
        undo: () => settled(d.undo),
        redo: () => settled(d.redo),
      });
      showToast({
        tone: 'success',
        text: `${how === 'accept' ? 'Accepted' : 'Rejected'}: ${what}.${d.note ? ` ${d.note}` : ''}`,
        action: { label: 'Undo', run: () => (history && entry ? history.undoEntry(entry).then(() => undefined) : settled(d.undo)).catch(fail) },
      });
      focusNext(listId, item.id);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const setStatus = async (status: 'open' | 'resolved') => {
    try {
      await setReviewItemStatus(db, item.id, status);
      if (status !== 'open') focusNext(listId, item.id);
    } catch (e) {
      fail(e);
    }
  };
  const sendReply = async () => {
    try {
      await replyToComment(db, item.id, reply);
      setReply('');
      setReplying(false);
    } catch (e) {
      fail(e);
    }
  };
  return (
    <li
      className={`review-item review-${item.kind} review-status-${item.status}`}
      id={`review-item-${item.id}`}
      data-review-item={item.id}
      data-open={open}
      tabIndex={-1}
      aria-label={`${itemLabel(item)} by ${item.author}, paragraph ${label}, ${STATUS_TEXT[item.status].toLowerCase()}`}
    >
      <div className="review-item-head">
        <span className="review-kind">{itemLabel(item)}</span> <span className="review-author">{item.author}</span>
        {item.date && <span className="muted"> · {when(item.date)}</span>}
        <span className="muted"> · ¶ {placeOf(item, label, match)}</span>
        <span className="review-status"> · {STATUS_TEXT[item.status]}</span>
      </div>
      {item.kind === 'comment' ? (
        <>
          {item.quote && <blockquote className="review-quote">“{item.quote}”</blockquote>}
          <p className="review-text">{item.text}</p>
        </>
      ) : (
        <ChangeText item={item} />
      )}
      {(replies.length > 0 || item.replies.length > 0) && (
        <ul className="review-replies" aria-label="Replies">
          {replies.map((r) => (
            <li key={r.id}>
              <span className="review-author">{r.author}</span>: {r.text}
              {r.status === 'resolved' && <span className="muted"> (resolved)</span>}
            </li>
          ))}
          {item.replies.map((r, i) => (
            <li key={i}>
              <span className="review-author">{r.by}</span>: {r.text}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="button-row review-actions">
          {isChange(item) && open && (
            <>
              <button type="button" onClick={() => void decide('accept')} disabled={busy}>
                Accept
              </button>
              <button type="button" onClick={() => void decide('reject')} disabled={busy}>
                Reject
              </button>
            </>
          )}
          {item.kind === 'comment' && (
            <>
              <button type="button" aria-expanded={replying} onClick={() => setReplying((v) => !v)}>
                Reply
              </button>
              {open ? (
                <button type="button" onClick={() => void setStatus('resolved')}>
                  Resolve
                </button>
              ) : (
                <button type="button" onClick={() => void setStatus('open')}>
                  Reopen
                </button>
              )}
            </>
          )}
          {isChange(item) && !open && (
            <button
              type="button"
              onClick={() => void setStatus('open')}
              disabled={item.status === 'accepted' || item.kind === 'formatting'}
              title={item.status === 'accepted' || item.kind === 'formatting' ? 'Use Undo (Ctrl+Z), or edit the text' : undefined}
            >
              Reopen
            </button>
          )}
        </div>
      )}
      {replying && (
        <form
          className="review-reply-form"
          onSubmit={(e) => {
            e.preventDefault();
            void sendReply();
          }}
        >
          <label className="field">
            <span>Your reply</span>
            {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the reply box opens on request */}
            <textarea autoFocus rows={2} value={reply} maxLength={20_000} onChange={(e) => setReply(e.target.value)} />
          </label>
          <div className="button-row">
            <button type="submit" className="primary">
              Add reply
            </button>
            <button type="button" onClick={() => setReplying(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

/** A tracked change's text as it reads: inserted, deleted, the paragraph joined on, the text whose look changed. */
function ChangeText({ item }: { item: ReviewItem }) {
  switch (item.kind) {
    case 'deletion':
    case 'moveFrom':
    case 'paragraphDeleted':
      return (
        <p className="review-text">
          <del>{item.text}</del>
        </p>
      );
    case 'paragraphsJoined':
      return (
        <p className="review-text">
          …{item.paragraphText.slice(-40)} <span className="review-join">¶ joined to</span> {short(item.text)}
        </p>
      );
    case 'formatting':
      return <p className="review-text review-formatted">{item.text}</p>;
    default:
      return (
        <p className="review-text">
          <ins>{item.text}</ins>
        </p>
      );
  }
}

/** The items matched to one part (section or appendix) of the paper. */
export function ReviewNotes({ partId, partLabel, readOnly }: { partId: string; partLabel: string; readOnly: boolean }) {
  const review = useReview();
  if (!review) return null;
  const mine = review.items.filter((i) => review.matches.get(i.id)?.paragraph.partId === partId);
  if (mine.length === 0) return null;
  const ids = new Set(mine.map((i) => i.id));
  const top = mine.filter((i) => !i.parentId || !ids.has(i.parentId));
  const order = (i: ReviewItem) => review.matches.get(i.id)?.paragraph.order ?? 0;
  top.sort((a, b) => order(a) - order(b) || a.offset - b.offset);
  const open = mine.filter((i) => i.status === 'open').length;
  const listId = `review-notes-${partId}`;
  return (
    <aside className="review-notes" id={listId} aria-labelledby={`${listId}-title`}>
      <h3 id={`${listId}-title`} tabIndex={-1}>
        Review of {partLabel}: {open} open of {mine.length}
      </h3>
      <ul>
        {top.map((i) => (
          <Item
            key={i.id}
            item={i}
            label={review.matches.get(i.id)!.paragraph.label}
            match={review.matches.get(i.id)}
            replies={mine.filter((r) => r.parentId === i.id)}
            listId={listId}
            readOnly={readOnly}
          />
        ))}
      </ul>
    </aside>
  );
}
