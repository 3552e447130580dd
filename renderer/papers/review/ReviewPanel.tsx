// "Review & clearance" beside the paper: the Clearances panel, sending the draft for review, taking
// in returned files (several reviewers' files for the same draft), the requests and files so far,
// and every item that matched no paragraph of the draft (listed, never dropped).
import { useState } from 'react';
import { MAX_OPEN_FILE_BYTES, TOO_LARGE_TO_OPEN } from '../../../shared/host/api';
import type { Paper, Section } from '../../../shared/papers/model';
import { itemLabel } from '../../../shared/review/model';
import { whenSaved } from '../../app/save-state';
import { db } from '../../db/database';
import { takeInReturnedFile } from '../../db/review-repo';
import { getHost } from '../../host';
import { showToast } from '../../ui/toast';
import { ClearancesPanel } from './ClearancesPanel';
import { SendForReviewDialog } from './SendForReviewDialog';
import { useReview } from './use-review';

function focusWhenShown(selector: string, tries = 40): void {
  const el = document.querySelector<HTMLElement>(selector);
  if (el) el.focus();
  else if (tries > 0) setTimeout(() => focusWhenShown(selector, tries - 1), 25);
}

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

export function ReviewPanel({ paper, sections, readOnly }: { paper: Paper; sections: readonly Section[]; readOnly: boolean }) {
  const review = useReview();
  const [sending, setSending] = useState(false);
  const [busy, setBusy] = useState(false);
  const takeIn = async () => {
    let file;
    try {
      file = await getHost().openFile({ name: 'Word document', extensions: ['docx', 'docm'] });
    } catch (e) {
      showToast({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
      return;
    }
    if (!file) return;
    if (file.data.length > MAX_OPEN_FILE_BYTES) {
      showToast({ tone: 'error', text: TOO_LARGE_TO_OPEN });
      return;
    }
    setBusy(true);
    try {
      await whenSaved();
      const r = await takeInReturnedFile(db, paper.id, file.name, file.data);
      const parts = [
        `Took in ${r.added} comment${r.added === 1 ? '' : 's'} and change${r.added === 1 ? '' : 's'} from ${file.name}${r.reviewers.length ? ` (${r.reviewers.join(', ')})` : ''}.`,
        r.duplicates ? `${r.duplicates} were already taken in.` : '',
        r.unmatched ? `${r.unmatched} match no paragraph of the draft: see “Not matched” under Review & clearance.` : '',
        ...r.notes,
      ];
      showToast({ tone: r.unmatched ? 'info' : 'success', text: parts.filter(Boolean).join(' ') });
      // The notes appear once the live queries see the new items: then focus the first list of them.
      if (r.added) focusWhenShown('.review-notes h3');
    } catch (e) {
      showToast({ tone: 'error', text: `${file.name} was not taken in: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
    }
  };
  if (!review) return <p className="loading">Loading the review…</p>;
  const returns = [...new Map(review.items.map((i) => [i.returnId, i])).values()];
  return (
    <section className="review-panel" aria-labelledby="review-panel-title">
      {sending && <SendForReviewDialog paper={paper} sections={sections} onClose={() => setSending(false)} />}
      <h2 id="review-panel-title">Review &amp; clearance</h2>
      {!readOnly && (
        <div className="button-row">
          <button type="button" onClick={() => setSending(true)}>
            Send for review…
          </button>
          <button type="button" onClick={() => void takeIn()} disabled={busy}>
            {busy ? 'Reading the file…' : 'Take in a returned file…'}
          </button>
        </div>
      )}
      <ClearancesPanel paperId={paper.id} sections={sections} readOnly={readOnly} />
      <h3>Sent and returned</h3>
      {review.requests.length === 0 && returns.length === 0 ? (
        <p className="muted">Nothing sent yet. “Send for review…” saves a review copy for each person asked to clear a section or comment.</p>
      ) : (
        <ul className="review-history">
          {review.requests.map((r) => (
            <li key={r.id}>
              Sent {day(r.sentAt)} to {r.reviewers.map((x) => x.name).join(', ')}
              {r.dueDate ? `, reply by ${day(`${r.dueDate}T12:00:00Z`)}` : ''}
            </li>
          ))}
          {returns.map((i) => {
            const mine = review.items.filter((x) => x.returnId === i.returnId);
            return (
              <li key={i.returnId}>
                Returned: {i.fileName} ({[...new Set(mine.map((x) => x.author))].join(', ')}), {mine.length} item{mine.length === 1 ? '' : 's'},{' '}
                {mine.filter((x) => x.status === 'open').length} open
              </li>
            );
          })}
        </ul>
      )}
      {review.unmatched.length > 0 && (
        <>
          <h3 id="unmatched-title">Not matched ({review.unmatched.length})</h3>
          <p className="muted">
            These match no paragraph of the draft as it is now (the paragraph was removed or rewritten, or they are on the cover or a data block). Deal with
            them by hand.
          </p>
          <ul className="review-unmatched" aria-labelledby="unmatched-title">
            {review.unmatched.map((i) => (
              <li key={i.id}>
                <strong>{itemLabel(i)}</strong> by {i.author}: {i.kind === 'comment' ? i.text : `“${i.text}”`}
                {i.paragraphText && (
                  <span className="muted">
                    {' '}
                    — in “{i.paragraphText.slice(0, 120)}
                    {i.paragraphText.length > 120 ? '…' : ''}”
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
