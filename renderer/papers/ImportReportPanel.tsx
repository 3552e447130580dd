// After a Word paper is opened: what it became (sections, numbered paragraphs, footnotes …) and,
// grouped by kind, what was not carried over and where it was, so the author can check those places.
import { useEffect, useRef } from 'react';
import type { ImportNote, ImportNoteKind } from '../../shared/word-import/index';
import { NOTE_HEADINGS, countsSentence } from '../../shared/word-import/index';
import { dismissImportReport, useImportReport } from './import-reports';

export function ImportReportPanel({ paperId }: { paperId: string }) {
  const report = useImportReport(paperId);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = report !== undefined;
  // Focus goes to the report when the paper opens from Word: it is what the author reads next.
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);
  if (!report) return null;
  const groups = new Map<ImportNoteKind, ImportNote[]>();
  for (const n of report.notes) groups.set(n.kind, [...(groups.get(n.kind) ?? []), n]);
  const more = Object.values(report.moreByKind).reduce((a, b) => a + (b ?? 0), 0);
  const total = report.notes.length + more;
  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <div className="import-report-head">
        <h2 id="import-report-title" tabIndex={-1} ref={heading}>
          Opened from Word: {report.fileName}
        </h2>
        <button type="button" onClick={() => dismissImportReport(paperId)}>
          Dismiss report
        </button>
      </div>
      <p>
        {countsSentence(report.counts)}.{' '}
        {total === 0
          ? 'Everything in the file was carried over.'
          : `${total} thing${total === 1 ? ' was' : 's were'} not carried over or changed: check ${total === 1 ? 'it' : 'them'} against the original.`}
      </p>
      {total > 0 && (
        <details open={total <= 8}>
          <summary>What was not carried over, and where</summary>
          {[...groups].map(([kind, notes]) => (
            <div key={kind} className="import-report-group">
              <h3>{NOTE_HEADINGS[kind]}</h3>
              <ul>
                {notes.map((n, i) => (
                  <li key={i}>
                    <strong>{n.where}:</strong> {n.what}
                  </li>
                ))}
                {report.moreByKind[kind] ? <li>and {report.moreByKind[kind]} more like these.</li> : null}
              </ul>
            </div>
          ))}
        </details>
      )}
    </section>
  );
}
