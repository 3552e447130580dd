// The Open XML schema check for `npm run check`: the validator in a worker thread with a time limit
// and a memory cap, so a hostile file cannot hang or exhaust the command. The package must already
// have been opened within shared/ooxml's inflate budget (runCheckCli does that first).
import { Worker } from 'node:worker_threads';

export type SchemaResult = { readonly ok: true; readonly errors: { part: string; xpath: string; description: string }[] } | { readonly ok: false; readonly message: string };

export function validateOoxml(bytes: Uint8Array, timeoutMs: number): Promise<SchemaResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./validate-worker.mjs', import.meta.url), { workerData: { bytes }, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ ok: false, message: `the Open XML schema check did not finish within ${Math.round(timeoutMs / 1000)} s` });
    }, timeoutMs);
    worker.once('message', (m: { ok: true; results: { part: string; xpath: string; description: string }[] } | { ok: false; error: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m.ok ? { ok: true, errors: m.results } : { ok: false, message: `the Open XML validator could not read the file (${m.error.slice(0, 160)})` });
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      resolve({ ok: false, message: `the Open XML schema check failed (${e.message.slice(0, 160)})` });
    });
  });
}
