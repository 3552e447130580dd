// Messages between the app and the export worker (export-worker.ts). Each answer carries its
// request's id; a request is answered by progress messages, then one 'exported', 'checked' or 'failed'.
import type { Clearance } from '../../../shared/clearance/model';
import type { Finding } from '../../../shared/check/model';
import type { ExportJob, ExportProgress } from '../../../shared/docx/export-job';
import type { PaperBundle } from '../../../shared/papers/model';

/** Build a Word file, or run the Check on one just saved (the rules read from the file, as Export reports them). */
export type ExportTask =
  | { readonly task: 'export'; readonly job: ExportJob }
  | { readonly task: 'check'; readonly bundle: PaperBundle; readonly bytes: Uint8Array; readonly clearances: readonly Clearance[] };

export type ExportRequest = { readonly id: number } & ExportTask;

/** An error as it crosses to the app: ExportRefusedError keeps its name and field, so the app can say what to fix. */
export interface ExportFailure {
  readonly name: string;
  readonly message: string;
  readonly field?: 'exemptionReason';
}

export type ExportAnswer =
  | { readonly id: number; readonly type: 'progress'; readonly progress: ExportProgress }
  | { readonly id: number; readonly type: 'exported'; readonly bytes: Uint8Array }
  | { readonly id: number; readonly type: 'checked'; readonly findings: readonly Finding[] }
  | { readonly id: number; readonly type: 'failed'; readonly error: ExportFailure };
