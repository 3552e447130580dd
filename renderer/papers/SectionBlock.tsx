import { memo } from 'react';
import type { Appendix, Section } from '../../shared/papers/model';
import { appendixLetter } from '../../shared/papers/numbering';
import { appendixListTitle } from '../../shared/papers/appendix-page';
import { db } from '../db/database';
import { renameSection, setSectionBody } from '../db/papers-repo';
import { addSectionUndoable, moveSectionUndoable, recordSectionRename, removeSectionUndoable } from '../undo/paper-actions';
import { useHistory } from '../undo/PaperHistory';
import { focusNewSectionTitle } from './focus-new';
import type { EditorLabels } from '../editor/labels-plugin';
import { RichTextEditor } from '../editor/RichTextEditor';
import { journalEntry } from '../app/durable-edits';
import { showToast } from '../ui/toast';
import { HeadingField } from './HeadingField';
import { ClearanceBadges } from './review/ClearanceBadges';
import { ReviewNotes } from './review/ReviewNotes';

interface Props {
  readonly section: Section;
  readonly number: number;
  /** Whether the heading shows its number (a plan document without numbered headings does not). */
  readonly showNumber?: boolean;
  readonly planDocument?: boolean;
  readonly isFirst: boolean;
  readonly isLast: boolean;
  readonly labels: EditorLabels;
  readonly appendices: readonly Appendix[];
  readonly readOnly: boolean;
}

/** One numbered section of the paper: its heading, its text, and its place in the order. */
// Memoised: the paper screen renders again after every save and keeps the objects of what was not
// saved (usePaperBundle), so only the part whose props changed renders again.
export const SectionBlock = memo(function SectionBlock({
  section,
  number,
  showNumber = true,
  planDocument = false,
  isFirst,
  isLast,
  labels,
  appendices,
  readOnly,
}: Props) {
  const history = useHistory();
  const remove = async () => {
    const entry = await removeSectionUndoable(history, section, number);
    if (entry && history) showToast({ text: `Section "${section.title}" removed.`, action: { label: 'Undo', run: () => history.undoEntry(entry) } });
  };
  const addAfter = async () => focusNewSectionTitle(await addSectionUndoable(history, section.paperId, section.id, number + 1));
  return (
    <section className="paper-section" id={`section-${section.id}`} aria-label={`${number}. ${section.title}`}>
      <div className="section-heading">
        {showNumber && (
          <span className="section-number" aria-hidden="true">
            {planDocument ? number : `${number}.`}
          </span>
        )}
        <HeadingField
          label={`Section ${number} title`}
          value={section.title}
          readOnly={readOnly}
          save={(title) => renameSection(db, section.id, title)}
          journal={journalEntry.sectionTitle(section.id)}
          onRenamed={(from, to) => recordSectionRename(history, section, number, from, to)}
          findKey={`title-section-${section.id}`}
        />
        {!readOnly && (
          <div className="section-actions" role="group" aria-label={`Section ${number} actions`}>
            <button
              type="button"
              className="icon"
              title="Move section up"
              aria-label={`Move section ${number} up`}
              disabled={isFirst}
              onClick={() => void moveSectionUndoable(history, section, number, 'up')}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon"
              title="Move section down"
              aria-label={`Move section ${number} down`}
              disabled={isLast}
              onClick={() => void moveSectionUndoable(history, section, number, 'down')}
            >
              ↓
            </button>
            <button
              type="button"
              className="icon"
              title="Add a section below"
              aria-label={`Add a section after section ${number}`}
              onClick={() => void addAfter()}
            >
              +
            </button>
            <button type="button" className="icon danger" title="Remove section" aria-label={`Remove section ${number}`} onClick={() => void remove()}>
              ×
            </button>
          </div>
        )}
      </div>
      <ClearanceBadges sectionId={section.id} />
      <RichTextEditor
        images
        key={section.id}
        initial={section.body}
        version={section.updatedAt}
        labels={labels}
        ariaLabel={`Section ${number}: ${section.title}`}
        readOnly={readOnly}
        placeholder={
          section.kind === 'appendices'
            ? 'Appendices are listed below automatically; add any text before the list here.'
            : `Write the “${section.title}” section — paragraphs number themselves.`
        }
        save={(body, base) => setSectionBody(db, section.id, body, base)}
        journal={journalEntry.sectionBody(section.id)}
        historyKey={`section-${section.id}`}
        live={{ table: 'sections', id: section.id, field: 'body' }}
      />
      <ReviewNotes partId={section.id} partLabel={`section ${number}`} readOnly={readOnly} />
      {section.kind === 'appendices' && (
        <div className="generated-list" aria-label="Appendices of this paper (listed automatically)">
          {appendices.length === 0 ? (
            <p className="muted">No appendices yet. Add one under “Appendices” at the end of the paper and it is listed here automatically.</p>
          ) : (
            <ol className="appendix-list">
              {appendices.map((a, i) => (
                <li key={a.id}>
                  <span className="appendix-letter">{appendixLetter(i)}.</span> {appendixListTitle(a)}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
});
