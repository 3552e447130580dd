// Runs the real preload source, bundled as it ships, against a fake `electron` module, and checks it
// exposes exactly one object whose functions are the host API and which reach main only over IPC.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { IPC, type HostApi } from '../shared/host/api';

// Interfaces vanish at run time, so list HostApi's keys here; the type below fails to compile if the
// interface gains a member this list lacks (and `satisfies` rejects a name it does not have).
const HOST_API_KEYS = [
  'appVersion',
  'kind',
  'listAutoBackups',
  'onCloseRequested',
  'onEditCommand',
  'onFileOpened',
  'openExternal',
  'openFile',
  'readAutoBackup',
  'saveFile',
  'setSyncServer',
  'validateDocx',
  'writeAutoBackup',
] as const satisfies readonly (keyof HostApi)[];
type Unlisted = Exclude<keyof HostApi, (typeof HOST_API_KEYS)[number]>;
const everyKeyListed: [Unlisted] extends [never] ? true : never = true;

/** `answer` plays main's part: what each invoke resolves to (nothing by default). */
async function loadPreload(answer: (args: unknown[]) => unknown = () => undefined) {
  const out = await build({
    entryPoints: ['electron/preload.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  });
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const sent: unknown[][] = [];
  const listeners: Record<string, (...args: unknown[]) => void> = {};
  const fakeElectron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        invoked.push(args);
        return Promise.resolve(answer(args));
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => void (listeners[channel] = listener),
      send: (...args: unknown[]) => void sent.push(args),
    },
  };
  const required: string[] = [];
  const requireShim = (id: string): unknown => {
    required.push(id);
    return id === 'electron' ? fakeElectron : (createRequire(import.meta.url)(id) as unknown);
  };
  const module = { exports: {} };
  // The bundled preload runs as Electron would run it: a CommonJS body given require, module and exports.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating the built preload is what this test is for
  const run = new Function('require', 'module', 'exports', out.outputFiles[0]!.text) as (require: unknown, module: unknown, exports: unknown) => void;
  run(requireShim, module, module.exports);
  return { exposed, invoked, required, sent, listeners };
}

describe('the preload', () => {
  it('exposes only window.panelwright, with exactly the host API', async () => {
    const { exposed } = await loadPreload();
    expect(everyKeyListed).toBe(true);
    expect(Object.keys(exposed)).toEqual(['panelwright']);
    expect(Object.keys(exposed.panelwright as object).sort()).toEqual([...HOST_API_KEYS]);
    expect((exposed.panelwright as HostApi).kind).toBe('electron');
  });
  it('requires nothing but electron (a sandboxed preload cannot)', async () => {
    expect((await loadPreload()).required).toEqual(['electron']);
  });
  it('forwards only the contract’s fields over the named channels', async () => {
    const { exposed, invoked } = await loadPreload();
    const api = exposed.panelwright as { saveFile: (r: unknown) => Promise<unknown>; openExternal: (u: string) => Promise<unknown> };
    const data = new Uint8Array([1]);
    await api.saveFile({ suggestedName: 'a.docx', data, filter: { name: 'Word', extensions: ['docx'] }, extra: 'dropped' });
    await api.openExternal('https://example.org');
    expect(invoked).toEqual([
      [IPC.saveFile, { suggestedName: 'a.docx', data, filter: { name: 'Word', extensions: ['docx'] } }],
      [IPC.openExternal, 'https://example.org'],
    ]);
  });
  it('sends a document to the schema check over its own channel, and nothing else', async () => {
    const { exposed, invoked } = await loadPreload();
    const bytes = new Uint8Array([80, 75]);
    await (exposed.panelwright as Required<HostApi>).validateDocx(bytes);
    expect(invoked).toEqual([[IPC.validateDocx, bytes]]);
  });
  it('forwards automatic-backup calls over their own channels, with nothing added', async () => {
    const { exposed, invoked } = await loadPreload();
    const api = exposed.panelwright as HostApi;
    await api.writeAutoBackup('daily', '{}');
    await api.listAutoBackups();
    await api.readAutoBackup('panelwright-2026-01-01T00-00-00-000Z-daily.json');
    expect(invoked).toEqual([
      [IPC.writeAutoBackup, 'daily', '{}'],
      [IPC.listAutoBackups],
      [IPC.readAutoBackup, 'panelwright-2026-01-01T00-00-00-000Z-daily.json'],
    ]);
  });
  it('before the window closes, runs the page’s handler and sends back only the request id and whether anything is unsaved', async () => {
    const { exposed, sent, listeners } = await loadPreload();
    const api = exposed.panelwright as HostApi;
    api.onCloseRequested(() => Promise.resolve({ unsaved: false, extra: 'dropped' } as never));
    listeners[IPC.closeRequested]!({}, 3);
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([[IPC.closeAnswer, 3, { unsaved: false }]]);
  });
  it('a handler that fails counts as unsaved (the author is asked)', async () => {
    const { exposed, sent, listeners } = await loadPreload();
    (exposed.panelwright as HostApi).onCloseRequested(async () => Promise.reject(new Error('broken')));
    listeners[IPC.closeRequested]!({}, 4);
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([[IPC.closeAnswer, 4, { unsaved: true }]]);
  });
  it('passes the Edit menu’s undo and redo to the page, and nothing else', async () => {
    const { exposed, listeners } = await loadPreload();
    const got: string[] = [];
    (exposed.panelwright as HostApi).onEditCommand((c) => void got.push(c));
    for (const c of ['undo', 'redo', 'rm -rf', 42]) listeners[IPC.editCommand]!({}, c);
    expect(got).toEqual(['undo', 'redo']);
  });
  it('takes the files the OS opened from main when the page registers, and again whenever main says one is waiting', async () => {
    const { exposed, invoked, listeners } = await loadPreload();
    const got: unknown[] = [];
    (exposed.panelwright as HostApi).onFileOpened((f) => void got.push(f));
    await new Promise((r) => setTimeout(r, 0));
    // The fake main has nothing waiting (invoke resolves undefined, not a file): one ask, nothing opened.
    expect(invoked).toEqual([[IPC.takeOpenedFile]]);
    listeners[IPC.fileWaiting]!({});
    await new Promise((r) => setTimeout(r, 0));
    expect(invoked).toEqual([[IPC.takeOpenedFile], [IPC.takeOpenedFile]]);
    expect(got).toEqual([]);
  });
  it('passes on every waiting file in turn, and a file main could not read as its reason', async () => {
    const waiting: unknown[] = [
      { ok: true, file: { name: 'a.pwpack', data: new Uint8Array([123]) } },
      { ok: false, name: 'b.panelwright', error: 'That file is larger than 50 MB and cannot be opened.' },
    ];
    const { exposed } = await loadPreload(([channel]) => (channel === IPC.takeOpenedFile ? (waiting.shift() ?? null) : undefined));
    const got: unknown[] = [];
    (exposed.panelwright as HostApi).onFileOpened((f) => void got.push(f));
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual([
      { ok: true, file: { name: 'a.pwpack', data: new Uint8Array([123]) } },
      { ok: false, name: 'b.panelwright', error: 'That file is larger than 50 MB and cannot be opened.' },
    ]);
  });
});
