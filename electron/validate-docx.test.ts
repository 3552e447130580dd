// The desktop app's Open XML schema check (HostApi.validateDocx), in Node: the IPC handler with the
// real validator, bundled as the app ships it (dist/electron/validate-worker.mjs, built here into a
// temporary folder), on a valid paper and on one Word would repair; then the time limit, the order of
// checks and what happens when the worker dies, with a stand-in worker.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPaperDocx } from '../shared/docx/export';
import { IPC, type DocxValidation } from '../shared/host/api';
import { bundlePaper } from '../shared/papers/bundle';
import { SAMPLE_PAPER_ID } from '../shared/sample/paper';
import { sampleSnapshot } from '../shared/sample/reference-paper';
import { registerHandlers, type HandlerDeps, type InvokeEventLike } from './ipc-handlers';
import { createDocxValidator, nodeValidatorWorker, type DocxValidator, type ValidatorWorker } from './validate-docx';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;
const APP: InvokeEventLike = { senderFrame: { url: 'app://panelwright/index.html' } };
const FORGED: InvokeEventLike = { senderFrame: { url: 'https://evil.example/' } };

/** The IPC handler with the given validator; every other dependency does nothing. */
function validateHandler(validateDocx: HandlerDeps<object>['validateDocx']): (event: InvokeEventLike, bytes: unknown) => Promise<unknown> {
  const handlers = new Map<string, Listener>();
  const none = () => Promise.reject(new Error('not used'));
  registerHandlers<object>({
    ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener) },
    dialog: { showSaveDialog: none, showOpenDialog: none },
    shell: { openExternal: none },
    fs: { writeFile: none, readFile: none, stat: none },
    app: { getVersion: () => '0', getPath: () => '/tmp' },
    getWindow: () => null,
    autoBackups: { write: none, list: none, read: none },
    openedFiles: { take: () => Promise.resolve(null) },
    validateDocx,
    allowSyncServer: () => undefined,
  });
  return (event, bytes) => handlers.get(IPC.validateDocx)!(event, bytes);
}

/** The sample paper with an element Word's schema does not allow in the body: Word would "repair" it. */
async function brokenDocx(valid: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(valid);
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', xml.replace('<w:body>', '<w:body><w:notAnElement w:val="x"/>'));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('the Open XML schema check in the desktop app (real validator)', () => {
  let validator: DocxValidator;
  let valid: Uint8Array;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'panelwright-validator-'));
    const outfile = join(dir, 'validate-worker.mjs');
    // As scripts/build-electron.mjs bundles it for the app.
    await build({
      entryPoints: ['scripts/check/validate-worker.mjs'],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      logLevel: 'silent',
    });
    validator = createDocxValidator({ startWorker: nodeValidatorWorker(outfile) });
    valid = await exportPaperDocx(bundlePaper(sampleSnapshot(), SAMPLE_PAPER_ID)!);
  }, 60_000);
  afterAll(() => validator.stop());

  it('finds nothing wrong with the exported sample paper, and names the part and place of an element Word would repair', { timeout: 180_000 }, async () => {
    const validate = validateHandler((bytes) => validator.validate(bytes));
    expect(await validate(APP, valid)).toEqual({ ok: true, errors: [] });
    const broken = (await validate(APP, await brokenDocx(valid))) as DocxValidation;
    expect(broken.ok).toBe(true);
    const errors = broken.ok ? broken.errors : [];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ part: '/word/document.xml', description: expect.stringMatching(/notAnElement/) });
    // Not a Word file at all: answered in words, and the next check still works.
    expect(await validate(APP, new TextEncoder().encode('not a zip'))).toEqual({
      ok: false,
      message: expect.stringMatching(/^The Open XML validator could not read the file \(.+\)\.$/),
    });
    expect(await validate(APP, valid)).toEqual({ ok: true, errors: [] });
  });

  it('answers only the app’s own page, and only for bytes within the size limit', async () => {
    let ran = 0;
    const validate = validateHandler(() => {
      ran++;
      return Promise.resolve({ ok: true, errors: [] });
    });
    await expect(validate(FORGED, valid)).rejects.toThrow(/did not come from the Panelwright window/);
    await expect(validate(APP, 'PK…')).rejects.toThrow(/not bytes/);
    expect(await validate(APP, new Uint8Array(50 * 1024 * 1024 + 1))).toEqual({
      ok: false,
      message: 'The document is larger than 50 MB: the Open XML schema check was not run.',
    });
    expect(ran).toBe(0);
  });
});

