// Runs the Open XML SDK validator (@ooxml-tools/validate, .NET in WebAssembly) in a worker thread, so
// its caller can stop it after a time limit and cap its memory. Two ways in, one validator:
//   - `npm run check` (scripts/check/validate.ts): one file in workerData, one answer, then it ends;
//   - the desktop app's main process (electron/validate-docx.ts, bundled to dist/electron/): the worker
//     stays, and each message { id, bytes } gets { id, ok, results | error }, so the .NET runtime
//     starts once (about 2 s) and later checks take a fraction of a second.
import { parentPort, workerData } from 'node:worker_threads';

const { default: validate } = await import('@ooxml-tools/validate');

async function run(bytes) {
  try {
    const results = await validate(new Uint8Array(bytes), 'docx', 'Microsoft365');
    return { ok: true, results: results.map((r) => ({ part: r.path?.partUri ?? '', xpath: r.path?.xpath ?? '', description: r.description ?? '' })) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

if (workerData?.bytes) parentPort.postMessage(await run(workerData.bytes));
else {
  // One file at a time: the validator is not reentrant (two at once both fail as "corrupted data").
  let queue = Promise.resolve();
  parentPort.on('message', ({ id, bytes }) => {
    queue = queue.then(async () => parentPort.postMessage({ id, ...(await run(bytes)) }));
  });
}
