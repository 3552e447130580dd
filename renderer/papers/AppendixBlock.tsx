import { memo, useEffect, useState } from 'react';
import type { Appendix } from '../../shared/papers/model';
import { appendixLetter } from '../../shared/papers/numbering';
import { db } from '../db/database';
import { renameAppendix, setAppendixBody, setAppendixPage } from '../db/papers-repo';
import { SelectField, TextField } from '../ui/fields';
import { moveAppendixUndoable, recordAppendixRename, removeAppendixUndoable } from '../undo/paper-actions';
import { useHistory } from '../undo/PaperHistory';
import type { EditorLabels } from '../editor/labels-plugin';
import { RichTextEditor } from '../editor/RichTextEditor';
import { journalEntry } from '../app/durable-edits';
import { showToast } from '../ui/toast';
import { useBlockContent } from '../blocks/use-block-content';
import { printsAppendixTitle } from '../../shared/papers/appendix-title';
import { HeadingField } from './HeadingField';
import { ReviewNotes } from './review/ReviewNotes';

type Orientation = 'auto' | 'portrait' | 'landscape';

/** How the appendix prints: a page title of its own, the page's orientation, withdrawn. */
function AppendixPageOptions({ appendix, letter, readOnly }: { appendix: Appendix; letter: string; readOnly: boolean }) {
  const orientation: Orientation = appendix.landscape === undefined ? 'auto' : appendix.landscape ? 'landscape' : 'portrait';
  // Shown at once, stored as it changes (the stored value comes back through the live query).
  const [withdrawn, setWithdrawn] = useState(appendix.withdrawn === true);
  useEffect(() => setWithdrawn(appendix.withdrawn === true), [appendix.withdrawn]);
  return (
    <details className="appendix-options">
      <summary>Page options{appendix.pageTitle || appendix.landscape !== undefined || appendix.withdrawn ? ' (set)' : ''}</summary>
      <div className="appendix-options-grid">
        <TextField
          label={`Title on appendix ${letter}'s page`}
          hint="Leave empty to print the title above, as in the list of appendices."
          value={appendix.pageTitle ?? ''}
          readOnly={readOnly}
          save={(pageTitle) => setAppendixPage(db, appendix.id, { pageTitle })}
        />
        <SelectField<Orientation>
          label="Page orientation"
          value={orientation}
          disabled={readOnly}
          options={[
            { value: 'auto', label: 'Automatic (landscape for a wide data block)' },
            { value: 'portrait', label: 'Portrait' },
            { value: 'landscape', label: 'Landscape' },
          ]}
          save={(v) => setAppendixPage(db, appendix.id, { landscape: v === 'auto' ? null : v === 'landscape' })}
        />
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={withdrawn}
            disabled={readOnly}
            onChange={(e) => {
              setWithdrawn(e.target.checked);
              void setAppendixPage(db, appendix.id, { withdrawn: e.target.checked });
            }}
          />
          Withdrawn (listed as withdrawn, no page printed)
        </label>
      </div>
    </details>
  );
}

/** Says so when the title is not printed because the data block that opens the appendix prints its own heading. */
function TitleNotPrintedNote({ appendix }: { appendix: Appendix }) {
  const first = appendix.body.content[0];
  const blockId = first?.type === 'dataBlock' ? first.attrs.blockId : '';
  const state = useBlockContent(blockId);
  const blocks = state?.block ? { [blockId]: state.content } : {};
  if (!blockId || !state?.block || appendix.pageTitle?.trim() || printsAppendixTitle(appendix, blocks)) return null;
  return (
    <p className="muted small appendix-title-note">
      This title names the appendix in the list of appendices; the page itself opens with the data’s own heading below, so the title is not printed twice.
    </p>
  );
}

/** An appendix: printed on its own page after the paper, lettered by position. */
// Memoised: the paper screen renders again after every save and keeps the objects of what was not
// saved (usePaperBundle), so only the part whose props changed renders again.
export const AppendixBlock = memo(function AppendixBlock({
  appendix,
  index,
  count,
  labels,
  readOnly,
}: {
  appendix: Appendix;
  index: number;
  count: number;
  labels: EditorLabels;
  readOnly: boolean;
}) {
  const letter = appendixLetter(index);
  const history = useHistory();
  const remove = async () => {
    const entry = await removeAppendixUndoable(history, appendix, letter);
    if (entry && history) showToast({ text: `Appendix ${letter} removed.`, action: { label: 'Undo', run: () => history.undoEntry(entry) } });
  };
  return (
    <section className="paper-appendix page-break" id={`appendix-${appendix.id}`} aria-label={`Appendix ${letter}: ${appendix.title}`}>
      <div className="appendix-label">APPENDIX {letter}</div>
      <div className="section-heading">
        <HeadingField
          label={`Appendix ${letter} title`}
          value={appendix.title}
          readOnly={readOnly}
          save={(title) => renameAppendix(db, appendix.id, title)}
          journal={journalEntry.appendixTitle(appendix.id)}
          onRenamed={(from, to) => recordAppendixRename(history, appendix, letter, from, to)}
          findKey={`title-appendix-${appendix.id}`}
        />
        {!readOnly && (
          <div className="section-actions" role="group" aria-label={`Appendix ${letter} actions`}>
            <button
              type="button"
              className="icon"
              aria-label={`Move appendix ${letter} up`}
              title="Move appendix up"
              disabled={index === 0}
              onClick={() => void moveAppendixUndoable(history, appendix, letter, 'up')}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon"
              aria-label={`Move appendix ${letter} down`}
              title="Move appendix down"
              disabled={index === count - 1}
              onClick={() => void moveAppendixUndoable(history, appendix, letter, 'down')}
            >
              ↓
            </button>
            <button type="button" className="icon danger" aria-label={`Remove appendix ${letter}`} title="Remove appendix" onClick={() => void remove()}>
              ×
            </button>
          </div>
        )}
      </div>
      <AppendixPageOptions appendix={appendix} letter={letter} readOnly={readOnly} />
      {appendix.withdrawn && (
        <p className="message-bar" role="note">
          Withdrawn: the list of appendices says “{letter}. {appendix.title} – withdrawn” and no page is printed. Its text is kept here.
        </p>
      )}
      <TitleNotPrintedNote appendix={appendix} />
      <RichTextEditor
        images
        key={appendix.id}
        initial={appendix.body}
        version={appendix.updatedAt}
        labels={labels}
        ariaLabel={`Appendix ${letter}: ${appendix.title}`}
        readOnly={readOnly}
        placeholder="Write or paste the appendix here."
        save={(body, base) => setAppendixBody(db, appendix.id, body, base)}
        journal={journalEntry.appendixBody(appendix.id)}
        historyKey={`appendix-${appendix.id}`}
        live={{ table: 'appendices', id: appendix.id, field: 'body' }}
      />
      <ReviewNotes partId={appendix.id} partLabel={`Appendix ${letter}`} readOnly={readOnly} />
    </section>
  );
});
