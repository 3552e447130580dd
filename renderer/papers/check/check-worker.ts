// The Check off the main thread: the model's rules first (fast), then the paper is exported and the
// rules only the Word file answers run on it. Each answer carries the request's number, so the panel
// keeps only the newest.
import { readDocxForCheck } from '../../../shared/check/read';
import { checkPaper } from '../../../shared/check/run';
import { ExportRefusedError, exportPaperDocx } from '../../../shared/docx/export';
import type { CheckRequest, CheckAnswer } from './check-protocol';

// The newest request per asker (the panel, the Issue dialog), so one never cancels the other's.
const latest = new Map<string, number>();

self.onmessage = async (e: MessageEvent<CheckRequest>) => {
  const { id, bundle, channel } = e.data;
  latest.set(channel, id);
  const post = (a: CheckAnswer) => (self as unknown as Worker).postMessage(a);
  try {
    post({ id, stage: 'model', findings: checkPaper({ bundle }) });
    // Yield once: a newer request that arrived meanwhile makes this export pointless.
    await new Promise((r) => setTimeout(r, 0));
    if (id !== latest.get(channel)) return;
    let exported = null;
    try {
      exported = await readDocxForCheck(await exportPaperDocx(bundle));
    } catch (err) {
      if (!(err instanceof ExportRefusedError)) throw err;
    }
    if (id === latest.get(channel)) post({ id, stage: 'full', findings: checkPaper({ bundle, exported }) });
  } catch (err) {
    post({ id, stage: 'failed', findings: [], error: err instanceof Error ? err.message : String(err) });
  }
};
