import type { Appendix } from '../../shared/papers/model';
import { appendixLetter } from '../../shared/papers/numbering';
import { db } from '../db/database';
import { moveAppendix, removeAppendix, renameAppendix, restoreAppendix, setAppendixBody } from '../db/papers-repo';
import type { EditorLabels } from '../editor/labels-plugin';
import { RichTextEditor } from '../editor/RichTextEditor';
import { showToast } from '../ui/toast';
import { HeadingField } from './HeadingField';
import { ReviewNotes } from './review/ReviewNotes';

/** An appendix: printed on its own page after the paper, lettered by position. */
export function AppendixBlock({ appendix, index, count, labels, readOnly }: { appendix: Appendix; index: number; count: number; labels: EditorLabels; readOnly: boolean }) {
  const letter = appendixLetter(index);
  const remove = async () => {
    await removeAppendix(db, appendix.id);
    showToast({ text: `Appendix ${letter} removed.`, action: { label: 'Undo', run: () => restoreAppendix(db, appendix.id) } });
  };
  return (
    <section className="paper-appendix page-break" id={`appendix-${appendix.id}`} aria-label={`Appendix ${letter}: ${appendix.title}`}>
      <div className="appendix-label">APPENDIX {letter}</div>
      <div className="section-heading">
        <HeadingField label={`Appendix ${letter} title`} value={appendix.title} readOnly={readOnly} save={(title) => renameAppendix(db, appendix.id, title)} />
        {!readOnly && (
          <div className="section-actions" role="group" aria-label={`Appendix ${letter} actions`}>
            <button type="button" className="icon" aria-label={`Move appendix ${letter} up`} title="Move appendix up" disabled={index === 0} onClick={() => void moveAppendix(db, appendix.id, 'up')}>
              ↑
            </button>
            <button type="button" className="icon" aria-label={`Move appendix ${letter} down`} title="Move appendix down" disabled={index === count - 1} onClick={() => void moveAppendix(db, appendix.id, 'down')}>
              ↓
            </button>
            <button type="button" className="icon danger" aria-label={`Remove appendix ${letter}`} title="Remove appendix" onClick={() => void remove()}>
              ×
            </button>
          </div>
        )}
      </div>
      <RichTextEditor images key={appendix.id} initial={appendix.body} version={appendix.updatedAt} labels={labels} ariaLabel={`Appendix ${letter}: ${appendix.title}`} readOnly={readOnly} placeholder="Write or paste the appendix here." save={(body) => setAppendixBody(db, appendix.id, body)} />
      <ReviewNotes partId={appendix.id} partLabel={`Appendix ${letter}`} readOnly={readOnly} />
    </section>
  );
}
