import { useEffect, useMemo, useState } from 'react';
import { InsertBlockDialog } from '../blocks/InsertBlockDialog';
import { placeCaretAtEnd, useActiveEditor } from '../editor/active-editor';
import { focusWhenShown } from '../ui/focus';
import type { FootnoteStyle, PaperStatus } from '../../shared/papers/model';
import { sectionNumber } from '../../shared/papers/numbering';
import { navigate } from '../app/route';
import { db } from '../db/database';
import { updatePaper } from '../db/papers-repo';
import { addAppendixUndoable, addSectionUndoable, recordPaperRename } from '../undo/paper-actions';
import { HeadingField } from './HeadingField';
import { PaperHistory, useHistory } from '../undo/PaperHistory';
import { focusNewSectionTitle } from './focus-new';
import { FindBar } from '../find/FindBar';
import { useReportPaperLength } from '../app/paper-length';
import { Toolbar } from '../editor/Toolbar';
import { journalEntry } from '../app/durable-edits';
import { getAsker } from '../ui/asker';
import { SelectField } from '../ui/fields';
import { AppendixBlock } from './AppendixBlock';
import { ContactsForm } from './ContactsForm';
import { CoverSheetForm } from './CoverSheetForm';
import { ExportButton } from './ExportButton';
import { FootnotesList } from './FootnotesList';
import { Outline } from './Outline';
import { SectionBlock } from './SectionBlock';
import { useFootnoteMarks, usePaperBundle } from './use-paper';

/** A paper, with its one undo history (renderer/undo/) for everything inside it. */
export function PaperScreen({ paperId }: { paperId: string }) {
  return (
    <PaperHistory>
      <PaperView paperId={paperId} />
    </PaperHistory>
  );
}

