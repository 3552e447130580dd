// The Open XML schema check for `npm run check`: the validator in a worker thread with a time limit
// and a memory cap, so a hostile file cannot hang or exhaust the command. The package must already
// have been opened within shared/ooxml's inflate budget (runCheckCli does that first).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * The worker's file: beside this module when run from source, or found from the bundle's folder
 * (.cache/cli/) upwards when `npm run check` runs the bundled command. It stays a file of its own so
 * the 45 MB validator is loaded only when a check runs, from node_modules.
 */
function workerFile(): string {
  const beside = fileURLToPath(new URL('./validate-worker.mjs', import.meta.url));
  if (existsSync(beside)) return beside;
  for (let dir = path.dirname(fileURLToPath(import.meta.url)), n = 0; n < 6; dir = path.dirname(dir), n++) {
    const candidate = path.join(dir, 'scripts', 'check', 'validate-worker.mjs');
    if (existsSync(candidate)) return candidate;
  }
  return beside;
}

export type SchemaResult =
  { readonly ok: true; readonly errors: { part: string; xpath: string; description: string }[] } | { readonly ok: false; readonly message: string };

export function validateOoxml(bytes: Uint8Array, timeoutMs: number): Promise<SchemaResult> {
  return new Promise((resolve) => {
    const worker = new Worker(workerFile(), { workerData: { bytes }, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
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
