// Runs the Open XML SDK validator (@ooxml-tools/validate, .NET in WebAssembly) in a worker thread, so
// the command line can stop it after a time limit and cap its memory.
import { parentPort, workerData } from 'node:worker_threads';

const { default: validate } = await import('@ooxml-tools/validate');
try {
  const results = await validate(new Uint8Array(workerData.bytes), 'docx', 'Microsoft365');
  parentPort.postMessage({ ok: true, results: results.map((r) => ({ part: r.path?.partUri ?? '', xpath: r.path?.xpath ?? '', description: r.description ?? '' })) });
} catch (e) {
  parentPort.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) });
}
