// What changed between two states of a paper (two issued versions, or the draft against one): the
// summary to paste into the paper, then per cover field, section, data block and appendix the
// insertions and deletions; exportable as a Word redline with tracked changes.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef } from 'react';
import { comparePapers } from '../../shared/issued/compare';
import type { PaperChanges, PartChanges, TextPiece } from '../../shared/issued/compare';
import type { IssuedVersion } from '../../shared/issued/model';
import type { PaperBundle } from '../../shared/papers/model';
import { nowIso } from '../../shared/records/meta';
import { navigate, routeHref } from '../app/route';
import type { VersionRef } from '../app/route';
import { db } from '../db/database';
import { draftBundle, listVersions } from '../db/issued-repo';
import { formatShortDate } from '../../shared/text/dates';
import { showToast } from '../ui/toast';
import { exportRedlineToWord } from './export-docx';

function Pieces({ pieces }: { pieces: readonly TextPiece[] }) {
  return (
    <>
      {pieces.map((p, i) =>
        p.kind === 'inserted' ? <ins key={i}>{p.text}</ins> : p.kind === 'deleted' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>,
      )}
    </>
  );
}

function Part({ part }: { part: PartChanges }) {
  return (
    <section className="compare-part" aria-labelledby={`cmp-${part.id}`}>
      <h3 id={`cmp-${part.id}`}>
        {part.title} {part.status !== 'changed' && <span className="compare-tag">({part.status})</span>}
      </h3>
      {part.renamedFrom !== null && (
        <p>
          Renamed from <del>{part.renamedFrom}</del>
        </p>
      )}
      <ul className="compare-list">
        {part.paragraphs.map((c, i) => (
          <li key={i}>
            <span className="compare-label">{c.label}</span> <Pieces pieces={c.pieces} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ChangesView({ changes }: { changes: PaperChanges }) {
  return (
    <>
      {changes.fields.length > 0 && (
        <section className="compare-part" aria-labelledby="cmp-cover">
          <h3 id="cmp-cover">Cover sheet</h3>
          <ul className="compare-list">
            {changes.fields.map((f) => (
              <li key={f.field}>
                <span className="compare-label">{f.field}</span> {f.before && <del>{f.before}</del>} {f.after && <ins>{f.after}</ins>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {changes.sections.map((s) => (
        <Part key={s.id} part={s} />
      ))}
      {changes.blocks.map((b) => (
        <section key={b.id} className="compare-part" aria-labelledby={`cmp-${b.id}`}>
          <h3 id={`cmp-${b.id}`}>
            {b.title} {b.status !== 'changed' && <span className="compare-tag">({b.status})</span>}
          </h3>
          <ul className="compare-list">
            {b.rowsAdded.map((r) => (
              <li key={`a${r}`}>
                <span className="compare-label">Added</span> <ins>{r}</ins>
              </li>
            ))}
            {b.rowsRemoved.map((r) => (
              <li key={`r${r}`}>
                <span className="compare-label">Removed</span> <del>{r}</del>
              </li>
            ))}
            {b.statuses.map((s) => (
              <li key={`s${s.row}`}>
                <span className="compare-label">{s.row}</span> status <del>{s.before ?? 'not rated'}</del> <ins>{s.after ?? 'not rated'}</ins>
              </li>
            ))}
            {b.cells.map((c, i) => (
              <li key={`c${i}`}>
                <span className="compare-label">
                  {c.row}, {c.column}
                </span>{' '}
                {c.before && <del>{c.before}</del>} {c.after && <ins>{c.after}</ins>}
              </li>
            ))}
            {[...b.texts, ...b.notes].map((t, i) => (
              <li key={`t${i}`}>
                <span className="compare-label">{t.label}</span> <Pieces pieces={t.pieces} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {changes.appendices.map((a) => (
        <Part key={a.id} part={a} />
      ))}
    </>
  );
}

const refLabel = (ref: VersionRef, versions: readonly IssuedVersion[]) => {
  if (ref === 'draft') return 'the current draft';
  const v = versions.find((x) => x.number === ref);
  return v ? `version ${v.number} (issued ${formatShortDate(v.issuedAt.slice(0, 10))})` : `version ${ref}`;
};

export function CompareScreen({ paperId, from, to }: { paperId: string; from: VersionRef; to: VersionRef }) {
  const data = useLiveQuery(async () => {
    const versions = await listVersions(db, paperId);
    const draft = from === 'draft' || to === 'draft' ? await draftBundle(db, paperId) : null;
    const pick = (r: VersionRef): PaperBundle | null => (r === 'draft' ? draft : (versions.find((v) => v.number === r)?.bundle ?? null));
    return { versions, before: pick(from), after: pick(to), paper: await db.papers.get(paperId) };
  }, [paperId, from, to]);
  const changes = useMemo(() => (data?.before && data.after ? comparePapers(data.before, data.after) : null), [data]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [changes !== null]);

  if (data === undefined) return <p className="loading">Comparing…</p>;
  if (!data.paper || !data.before || !data.after || !changes) {
    return (
      <div className="empty-state">
        <h1>Nothing to compare</h1>
        <p>One of the two versions could not be found. Go back to the paper and choose two from its Versions panel.</p>
        <button type="button" onClick={() => navigate({ name: 'paper', paperId })}>
          Back to the paper
        </button>
      </div>
    );
  }
  const fromLabel = refLabel(from, data.versions);
  const toLabel = refLabel(to, data.versions);
  const toVersion = typeof to === 'number' ? data.versions.find((v) => v.number === to) : undefined;
  const copySummary = async () => {
    try {
      await navigator.clipboard.writeText(changes.summary);
      showToast({ tone: 'success', text: 'Summary copied: paste it into the paper.' });
    } catch {
      showToast({ tone: 'error', text: 'The summary could not be copied here: select it and press Ctrl+C.' });
    }
  };
  const exportRedline = async () => {
    try {
      const r = await exportRedlineToWord(changes, {
        paper: data.after!.paper,
        fromLabel: typeof from === 'number' ? `v${from}` : 'draft',
        toLabel: typeof to === 'number' ? `v${to}` : 'draft',
        author: toVersion?.issuedBy ?? data.paper!.updatedBy,
        date: toVersion?.issuedAt ?? nowIso(),
      });
      if (r.saved) showToast({ tone: 'success', text: `Exported the changes to ${r.location}` });
    } catch (e) {
      showToast({ tone: 'error', text: `The changes could not be exported: ${e instanceof Error ? e.message : String(e)}` });
    }
  };
  return (
    <div className="list-screen compare-screen">
      <p>
        <a href={routeHref({ name: 'paper', paperId })}>← {data.paper.title || 'Untitled paper'}</a>
      </p>
      <div className="screen-header">
        <h1 ref={heading} tabIndex={-1}>
          What changed from {fromLabel} to {toLabel}
        </h1>
        <button type="button" className="primary" onClick={() => void exportRedline()}>
          Export as Word with tracked changes
        </button>
      </div>
      <section className="compare-summary" aria-labelledby="cmp-summary">
        <h2 id="cmp-summary">Summary</h2>
        <p id="compare-summary-text">{changes.summary}</p>
        <button type="button" onClick={() => void copySummary()}>
          Copy summary
        </button>
      </section>
      {changes.summary === 'No changes.' ? <p>Nothing changed between them.</p> : <ChangesView changes={changes} />}
    </div>
  );
}
