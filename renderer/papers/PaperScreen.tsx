import { useEffect, useMemo, useState } from 'react';
import { InsertBlockDialog } from '../blocks/InsertBlockDialog';
import { useBlockNumbers } from '../blocks/block-numbers';
import { useActiveEditor } from '../editor/active-editor';
import type { FootnoteStyle, PaperStatus } from '../../shared/papers/model';
import { sectionNumber } from '../../shared/papers/numbering';
import { navigate } from '../app/route';
import { db } from '../db/database';
import { addAppendix, addSection, updatePaper } from '../db/papers-repo';
import { Toolbar } from '../editor/Toolbar';
import { getAsker } from '../ui/asker';
import { SelectField, TextField } from '../ui/fields';
import { AppendixBlock } from './AppendixBlock';
import { ContactsForm } from './ContactsForm';
import { CoverSheetForm } from './CoverSheetForm';
import { ExportButton } from './ExportButton';
import { FootnotesList } from './FootnotesList';
import { Outline } from './Outline';
import { SectionBlock } from './SectionBlock';
import { useFootnoteMarks, usePaperBundle } from './use-paper';

export function PaperScreen({ paperId }: { paperId: string }) {
  const bundle = usePaperBundle(paperId);
  const marks = useFootnoteMarks(bundle);
  const blockNumbers = useBlockNumbers();
  const sectionLabels = useMemo(() => (bundle?.sections ?? []).map((_, i) => ({ sectionNo: sectionNumber(i), footnoteMarks: marks, blockNumbers })), [bundle?.sections.length, marks, blockNumbers]);
  const appendixLabels = useMemo(() => ({ sectionNo: null, footnoteMarks: marks }), [marks]);
  const [inserting, setInserting] = useState(false);
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
      const id = await addAppendix(db, paper.id, { title: title.trim() || 'Untitled appendix' });
      requestAnimationFrame(() => document.getElementById(`appendix-${id}`)?.scrollIntoView({ block: 'start' }));
    }
  };

  return (
    <div className="paper-screen">
      {inserting && <InsertBlockDialog paperId={paper.id} editor={insertTarget} onClose={() => setInserting(false)} />}
      <div className="paper-bar">
        <TextField className="paper-title-field" label="Paper title" value={paper.title} readOnly={readOnly} save={(title) => updatePaper(db, paper.id, { title })} />
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
      {readOnly ? (
        <div className="message-bar" role="note">
          This paper is final, so it is locked against changes. Set its status back to Draft to edit it.
        </div>
      ) : (
        <Toolbar />
      )}
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
              <button type="button" className="add-section" onClick={() => void addSection(db, paper.id, { afterId: bundle.sections.at(-1)?.id, title: 'New section' })}>
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
