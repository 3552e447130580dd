// What the export worker does with a request: the shared builder and the Check, nothing of the
// app's own. The worker calls it with postMessage; where no worker can start, the app calls it here.
import { readDocxForCheck } from '../../../shared/check/read';
import { checkPaper } from '../../../shared/check/run';
import { clearanceFacts } from '../../../shared/check/rules/clearance';
import { ExportRefusedError } from '../../../shared/docx/export';
import { runExportJob } from '../../../shared/docx/export-job';
import type { ExportAnswer, ExportFailure, ExportRequest } from './export-protocol';

export function failureOf(err: unknown): ExportFailure {
  if (err instanceof ExportRefusedError) return { name: err.name, message: err.message, ...(err.field ? { field: err.field } : {}) };
  return { name: err instanceof Error ? err.name : 'Error', message: err instanceof Error ? err.message : String(err) };
}

/** Answers one request through `post`; `transfer` lists what may be moved rather than copied. */
export async function handleExportRequest(req: ExportRequest, post: (a: ExportAnswer, transfer?: Transferable[]) => void): Promise<void> {
  const { id } = req;
  try {
    if (req.task === 'export') {
      const bytes = await runExportJob(req.job, (progress) => post({ id, type: 'progress', progress }));
      post({ id, type: 'exported', bytes }, [bytes.buffer]);
    } else {
      const clearance = await clearanceFacts(req.clearances, req.bundle.sections);
      post({ id, type: 'checked', findings: checkPaper({ bundle: req.bundle, exported: await readDocxForCheck(req.bytes), clearance }) });
    }
  } catch (err) {
    post({ id, type: 'failed', error: failureOf(err) });
  }
}
