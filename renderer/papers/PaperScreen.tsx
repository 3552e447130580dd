import { useEffect, useMemo, useState } from 'react';
import { InsertBlockDialog } from '../blocks/InsertBlockDialog';
import { useBlockNumbers } from '../blocks/block-numbers';
import { placeCaretAtEnd, useActiveEditor } from '../editor/active-editor';
import { focusWhenShown } from '../ui/focus';
import type { FootnoteStyle, PaperKind } from '../../shared/papers/model';
import { PAPER_KIND_LABEL, isPlanDocument, paperKind } from '../../shared/papers/document-kind';
import { trackWrite } from '../app/save-state';
import { ContentsPreview } from './ContentsPreview';
import { TitlePageForm } from './TitlePageForm';
import { useLiveQuery } from 'dexie-react-hooks';
import { FrozenBlocks, PaperStyle } from '../blocks/use-block-content';
import { DEFAULT_HOUSE_STYLE } from '../../shared/house-style/model';
import { listVersions, revisePaper, saveTemplate, startNextPaper } from '../db/issued-repo';
import { formatShortDate } from '../../shared/text/dates';
import { showToast } from '../ui/toast';
import { ChecklistPanel } from './ChecklistPanel';
import { CheckPanel } from './check/CheckPanel';
import { usePaperCheck } from './check/use-check';
import { exportVersionToWord } from './export-docx';
import { IssueDialog } from './IssueDialog';
import { PrintPreview } from './PrintPreview';
import { VersionsPanel } from './VersionsPanel';
import { ReviewPanel } from './review/ReviewPanel';
import { ReviewContext, useReviewView } from './review/use-review';
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
import { ImportReportPanel } from './ImportReportPanel';
import { Outline } from './Outline';
import { SectionBlock } from './SectionBlock';
import { useFootnoteMarks, usePaperBundle } from './use-paper';
import { useTeamReadOnly } from '../sync/team';

/** A paper, with its one undo history (renderer/undo/) for everything inside it. */
export function PaperScreen({ paperId, versionNumber }: { paperId: string; versionNumber?: number }) {
  return (
    <PaperHistory>
      <PaperView paperId={paperId} versionNumber={versionNumber} />
    </PaperHistory>
  );
}