/** A stand-in worker: records what it was sent; `reply` answers, `die` makes it exit. */
function fakeWorkers() {
  const made: { sent: { id: number; bytes: Uint8Array }[]; terminated: boolean; reply: (m: unknown) => void; die: () => void }[] = [];
  const startWorker = (): ValidatorWorker => {
    const listeners: Record<string, ((x: never) => void)[]> = {};
    const emit = (event: string, x: unknown) => listeners[event]?.forEach((l) => l(x as never));
    const w = {
      sent: [] as { id: number; bytes: Uint8Array }[],
      terminated: false,
      reply: (m: unknown) => emit('message', m),
      die: () => emit('exit', 1),
    };
    made.push(w);
    return {
      postMessage: (m) => void w.sent.push(m),
      on: (event: string, listener: (x: never) => void) => void (listeners[event] ??= []).push(listener),
      terminate: () => {
        w.terminated = true;
        emit('exit', 1);
        return Promise.resolve(1);
      },
    };
  };
  return { made, startWorker };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the schema check’s worker', () => {
  it('stops a check that takes too long, says so, and starts a new worker for the next', async () => {
    const { made, startWorker } = fakeWorkers();
    const v = createDocxValidator({ startWorker, timeoutMs: 20 });
    expect(await v.validate(new Uint8Array([1]))).toEqual({ ok: false, message: 'The Open XML schema check did not finish within 0 s.' });
    expect(made[0]!.terminated).toBe(true);
    const next = v.validate(new Uint8Array([2]));
    await tick();
    expect(made).toHaveLength(2);
    made[1]!.reply({ id: made[1]!.sent[0]!.id, ok: true, results: [] });
    expect(await next).toEqual({ ok: true, errors: [] });
    v.stop();
  });

  it('runs checks one at a time in the order asked, in one worker', async () => {
    const { made, startWorker } = fakeWorkers();
    const v = createDocxValidator({ startWorker });
    const first = v.validate(new Uint8Array([1]));
    const second = v.validate(new Uint8Array([2]));
    await tick();
    expect(made[0]!.sent.map((m) => [...m.bytes])).toEqual([[1]]);
    made[0]!.reply({ id: made[0]!.sent[0]!.id, ok: true, results: [{ part: '/word/document.xml', xpath: '/w:document[1]', description: 'x' }] });
    expect(await first).toMatchObject({ ok: true, errors: [{ part: '/word/document.xml' }] });
    await tick();
    expect(made[0]!.sent.map((m) => [...m.bytes])).toEqual([[1], [2]]);
    made[0]!.reply({ id: made[0]!.sent[1]!.id, ok: true, results: [] });
    expect(await second).toEqual({ ok: true, errors: [] });
    expect(made).toHaveLength(1);
    v.stop();
  });

  it('a worker that dies mid-check is answered in words, and replaced next time', async () => {
    const { made, startWorker } = fakeWorkers();
    const v = createDocxValidator({ startWorker });
    const p = v.validate(new Uint8Array([1]));
    await tick();
    made[0]!.die();
    expect(await p).toEqual({ ok: false, message: 'The Open XML schema check stopped before it finished.' });
    void v.validate(new Uint8Array([2]));
    await tick();
    expect(made).toHaveLength(2);
    v.stop();
  });
});
