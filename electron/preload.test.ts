// Runs the real preload source, bundled as it ships, against a fake `electron` module, and checks it
// exposes exactly one object whose functions are the host API and which reach main only over IPC.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { IPC, type HostApi } from '../shared/host/api';

// Interfaces vanish at run time, so list HostApi's keys here; the type below fails to compile if the
// interface gains a member this list lacks (and `satisfies` rejects a name it does not have).
const HOST_API_KEYS = ['appVersion', 'kind', 'listAutoBackups', 'onCloseRequested', 'onEditCommand', 'openExternal', 'openFile', 'readAutoBackup', 'saveFile', 'writeAutoBackup'] as const satisfies readonly (keyof HostApi)[];
type Unlisted = Exclude<keyof HostApi, (typeof HOST_API_KEYS)[number]>;
const everyKeyListed: [Unlisted] extends [never] ? true : never = true;

async function loadPreload() {
  const out = await build({ entryPoints: ['electron/preload.ts'], bundle: true, platform: 'node', format: 'cjs', external: ['electron'], write: false, logLevel: 'silent' });
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const sent: unknown[][] = [];
  const listeners: Record<string, (...args: unknown[]) => void> = {};
  const fakeElectron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => void invoked.push(args),
      on: (channel: string, listener: (...args: unknown[]) => void) => void (listeners[channel] = listener),
      send: (...args: unknown[]) => void sent.push(args),
    },
  };
  const required: string[] = [];
  const requireShim = (id: string) => (required.push(id), id === 'electron' ? fakeElectron : createRequire(import.meta.url)(id));
  const module = { exports: {} };
  new Function('require', 'module', 'exports', out.outputFiles[0]!.text)(requireShim, module, module.exports);
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
    api.onCloseRequested(async () => ({ unsaved: false, extra: 'dropped' }) as never);
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
});
