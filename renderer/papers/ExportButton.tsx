import { useEffect, useState } from 'react';
import { ExportRefusedError } from '../../shared/docx/export';
import { focusWhenShown } from '../ui/focus';
import { showToast } from '../ui/toast';
import { exportPaperToWord } from './export-docx';

/** Export with visible progress; Ctrl+Shift+E does the same. */
export function ExportButton({ paperId }: { paperId: string }) {
  const [step, setStep] = useState<string | null>(null);
  const run = async () => {
    if (step) return;
    try {
      const result = await exportPaperToWord(paperId, setStep);
      if (result.saved) showToast({ tone: 'success', text: `Exported to ${result.location}` });
    } catch (e) {
      showToast({ tone: 'error', text: `The paper could not be exported: ${e instanceof Error ? e.message : String(e)}. Nothing in the paper has changed.` });
      // Take the author to the field to fill in.
      if (e instanceof ExportRefusedError && e.field === 'exemptionReason') void focusWhenShown(() => document.querySelector<HTMLElement>('.cover-exemption textarea'));
    } finally {
      setStep(null);
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
  return (
    <>
      <button type="button" className="primary" onClick={() => void run()} disabled={!!step} title="Export to Word (Ctrl+Shift+E)">
        {step ? 'Exporting…' : 'Export to Word'}
      </button>
      {step && (
        <span className="progress" role="progressbar" aria-label="Export progress" aria-valuetext={step}>
          <span className="spinner" aria-hidden="true" /> {step}
        </span>
      )}
    </>
  );
}
