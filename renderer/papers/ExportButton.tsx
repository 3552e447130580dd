import { useEffect, useRef, useState } from 'react';
import { ExportRefusedError } from '../../shared/docx/export';
import { focusWhenShown } from '../ui/focus';
import { showToast } from '../ui/toast';
import { exportPaperToWord } from './export-docx';
import { ExportCancelledError } from './export/export-client';

interface Progress {
  readonly step: string;
  /** 0–1 while known; undefined while the packer works (the bar shows work going on). */
  readonly fraction: number | undefined;
}

/**
 * Export with visible progress and a Cancel button; Ctrl+Shift+E does the same. The file is built in
 * the export worker, so the window keeps answering while a long paper is built.
 */
export function ExportButton({ paperId }: { paperId: string }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const running = useRef<AbortController | null>(null);
  const exportRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const run = async () => {
    if (running.current) return;
    const controller = new AbortController();
    running.current = controller;
    // Export is disabled while it runs: a keyboard user who pressed it is on Cancel, the next thing to press.
    const fromButton = document.activeElement === exportRef.current;
    setProgress({ step: 'Starting…', fraction: undefined });
    if (fromButton) setTimeout(() => cancelRef.current?.focus(), 0);
    try {
      const result = await exportPaperToWord(paperId, (step, fraction) => !controller.signal.aborted && setProgress({ step, fraction }), controller.signal);
      if (result.saved) {
        const errors = 'openErrors' in result ? (result.openErrors ?? 0) : 0;
        showToast({
          tone: 'success',
          text: `Exported to ${result.location}${errors ? `. The Check found ${errors} error${errors === 1 ? '' : 's'} not accepted: open Check to see ${errors === 1 ? 'it' : 'them'}.` : ''}`,
        });
      }
    } catch (e) {
      if (e instanceof ExportCancelledError) showToast({ tone: 'info', text: e.message });
      else {
        showToast({ tone: 'error', text: `The paper could not be exported: ${e instanceof Error ? e.message : String(e)}. Nothing in the paper has changed.` });
        // Take the author to the field to fill in.
        if (e instanceof ExportRefusedError && e.field === 'exemptionReason')
          void focusWhenShown(() => document.querySelector<HTMLElement>('.cover-exemption textarea'));
      }
    } finally {
      running.current = null;
      const onCancel = document.activeElement === cancelRef.current || document.activeElement === document.body;
      setProgress(null);
      // Cancel goes away with the export: focus goes back to Export rather than being lost.
      if (onCancel) setTimeout(() => exportRef.current?.focus(), 0);
    }
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'e') {
        e.preventDefault();
        void run();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  // Leaving the paper ends an export still building.
  useEffect(() => () => running.current?.abort(), []);
  const percent = progress?.fraction === undefined ? undefined : Math.round(progress.fraction * 100);
  return (
    <>
      <button ref={exportRef} type="button" className="primary" onClick={() => void run()} disabled={!!progress} title="Export to Word (Ctrl+Shift+E)">
        {progress ? 'Exporting…' : 'Export to Word'}
      </button>
      {progress && (
        <>
          <span
            className="progress"
            role="progressbar"
            aria-label="Export progress"
            aria-valuetext={progress.step}
            aria-valuemin={0}
            aria-valuemax={100}
            {...(percent === undefined ? {} : { 'aria-valuenow': percent })}
          >
            <span className="spinner" aria-hidden="true" />
            <span className={percent === undefined ? 'progress-bar busy' : 'progress-bar'} aria-hidden="true">
              <span style={percent === undefined ? undefined : { width: `${percent}%` }} />
            </span>
            {progress.step}
          </span>
          <button ref={cancelRef} type="button" onClick={() => running.current?.abort()}>
            Cancel export
          </button>
        </>
      )}
    </>
  );
}
