import { useEffect, useMemo, useState } from 'react';
import { InsertBlockDialog } from '../blocks/InsertBlockDialog';
import { useActiveEditor } from '../editor/active-editor';
import type { FootnoteStyle } from '../../shared/papers/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { FrozenBlocks } from '../blocks/use-block-content';
import { listVersions, revisePaper, saveTemplate, startNextPaper } from '../db/issued-repo';
import { formatShortDate } from '../ui/format';
import { showToast } from '../ui/toast';
import { ChecklistPanel } from './ChecklistPanel';
import { exportVersionToWord } from './export-docx';
import { IssueDialog } from './IssueDialog';
import { VersionsPanel } from './VersionsPanel';
import { ReviewPanel } from './review/ReviewPanel';
import { ReviewContext, useReviewView } from './review/use-review';
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
import { ImportReportPanel } from './ImportReportPanel';
import { Outline } from './Outline';
import { SectionBlock } from './SectionBlock';
import { useFootnoteMarks, usePaperBundle } from './use-paper';

export function PaperScreen({ paperId, versionNumber }: { paperId: string; versionNumber?: number }) {
  const current = usePaperBundle(paperId);
  const versions = useLiveQuery(() => listVersions(db, paperId), [paperId]);
  const shown = versionNumber !== undefined ? versions?.find((v) => v.number === versionNumber) : undefined;
  // An older version opened read-only shows that version; otherwise the paper (an issued one shows its latest version).
  const bundle = versionNumber !== undefined ? (versions === undefined ? undefined : (shown?.bundle ?? null)) : current;
  const [issuing, setIssuing] = useState(false);
  const [showVersions, setShowVersions] = useState(false);
  const [showReview, setShowReview] = useState(false);
  // Review and clearance belong to the paper being written, never to an older version opened to read.
  const review = useReviewView(versionNumber === undefined ? current : null);
  const marks = useFootnoteMarks(bundle);
  const sectionLabels = useMemo(() => (bundle?.sections ?? []).map((_, i) => ({ sectionNo: sectionNumber(i), footnoteMarks: marks })), [bundle?.sections.length, marks]);
  const appendixLabels = useMemo(() => ({ sectionNo: null, footnoteMarks: marks }), [marks]);
  const [inserting, setInserting] = useState(false);
  const activeEditor = useActiveEditor();
  // The editor that had the cursor when the dialog opened: the dialog takes focus, not the editor.
  const [insertTarget, setInsertTarget] = useState<typeof activeEditor>(null);
  const isFinal = bundle?.paper.status === 'issued' || versionNumber !== undefined;
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
  const readOnly = isFinal;
  const latest = versions?.at(-1);
  const viewed = shown ?? (paper.status === 'issued' ? latest : undefined);
  const revise = async () => {
    await revisePaper(db, paper.id);
    showToast({ tone: 'success', text: `Revising: this is now the draft of version ${(versions?.length ?? 0) + 1}. Version ${versions?.length ?? 1} stays exactly as it was issued.` });
  };
  const startNext = async () => {
    try {
      const id = await startNextPaper(db, paper.id);
      navigate({ name: 'paper', paperId: id });
      showToast({ tone: 'success', text: 'Started the next paper from this one: see the checklist of what to refresh.' });
    } catch (e) {
      showToast({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };
  const saveAsTemplate = async () => {
    const name = await getAsker().text({ title: 'Save as template', label: 'Template name', initial: paper.title, confirmLabel: 'Save template' });
    if (name === null) return;
    await saveTemplate(db, paper.id, name, paper.cover.committeeId);
    showToast({ tone: 'success', text: `Saved the template “${name.trim() || paper.title}”: New paper offers it${paper.cover.committeeId ? ' for this committee' : ''}.` });
  };
  const addAppendixNow = async () => {
    const title = await getAsker().text({ title: 'New appendix', label: 'Appendix title', confirmLabel: 'Add appendix' });
    if (title !== null) {
      const id = await addAppendix(db, paper.id, { title: title.trim() || 'Untitled appendix' });
      requestAnimationFrame(() => document.getElementById(`appendix-${id}`)?.scrollIntoView({ block: 'start' }));
    }
  };

  return (
    <FrozenBlocks.Provider value={viewed ? viewed.bundle.blocks : null}>
    <ReviewContext.Provider value={versionNumber === undefined ? review : null}>
    <div className="paper-screen">
      {inserting && <InsertBlockDialog paperId={paper.id} editor={insertTarget} onClose={() => setInserting(false)} />}
      {issuing && <IssueDialog paperId={paper.id} nextNumber={(versions?.length ?? 0) + 1} onClose={() => setIssuing(false)} />}
      <div className="paper-bar">
        <TextField className="paper-title-field" label="Paper title" value={paper.title} readOnly={readOnly} save={(title) => updatePaper(db, paper.id, { title })} />
        <span className={`status-badge status-${viewed ? 'issued' : 'draft'}`} aria-label="Status">
          {viewed ? `Issued v${viewed.number}` : versions?.length ? `Draft of v${versions.length + 1}` : 'Draft'}
        </span>
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
          {!readOnly && (
            <button type="button" onClick={() => setIssuing(true)} title="Keep the paper as it is now as an issued version that never changes">
              Issue…
            </button>
          )}
          {versionNumber === undefined && (
            <button type="button" aria-expanded={showReview} aria-controls="review-panel" onClick={() => setShowReview((v) => !v)} title="Who must clear which section; send the draft for review; take in reviewers' Word files">
              Review &amp; clearance{review?.blockers?.length ? ` (${review.blockers.length} to clear)` : ''}
            </button>
          )}
          <button type="button" aria-expanded={showVersions} aria-controls="versions-panel" onClick={() => setShowVersions((v) => !v)}>
            Versions{versions?.length ? ` (${versions.length})` : ''}
          </button>
          {versionNumber === undefined && <ExportButton paperId={paper.id} />}
        </div>
      </div>
      {showReview && versionNumber === undefined && (
        <div id="review-panel">
          <ReviewPanel paper={paper} sections={bundle.sections} readOnly={readOnly} />
        </div>
      )}
      {showVersions && (
        <div id="versions-panel">
          <VersionsPanel paperId={paper.id} versions={versions ?? []} hasDraft={paper.status === 'draft' || versionNumber !== undefined} />
        </div>
      )}
      {viewed ? (
        <div className="message-bar issued-bar" role="note">
          <span id="issued-note" tabIndex={-1}>
            {versionNumber !== undefined ? `You are reading version ${viewed.number}, ` : ''}Issued as version {viewed.number} on {formatShortDate(viewed.issuedAt.slice(0, 10))} by {viewed.issuedBy}
            {viewed.note ? ` (${viewed.note})` : ''}. This is the record of what went to the panel; it cannot be changed.
          </span>
          <span className="button-row">
            {versionNumber !== undefined ? (
              <>
                <button type="button" onClick={() => void exportVersionToWord(paper.id, viewed.number).then((r) => r.saved && showToast({ tone: 'success', text: `Exported version ${viewed.number} to ${r.location}` }))}>
                  Export this version
                </button>
                <button type="button" onClick={() => navigate({ name: 'paper', paperId: paper.id })}>
                  Back to the paper
                </button>
              </>
            ) : (
              <>
                <button type="button" onClick={() => void revise()} title="Start a new draft of this paper; the issued version stays as it went out">
                  Revise
                </button>
                <button type="button" onClick={() => void startNext()}>
                  Start the next paper from this one
                </button>
              </>
            )}
          </span>
        </div>
      ) : (
        <Toolbar />
      )}
      <div className="paper-notices">
        <ImportReportPanel paperId={paper.id} />
      </div>
      <div className="paper-body">
        <div className="paper-side">
          <Outline bundle={bundle} readOnly={readOnly} onAddAppendix={() => void addAppendixNow()} />
          {versionNumber === undefined && <ChecklistPanel paper={paper} readOnly={readOnly} />}
          {versionNumber === undefined && (
            <div className="side-actions">
              {paper.status === 'draft' && (
                <button type="button" className="link-button" onClick={() => void startNext()}>
                  Start the next paper from this one
                </button>
              )}
              <button type="button" className="link-button" onClick={() => void saveAsTemplate()}>
                Save as template…
              </button>
            </div>
          )}
        </div>
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
    </ReviewContext.Provider>
    </FrozenBlocks.Provider>
  );
}
