// Runs the real preload source, bundled as it ships, against a fake `electron` module, and checks it
// exposes exactly one object whose functions are the host API and which reach main only over IPC.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { IPC } from '../shared/host/api';

async function loadPreload() {
  const out = await build({ entryPoints: ['electron/preload.ts'], bundle: true, platform: 'node', format: 'cjs', external: ['electron'], write: false, logLevel: 'silent' });
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const fakeElectron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
    ipcRenderer: { invoke: async (...args: unknown[]) => void invoked.push(args) },
  };
  const requireShim = (id: string) => (id === 'electron' ? fakeElectron : createRequire(import.meta.url)(id));
  const module = { exports: {} };
  new Function('require', 'module', 'exports', out.outputFiles[0]!.text)(requireShim, module, module.exports);
  return { exposed, invoked };
}

describe('the preload', () => {
  it('exposes only window.panelwright, with exactly the host API', async () => {
    const { exposed } = await loadPreload();
    expect(Object.keys(exposed)).toEqual(['panelwright']);
    expect(Object.keys(exposed.panelwright as object).sort()).toEqual(['appVersion', 'kind', 'openExternal', 'openFile', 'saveFile']);
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
});
