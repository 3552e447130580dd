// The app's side of the export worker: one warm worker for every export (the Word builder loads
// once), progress as the worker reports it, and Cancel, which ends the worker at once — a long
// build cannot be interrupted any other way — and starts a fresh one for whatever else was waiting.
// Where a worker cannot start (a host that refuses module workers), the same tasks run here.
import type { Clearance } from '../../../shared/clearance/model';
import type { Finding } from '../../../shared/check/model';
import { ExportRefusedError } from '../../../shared/docx/export';
import type { ExportJob, ExportProgress } from '../../../shared/docx/export-job';
import type { PaperBundle } from '../../../shared/papers/model';
import type { ExportAnswer, ExportFailure, ExportRequest, ExportTask } from './export-protocol';
import { handleExportRequest } from './export-tasks';

/** The author cancelled: nothing was saved. */
export class ExportCancelledError extends Error {
  override name = 'ExportCancelledError';
  constructor() {
    super('The export was cancelled. Nothing was saved.');
  }
}

interface Pending {
  readonly request: ExportRequest;
  readonly onProgress: (p: ExportProgress) => void;
  readonly resolve: (a: ExportAnswer) => void;
  readonly reject: (e: Error) => void;
}

const pending = new Map<number, Pending>();
let nextId = 1;
/** undefined: not started yet; null: workers cannot start here, so tasks run on this thread. */
let current: Worker | null | undefined;

function start(): Worker | null {
  try {
    const w = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (e: MessageEvent<ExportAnswer>) => {
      const p = pending.get(e.data.id);
      if (!p) return;
      if (e.data.type === 'progress') p.onProgress(e.data.progress);
      else {
        pending.delete(e.data.id);
        p.resolve(e.data);
      }
    });
    // The worker's script could not load: run what waits, and all later tasks, here.
    w.addEventListener('error', (e) => {
      e.preventDefault();
      if (current !== w) return;
      w.terminate();
      current = null;
      for (const p of pending.values()) runHere(p);
    });
    return w;
  } catch {
    return null;
  }
}

function runHere(p: Pending): void {
  void handleExportRequest(p.request, (a) => {
    if (!pending.has(a.id)) return; // cancelled meanwhile
    if (a.type === 'progress') p.onProgress(a.progress);
    else {
      pending.delete(a.id);
      p.resolve(a);
    }
  });
}

function worker(): Worker | null {
  if (current === undefined) current = start();
  return current;
}

function send(p: Pending): void {
  const w = worker();
  if (w) w.postMessage(p.request);
  else runHere(p);
}

/** Ends the worker in the middle of `id`'s task; the other tasks waiting go to a fresh worker. */
function cancel(id: number): void {
  const p = pending.get(id);
  if (!p) return;
  pending.delete(id);
  p.reject(new ExportCancelledError());
  if (current) {
    current.terminate();
    current = undefined;
    for (const other of pending.values()) send(other);
  }
}

function run(task: ExportTask, options: { onProgress?: (p: ExportProgress) => void; signal?: AbortSignal | undefined }): Promise<ExportAnswer> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(new ExportCancelledError());
  return new Promise<ExportAnswer>((resolve, reject) => {
    const id = nextId++;
    const onAbort = () => cancel(id);
    signal?.addEventListener('abort', onAbort, { once: true });
    const done =
      <T>(f: (v: T) => void) =>
      (v: T) => {
        signal?.removeEventListener('abort', onAbort);
        f(v);
      };
    const p: Pending = { request: { id, ...task }, onProgress: options.onProgress ?? (() => {}), resolve: done(resolve), reject: done(reject) };
    pending.set(id, p);
    send(p);
  });
}

function errorOf(f: ExportFailure): Error {
  if (f.name === 'ExportRefusedError') return new ExportRefusedError(f.message, f.field);
  const e = new Error(f.message);
  e.name = f.name;
  return e;
}

/** The Word file for `job`, built in the worker; rejects with ExportCancelledError when `signal` aborts. */
export async function buildDocx(
  job: ExportJob,
  options: { onProgress?: (p: ExportProgress) => void; signal?: AbortSignal | undefined } = {},
): Promise<Uint8Array> {
  const a = await run({ task: 'export', job }, options);
  if (a.type === 'exported') return a.bytes;
  throw errorOf(a.type === 'failed' ? a.error : { name: 'Error', message: 'The export worker gave an unexpected answer.' });
}

/** The Check on a Word file just saved (the rules read from the file too), in the worker. */
export async function checkDocx(bundle: PaperBundle, bytes: Uint8Array, clearances: readonly Clearance[]): Promise<readonly Finding[]> {
  const a = await run({ task: 'check', bundle, bytes, clearances }, {});
  if (a.type === 'checked') return a.findings;
  throw errorOf(a.type === 'failed' ? a.error : { name: 'Error', message: 'The export worker gave an unexpected answer.' });
}