function PaperView({ paperId, versionNumber }: { paperId: string; versionNumber?: number | undefined }) {
  const history = useHistory();
  const current = usePaperBundle(paperId);
  const versions = useLiveQuery(() => listVersions(db, paperId), [paperId]);
  const shown = versionNumber !== undefined ? versions?.find((v) => v.number === versionNumber) : undefined;
  // An older version opened read-only shows that version; otherwise the paper (an issued one shows its latest version).
  const bundle = versionNumber !== undefined ? (versions === undefined ? undefined : (shown?.bundle ?? null)) : current;
  const [issuing, setIssuing] = useState(false);
  const [showVersions, setShowVersions] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const [showReview, setShowReview] = useState(false);
  // Review and clearance belong to the paper being written, never to an older version opened to read.
  const review = useReviewView(versionNumber === undefined ? current : null);
  useReportPaperLength(bundle);
  const [showCheck, setShowCheck] = useState(false);
  // Runs only while the panel is open, in a worker, a moment after the stored paper changes.
  const check = usePaperCheck(paperId, current, showCheck && versionNumber === undefined);
  const marks = useFootnoteMarks(bundle);
  const blockNumbers = useBlockNumbers();
  const plan = bundle ? isPlanDocument(bundle.paper) : false;
  const numberedHeadings = plan && bundle?.paper.numberedHeadings === true;
  // A plan document's paragraphs are unnumbered; its sub-headings show 1.1 / 1.1.1 when headings are numbered.
  const sectionLabels = useMemo(
    () =>
      (bundle?.sections ?? []).map((_, i) => ({
        sectionNo: plan ? null : sectionNumber(i),
        footnoteMarks: marks,
        blockNumbers,
        headingsOf: numberedHeadings ? sectionNumber(i) : null,
      })),
    [bundle?.sections.length, marks, blockNumbers, plan, numberedHeadings],
  );
  const appendixLabels = useMemo(() => ({ sectionNo: null, footnoteMarks: marks }), [marks]);
  const [inserting, setInserting] = useState(false);
  // Which bar, and how many times it was asked for: Ctrl+F again, with the bar open, goes back to its field.
  const [finding, setFindingMode] = useState<{ mode: 'find' | 'replace'; asked: number } | null>(null);
  const setFinding = (mode: 'find' | 'replace' | null) => setFindingMode((f) => (mode ? { mode, asked: (f?.asked ?? 0) + 1 } : null));
  const activeEditor = useActiveEditor();
  // The editor that had the cursor when the dialog opened: the dialog takes focus, not the editor.
  const [insertTarget, setInsertTarget] = useState<typeof activeEditor>(null);
  // Connected to team sync with a role that may only read papers (a reviewer's, a lead officer's):
  // changed here they would never be sent, so they cannot be changed here either.
  const teamLocked = useTeamReadOnly('papers');
  const reviewLocked = useTeamReadOnly('reviewItems');
  const isFinal = bundle?.paper.status === 'issued' || versionNumber !== undefined || teamLocked;
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
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        setPreviewing(true);
      }
      // Find (Ctrl+F) and Find and replace (Ctrl+H) in the whole paper, instead of the browser's find.
      // An issued paper (or an older version) can be searched, never changed: Ctrl+H only finds.
      if (
        (e.ctrlKey || e.metaKey) &&
        !e.shiftKey &&
        !e.altKey &&
        (e.key.toLowerCase() === 'f' || e.key.toLowerCase() === 'h') &&
        !document.querySelector('dialog[open]')
      ) {
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
  const readOnly = isFinal;
  const issuedOrOld = paper.status === 'issued' || versionNumber !== undefined;
  // the committee's house style (an issued version: the one it was issued in)
  const style = bundle.style ?? DEFAULT_HOUSE_STYLE;
  const footnotesFixed = style.footnotes !== 'asPaper';
  const latest = versions?.at(-1);
  const viewed = shown ?? (paper.status === 'issued' ? latest : undefined);
  const revise = async () => {
    await revisePaper(db, paper.id);
    showToast({
      tone: 'success',
      text: `Revising: this is now the draft of version ${(versions?.length ?? 0) + 1}. Version ${versions?.length ?? 1} stays exactly as it was issued.`,
    });
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
    showToast({
      tone: 'success',
      text: `Saved the template “${name.trim() || paper.title}”: New paper offers it${paper.cover.committeeId ? ' for this committee' : ''}.`,
    });
  };
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
    <FrozenBlocks.Provider value={viewed ? viewed.bundle.blocks : null}>
      <PaperStyle.Provider value={style}>
        <ReviewContext.Provider value={versionNumber === undefined ? review : null}>
          <div className="paper-screen">
            {inserting && <InsertBlockDialog paperId={paper.id} editor={insertTarget} onClose={() => setInserting(false)} />}
            {previewing && <PrintPreview paperId={paper.id} versionNumber={versionNumber} onClose={() => setPreviewing(false)} />}
            {issuing && <IssueDialog paperId={paper.id} nextNumber={(versions?.length ?? 0) + 1} onClose={() => setIssuing(false)} />}
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
              <span className={`status-badge status-${viewed ? 'issued' : 'draft'}`} aria-label="Status">
                {viewed ? `Issued v${viewed.number}` : versions?.length ? `Draft of v${versions.length + 1}` : 'Draft'}
              </span>
              <SelectField<PaperKind>
                label="Kind"
                value={paperKind(paper)}
                disabled={readOnly}
                options={(Object.keys(PAPER_KIND_LABEL) as PaperKind[]).map((k) => ({ value: k, label: PAPER_KIND_LABEL[k] }))}
                save={(kind) => updatePaper(db, paper.id, { kind })}
              />
              {plan && (
                <label className="check">
                  <input
                    type="checkbox"
                    checked={paper.numberedHeadings === true}
                    disabled={readOnly}
                    onChange={(e) => void trackWrite(() => updatePaper(db, paper.id, { numberedHeadings: e.target.checked }))}
                  />{' '}
                  Numbered headings
                </label>
              )}
              <SelectField<FootnoteStyle>
                label={footnotesFixed ? 'Footnotes (house style)' : 'Footnotes'}
                value={footnotesFixed ? style.footnotes : paper.footnoteStyle}
                disabled={readOnly || footnotesFixed}
                options={[
                  { value: 'letter', label: 'a, b, c' },
                  { value: 'number', label: '1, 2, 3' },
                ]}
                save={(footnoteStyle) => updatePaper(db, paper.id, { footnoteStyle })}
              />
              <div className="paper-bar-actions">
                {!readOnly && (
                  <button
                    type="button"
                    onClick={() => setInserting(true)}
                    title="Insert a plan update, measures, a chart, a case study or a table (Ctrl+Shift+I)"
                    aria-keyshortcuts="Control+Shift+I"
                  >
                    Insert data…
                  </button>
                )}
                {!readOnly && (
                  <button type="button" onClick={() => setIssuing(true)} title="Keep the paper as it is now as an issued version that never changes">
                    Issue…
                  </button>
                )}
                {versionNumber === undefined && (
                  <button
                    type="button"
                    aria-expanded={showCheck}
                    aria-controls="check-panel"
                    title="Check accessibility, governance and plain English before the paper goes out"
                    onClick={() => {
                      setShowCheck((v) => !v);
                      if (!showCheck) requestAnimationFrame(() => document.getElementById('check-title')?.focus());
                    }}
                  >
                    Check
                  </button>
                )}
                {versionNumber === undefined && (
                  <button
                    type="button"
                    aria-expanded={showReview}
                    aria-controls="review-panel"
                    onClick={() => setShowReview((v) => !v)}
                    title="Who must clear which section; send the draft for review; take in reviewers' Word files"
                  >
                    Review &amp; clearance{review?.blockers?.length ? ` (${review.blockers.length} to clear)` : ''}
                  </button>
                )}
                <button type="button" aria-expanded={showVersions} aria-controls="versions-panel" onClick={() => setShowVersions((v) => !v)}>
                  Versions{versions?.length ? ` (${versions.length})` : ''}
                </button>
                <button
                  type="button"
                  onClick={() => setPreviewing(true)}
                  title="See the Word file page by page, as the panel will (Ctrl+Shift+P)"
                  aria-keyshortcuts="Control+Shift+P"
                >
                  Print preview
                </button>
                {versionNumber === undefined && <ExportButton paperId={paper.id} />}
              </div>
            </div>
            {showReview && versionNumber === undefined && (
              <div id="review-panel">
                <ReviewPanel paper={paper} sections={bundle.sections} readOnly={issuedOrOld || reviewLocked} />
              </div>
            )}
            {showVersions && (
              <div id="versions-panel">
                <VersionsPanel paperId={paper.id} versions={versions ?? []} hasDraft={paper.status === 'draft' || versionNumber !== undefined} />
              </div>
            )}
            <div className="paper-tools">
              {teamLocked && !viewed && (
                <p className="message-bar read-only-note" role="note" data-testid="team-read-only-paper">
                  Read-only: your team sign-in may only read papers, so changes made here would not reach your colleagues. Settings → Team shows what you can
                  change.
                </p>
              )}
              {viewed ? (
                <div className="message-bar issued-bar" role="note">
                  <span id="issued-note" tabIndex={-1}>
                    {versionNumber !== undefined ? `You are reading version ${viewed.number}, ` : ''}Issued as version {viewed.number} on{' '}
                    {formatShortDate(viewed.issuedAt.slice(0, 10))} by {viewed.issuedBy}
                    {viewed.note ? ` (${viewed.note})` : ''}. This is the record of what went to the panel; it cannot be changed.
                  </span>
                  <span className="button-row">
                    {versionNumber !== undefined ? (
                      <>
                        <button
                          type="button"
                          onClick={() =>
                            void exportVersionToWord(paper.id, viewed.number).then(
                              (r) => r.saved && showToast({ tone: 'success', text: `Exported version ${viewed.number} to ${r.location}` }),
                            )
                          }
                        >
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
                <Toolbar onFind={() => setFinding('find')} />
              )}
              {finding && <FindBar mode={finding.mode} asked={finding.asked} history={history} readOnly={readOnly} onClose={() => setFinding(null)} />}
            </div>
            <div className="paper-notices">
              <ImportReportPanel paperId={paper.id} />
            </div>
            <div className={`paper-body${showCheck ? ' with-check' : ''}`}>
              <div className="paper-side">
                {showCheck && versionNumber === undefined && (
                  <div id="check-panel">
                    <CheckPanel paper={paper} state={check} readOnly={readOnly} />
                  </div>
                )}
                <Outline
                  bundle={bundle}
                  readOnly={readOnly}
                  planDocument={plan}
                  numberedHeadings={numberedHeadings}
                  onAddAppendix={() => void addAppendixNow()}
                />
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
                <article
                  className={`page${paper.cover.publicity === 'non-public' ? ' non-public' : ''}${style.headingCase === 'asTyped' ? ' headings-as-typed' : ''}${plan ? ' plan-document' : ''}`}
                  aria-label={plan ? 'Plan document' : 'Paper'}
                >
                  {paper.cover.publicity === 'non-public' && <div className="marking">NON PUBLIC</div>}
                  {plan ? (
                    <div id="cover">
                      <h1 className="paper-title">{paper.title || 'Untitled plan'}</h1>
                      <TitlePageForm paper={paper} readOnly={readOnly} />
                      <ContentsPreview bundle={bundle} />
                    </div>
                  ) : (
                    <>
                      <div id="cover">
                        <CoverSheetForm paper={paper} readOnly={readOnly} />
                      </div>
                      <h1 className="paper-title">{paper.title || 'Untitled paper'}</h1>
                    </>
                  )}
                  {bundle.sections.length === 0 && <p className="muted">This paper has no sections. Add one to start writing.</p>}
                  {bundle.sections.map((s, i) => (
                    <SectionBlock
                      key={s.id}
                      section={s}
                      number={sectionNumber(i)}
                      showNumber={!plan || numberedHeadings}
                      planDocument={plan}
                      isFirst={i === 0}
                      isLast={i === bundle.sections.length - 1}
                      labels={sectionLabels[i] ?? { sectionNo: plan ? null : sectionNumber(i), footnoteMarks: marks }}
                      appendices={bundle.appendices}
                      readOnly={readOnly}
                    />
                  ))}
                  {!readOnly && (
                    <button
                      type="button"
                      className="add-section"
                      onClick={() =>
                        void addSectionUndoable(history, paper.id, bundle.sections.at(-1)?.id, bundle.sections.length + 1).then(focusNewSectionTitle)
                      }
                    >
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
      </PaperStyle.Provider>
    </FrozenBlocks.Provider>
  );
}
