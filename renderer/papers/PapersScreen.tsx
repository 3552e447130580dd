import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { DragEvent } from 'react';
import { isLive } from '../../shared/records/meta';
import { formatShortDate } from '../../shared/text/dates';
import { navigate } from '../app/route';
import { db } from '../db/database';
import { deletePaper, duplicatePaper, restorePaper } from '../db/papers-repo';
import { getAsker } from '../ui/asker';
import { showToast } from '../ui/toast';
import { openDroppedFile, pickWordPaper } from './open-word-paper';
import { NewPaperDialog } from './NewPaperDialog';
import { listTemplates, startNextPaper } from '../db/issued-repo';
import { listCommittees } from '../db/committees-repo';
import { useTeamReadOnly } from '../sync/team';

/** The list of papers: title, committee, meeting date, status; open, duplicate, delete. */
export function PapersScreen() {
  const data = useLiveQuery(async () => {
    const [papers, committees] = await Promise.all([db.papers.toArray(), db.committees.toArray()]);
    const names = new Map(committees.map((c) => [c.id, c.name]));
    return papers
      .filter(isLive)
      .sort((a, b) => (b.cover.meetingDate || '').localeCompare(a.cover.meetingDate || '') || b.updatedAt.localeCompare(a.updatedAt))
      .map((p) => ({ paper: p, committee: p.cover.committeeId ? (names.get(p.cover.committeeId) ?? '') : '' }));
  }, []);

  const choices = useLiveQuery(async () => ({ templates: await listTemplates(db), committees: await listCommittees(db) }), []);
  const [choosing, setChoosing] = useState(false);
  // New paper asks which kind of document (a committee paper or a plan document) and, for a paper, which template.
  const create = () => setChoosing(true);
  const startNext = async (id: string) => {
    try {
      const next = await startNextPaper(db, id);
      navigate({ name: 'paper', paperId: next });
      showToast({ tone: 'success', text: 'Started the next paper: see the checklist of what to refresh.' });
    } catch (e) {
      showToast({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };
  const duplicate = async (id: string, title: string) => {
    const copy = await duplicatePaper(db, id);
    showToast({
      tone: 'success',
      text: `Copied "${title}". The copy is a draft with the meeting date and agenda item cleared.`,
      action: { label: 'Open copy', run: () => navigate({ name: 'paper', paperId: copy }) },
    });
  };
  const remove = async (id: string, title: string) => {
    const ok = await getAsker().confirm({
      title: 'Delete paper?',
      message: `"${title}" will be removed from the list. You can undo this straight away, and a backup made earlier still contains it.`,
      confirmLabel: 'Delete paper',
      danger: true,
    });
    if (!ok) return;
    await deletePaper(db, id);
    showToast({ text: `"${title}" deleted.`, action: { label: 'Undo', run: () => restorePaper(db, id) } });
  };

  // A team sync role that may only read papers: nothing here may make or remove one (renderer/sync/team.ts).
  const locked = useTeamReadOnly('papers');
  // A Word file dropped anywhere on the list opens as a new paper (not while papers are read-only).
  const [dropping, setDropping] = useState(false);
  const hasFiles = (e: DragEvent) => !locked && [...e.dataTransfer.types].includes('Files');
  const dropProps = {
    onDragOver: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setDropping(true);
    },
    onDragLeave: (e: DragEvent) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropping(false);
    },
    onDrop: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDropping(false);
      const file = e.dataTransfer.files[0];
      if (file) void openDroppedFile(file);
    },
  };

  return (
    <div className={`list-screen papers-drop${dropping ? ' dropping' : ''}`} {...dropProps}>
      {choosing && choices && <NewPaperDialog templates={choices.templates} committees={choices.committees} onClose={() => setChoosing(false)} />}
      <div className="screen-header">
        <h1>Papers</h1>
        <div className="button-row">
          <button
            type="button"
            disabled={locked}
            onClick={() => void pickWordPaper()}
            title="Open a Word (.docx) paper as a new paper; you can also drop the file on this list"
          >
            Open Word paper…
          </button>
          <button type="button" className="primary" disabled={locked} onClick={create}>
            New paper
          </button>
        </div>
      </div>
      {locked && (
        <p className="message-bar read-only-note" role="note" data-testid="team-read-only-screen">
          Read-only: your team sign-in may only read papers, so new, copied or deleted papers would not reach your colleagues.
        </p>
      )}
      <p className="muted small drop-hint">
        {dropping ? 'Drop the Word paper to open it as a new paper.' : 'Start last quarter’s paper from Word: Open Word paper…, or drop a .docx on this list.'}
      </p>
      {data === undefined ? (
        <p className="loading">Loading papers…</p>
      ) : data.length === 0 ? (
        <div className="empty-state">
          <h2>No papers yet</h2>
          <p>
            Create a paper to start from the standard sections of a committee report, open an existing Word paper, or restore your papers from a backup file.
          </p>
          <div className="button-row">
            <button type="button" className="primary" disabled={locked} onClick={create}>
              New paper
            </button>
            <button type="button" disabled={locked} onClick={() => void pickWordPaper()}>
              Open Word paper…
            </button>
            <button type="button" onClick={() => navigate({ name: 'backup' })}>
              Restore from a backup…
            </button>
          </div>
        </div>
      ) : (
        <table className="data-table papers-table">
          <caption className="visually-hidden">Your papers, latest meeting first</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Committee</th>
              <th scope="col">Meeting date</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map(({ paper, committee }) => (
              <tr key={paper.id}>
                <td>
                  <a href={`#/paper/${paper.id}`} className="paper-link">
                    {paper.title || 'Untitled paper'}
                  </a>
                </td>
                <td>{committee || <span className="muted">—</span>}</td>
                <td>{paper.cover.meetingDate ? formatShortDate(paper.cover.meetingDate) : <span className="muted">—</span>}</td>
                <td>
                  <span className={`status-badge status-${paper.status}`}>{paper.status === 'issued' ? 'Issued' : 'Draft'}</span>
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    disabled={locked}
                    onClick={() => void startNext(paper.id)}
                    aria-label={`Start the next paper from ${paper.title}`}
                    title="Next meeting’s paper: blocks move to the next period, with a checklist of what to refresh"
                  >
                    Next paper
                  </button>
                  <button type="button" disabled={locked} onClick={() => void duplicate(paper.id, paper.title)} aria-label={`Duplicate ${paper.title}`}>
                    Duplicate
                  </button>
                  {paper.status !== 'issued' && (
                    <button
                      type="button"
                      className="danger"
                      disabled={locked}
                      onClick={() => void remove(paper.id, paper.title)}
                      aria-label={`Delete ${paper.title}`}
                    >
                      Delete
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