function PaperView({ paperId }: { paperId: string }) {
  const history = useHistory();
  const bundle = usePaperBundle(paperId);
  useReportPaperLength(bundle);
  const marks = useFootnoteMarks(bundle);
  const sectionLabels = useMemo(() => (bundle?.sections ?? []).map((_, i) => ({ sectionNo: sectionNumber(i), footnoteMarks: marks })), [bundle?.sections.length, marks]);
  const appendixLabels = useMemo(() => ({ sectionNo: null, footnoteMarks: marks }), [marks]);
  const [inserting, setInserting] = useState(false);
  const [finding, setFinding] = useState<'find' | 'replace' | null>(null);
  const activeEditor = useActiveEditor();
  // The editor that had the cursor when the dialog opened: the dialog takes focus, not the editor.
  const [insertTarget, setInsertTarget] = useState<typeof activeEditor>(null);
  const isFinal = bundle?.paper.status === 'final';
  useEffect(() => {
    if (inserting) setInsertTarget(activeEditor);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- captured once, when the dialog opens
  }, [inserting]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'i' && !isFinal) {
        e.preventDefault();
        setInserting(true);
      }
      // Find (Ctrl+F) and Find and replace (Ctrl+H) in the whole paper, instead of the browser's find.
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && (e.key.toLowerCase() === 'f' || e.key.toLowerCase() === 'h') && !document.querySelector('dialog[open]')) {
        e.preventDefault();
        setFinding(e.key.toLowerCase() === 'h' && !isFinal ? 'replace' : 'find');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isFinal]);

  if (bundle === undefined) return <p className="loading">Opening the paper…</p>;
  if (bundle === null)
    return (
      <div className="empty-state">
        <h1>This paper could not be found</h1>
        <p>It may have been deleted. Go back to the list of papers to open another one.</p>
        <button type="button" onClick={() => navigate({ name: 'papers' })}>
          Back to papers
        </button>
      </div>
    );

  const { paper } = bundle;
  const readOnly = paper.status === 'final';
  const addAppendixNow = async () => {
    const title = await getAsker().text({ title: 'New appendix', label: 'Appendix title', confirmLabel: 'Add appendix' });
    if (title !== null) {
      const id = await addAppendixUndoable(history, paper.id, title.trim() || 'Untitled appendix');
      // Its title was just asked for: the cursor goes into its text, in view.
      const el = await focusWhenShown(() => document.querySelector<HTMLElement>(`#appendix-${CSS.escape(id)} .ProseMirror`), { block: 'start' });
      if (el) placeCaretAtEnd(el);
    }
  };

  return (
    <div className="paper-screen">
      {inserting && <InsertBlockDialog paperId={paper.id} editor={insertTarget} onClose={() => setInserting(false)} />}
      <div className="paper-bar">
        <HeadingField
          className="paper-title-field"
          labelVisible
          label="Paper title"
          value={paper.title}
          readOnly={readOnly}
          save={(title) => updatePaper(db, paper.id, { title })}
          journal={journalEntry.paperTitle(paper.id)}
          onRenamed={(from, to) => recordPaperRename(history, paper.id, from, to)}
          findKey="title-paper"
        />
        <SelectField<PaperStatus>
          label="Status"
          value={paper.status}
          options={[
            { value: 'draft', label: 'Draft' },
            { value: 'final', label: 'Final (locked)' },
          ]}
          save={(status) => updatePaper(db, paper.id, { status })}
        />
        <SelectField<FootnoteStyle>
          label="Footnotes"
          value={paper.footnoteStyle}
          disabled={readOnly}
          options={[
            { value: 'letter', label: 'a, b, c' },
            { value: 'number', label: '1, 2, 3' },
          ]}
          save={(footnoteStyle) => updatePaper(db, paper.id, { footnoteStyle })}
        />
        <div className="paper-bar-actions">
          {!readOnly && (
            <button type="button" onClick={() => setInserting(true)} title="Insert a plan update, measures, a chart, a case study or a table (Ctrl+Shift+I)" aria-keyshortcuts="Control+Shift+I">
              Insert data…
            </button>
          )}
          <ExportButton paperId={paper.id} />
        </div>
      </div>
      <div className="paper-tools">
        {readOnly ? (
          <div className="message-bar" role="note">
            This paper is final, so it is locked against changes. Set its status back to Draft to edit it.
          </div>
        ) : (
          <Toolbar onFind={() => setFinding('find')} />
        )}
        {finding && <FindBar mode={finding} history={history} readOnly={readOnly} onClose={() => setFinding(null)} />}
      </div>
      <div className="paper-body">
        <Outline bundle={bundle} readOnly={readOnly} onAddAppendix={() => void addAppendixNow()} />
        <div className="page-scroller">
          <article className={`page ${paper.cover.publicity === 'non-public' ? 'non-public' : ''}`} aria-label="Paper">
            {paper.cover.publicity === 'non-public' && <div className="marking">NON PUBLIC</div>}
            <div id="cover">
              <CoverSheetForm paper={paper} readOnly={readOnly} />
            </div>
            <h1 className="paper-title">{paper.title || 'Untitled paper'}</h1>
            {bundle.sections.length === 0 && <p className="muted">This paper has no sections. Add one to start writing.</p>}
            {bundle.sections.map((s, i) => (
              <SectionBlock
                key={s.id}
                section={s}
                number={sectionNumber(i)}
                isFirst={i === 0}
                isLast={i === bundle.sections.length - 1}
                labels={sectionLabels[i] ?? { sectionNo: sectionNumber(i), footnoteMarks: marks }}
                appendices={bundle.appendices}
                readOnly={readOnly}
              />
            ))}
            {!readOnly && (
              <button type="button" className="add-section" onClick={() => void addSectionUndoable(history, paper.id, bundle.sections.at(-1)?.id, bundle.sections.length + 1).then(focusNewSectionTitle)}>
                + Add section
              </button>
            )}
            <div id="contacts">
              <ContactsForm paper={paper} readOnly={readOnly} />
            </div>
            <FootnotesList bundle={bundle} />
            {bundle.appendices.map((a, i) => (
              <AppendixBlock key={a.id} appendix={a} index={i} count={bundle.appendices.length} labels={appendixLabels} readOnly={readOnly} />
            ))}
          </article>
        </div>
      </div>
    </div>
  );
}
