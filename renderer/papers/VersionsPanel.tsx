// Every issued version of the paper: number, when, who, note and the fingerprint of its file; open
// one read-only, export its file, or compare any two (or the draft against one).
import { useState } from 'react';
import type { IssuedVersion } from '../../shared/issued/model';
import { navigate } from '../app/route';
import type { VersionRef } from '../app/route';
import { showToast } from '../ui/toast';
import { exportVersionToWord } from './export-docx';

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export function VersionsPanel({ paperId, versions, hasDraft }: { paperId: string; versions: readonly IssuedVersion[]; hasDraft: boolean }) {
  const refs: VersionRef[] = [...versions.map((v) => v.number), ...(hasDraft ? (['draft'] as const) : [])];
  const [from, setFrom] = useState<VersionRef>(refs.length > 1 ? refs[refs.length - 2]! : (refs[0] ?? 1));
  const [to, setTo] = useState<VersionRef>(refs.at(-1) ?? 'draft');
  const label = (r: VersionRef) => (r === 'draft' ? 'Current draft' : `Version ${r}`);
  const parse = (s: string): VersionRef => (s === 'draft' ? 'draft' : Number(s));
  const exportOne = async (n: number) => {
    try {
      const r = await exportVersionToWord(paperId, n);
      if (r.saved) showToast({ tone: 'success', text: `Exported version ${n} to ${r.location}` });
    } catch (e) {
      showToast({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <section className="versions-panel" aria-labelledby="versions-title">
      <h2 id="versions-title">Issued versions</h2>
      {versions.length === 0 ? (
        <p className="muted">
          Not issued yet. When the paper is ready, choose Issue: the version that goes to the panel is kept here exactly as it was, with its Word file.
        </p>
      ) : (
        <table className="data-table versions-table">
          <caption className="visually-hidden">Issued versions, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Issued</th>
              <th scope="col">By</th>
              <th scope="col">Note</th>
              <th scope="col">File (SHA-256)</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id} data-version={v.number}>
                <td>
                  {v.number}
                  {v.bundle.revision ? ' (revised)' : ''}
                </td>
                <td>{when(v.issuedAt)}</td>
                <td>{v.issuedBy}</td>
                <td>{v.note || <span className="muted">—</span>}</td>
                <td>{v.docx ? <code title={v.docx.sha256}>{v.docx.sha256.slice(0, 12)}…</code> : <span className="muted">not kept</span>}</td>
                <td className="row-actions">
                  <button type="button" onClick={() => navigate({ name: 'paperVersion', paperId, number: v.number })} aria-label={`Open version ${v.number}`}>
                    Open
                  </button>
                  <button type="button" onClick={() => void exportOne(v.number)} aria-label={`Export version ${v.number} to Word`}>
                    Export
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {refs.length > 1 && (
        <form
          className="compare-form"
          onSubmit={(e) => {
            e.preventDefault();
            navigate({ name: 'paperCompare', paperId, from, to });
          }}
        >
          <label>
            Compare{' '}
            <select value={String(from)} onChange={(e) => setFrom(parse(e.target.value))}>
              {refs.map((r) => (
                <option key={String(r)} value={String(r)}>
                  {label(r)}
                </option>
              ))}
            </select>
          </label>
          <label>
            with{' '}
            <select value={String(to)} onChange={(e) => setTo(parse(e.target.value))}>
              {refs.map((r) => (
                <option key={String(r)} value={String(r)}>
                  {label(r)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={from === to}>
            Show what changed
          </button>
        </form>
      )}
    </section>
  );
}
