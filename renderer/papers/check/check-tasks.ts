// The Check off the main thread: the model's rules first (fast), then the paper is exported and the
// rules only the Word file answers run on it. Each answer carries the request's number, so the panel
// keeps only the newest. Asked for (the host validates Word files), the export's bytes go back with
// the full answer, so the schema check reads the very file the other rules read (no second export).
import { readDocxForCheck } from '../../../shared/check/read';
import { checkPaper } from '../../../shared/check/run';
import { clearanceFacts } from '../../../shared/check/rules/clearance';
import { ExportRefusedError, exportPaperDocx } from '../../../shared/docx/export';
import type { CheckAnswer, CheckRequest } from './check-protocol';

export type PostAnswer = (answer: CheckAnswer, transfer?: Transferable[]) => void;

/** One worker's state: the newest request per asker (the panel, the Issue dialog), so one never cancels the other's. */
export function checkTasks(): (request: CheckRequest, post: PostAnswer) => Promise<void> {
  const latest = new Map<string, number>();
  return async ({ id, bundle, channel, clearances, wantDocx }, post) => {
    latest.set(channel, id);
    try {
      const clearance = await clearanceFacts(clearances, bundle.sections);
      post({ id, stage: 'model', findings: checkPaper({ bundle, clearance }) });
      // Yield once: a newer request that arrived meanwhile makes this export pointless.
      await new Promise((r) => setTimeout(r, 0));
      if (id !== latest.get(channel)) return;
      let bytes: Uint8Array | null = null;
      let exported = null;
      try {
        bytes = await exportPaperDocx(bundle);
        exported = await readDocxForCheck(bytes);
      } catch (err) {
        if (!(err instanceof ExportRefusedError)) throw err;
        bytes = null;
      }
      if (id !== latest.get(channel)) return;
      const findings = checkPaper({ bundle, exported, clearance });
      if (wantDocx && bytes) post({ id, stage: 'full', findings, docx: bytes }, [bytes.buffer]);
      else post({ id, stage: 'full', findings });
    } catch (err) {
      post({ id, stage: 'failed', findings: [], error: err instanceof Error ? err.message : String(err) });
    }
  };
}
