import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IPC } from '../shared/host/api';
import { MAX_OPEN_BYTES, MAX_SAVE_BYTES, registerHandlers } from './ipc-handlers';
import type { HandlerDeps, InvokeEventLike } from './ipc-handlers';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;
const APP: InvokeEventLike = { senderFrame: { url: 'app://panelwright/index.html' } };
const FORGED: InvokeEventLike = { senderFrame: { url: 'https://evil.example/' } };

function setup(opts: { savePath?: string | null; openPath?: string | null; fileSize?: number } = {}) {
  const handlers = new Map<string, Listener>();
  const written: { path: string; data: Uint8Array }[] = [];
  const opened: string[] = [];
  const deps: HandlerDeps<object> = {
    ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener) },
    dialog: {
      showSaveDialog: async () => (opts.savePath ? { canceled: false, filePath: opts.savePath } : { canceled: true, filePath: '' }),
      showOpenDialog: async () => (opts.openPath ? { canceled: false, filePaths: [opts.openPath] } : { canceled: true, filePaths: [] }),
    },
    shell: { openExternal: async (url) => void opened.push(url) },
    fs: {
      writeFile: async (path, data) => void written.push({ path, data }),
      readFile: async () => new TextEncoder().encode('{"format":"panelwright-backup"}'),
      stat: async () => ({ size: opts.fileSize ?? 100, isFile: () => true }),
    },
    app: { getVersion: () => '0.1.0', getPath: () => '/home/author/Documents' },
    getWindow: () => ({}),
  };
  registerHandlers(deps);
  const call = (channel: string, event: InvokeEventLike, ...args: unknown[]) => handlers.get(channel)!(event, ...args);
  return { call, written, opened, handlers };
}
const docx = { suggestedName: '2017-12-08 Update.docx', data: new Uint8Array([80, 75, 3, 4]), filter: { name: 'Word document', extensions: ['docx'] } };

describe('IPC handlers', () => {
  it('registers exactly the channels of the host API', () => {
    expect([...setup().handlers.keys()].sort()).toEqual(Object.values(IPC).sort());
  });
  it('saves the bytes the renderer sent to the place the user chose', async () => {
    const s = setup({ savePath: '/home/author/Documents/Paper' });
    expect(await s.call(IPC.saveFile, APP, docx)).toEqual({ saved: true, location: '/home/author/Documents/Paper.docx' });
    expect(s.written).toEqual([{ path: '/home/author/Documents/Paper.docx', data: docx.data }]);
  });
  it('writes nothing when the user cancels', async () => {
    const s = setup({ savePath: null });
    expect(await s.call(IPC.saveFile, APP, docx)).toEqual({ saved: false });
    expect(s.written).toEqual([]);
  });
  it('refuses calls that do not come from the app’s own page', async () => {
    const s = setup({ savePath: '/tmp/x.docx' });
    await expect(s.call(IPC.saveFile, FORGED, docx)).rejects.toThrow(/did not come from the Panelwright window/);
    await expect(s.call(IPC.openExternal, { senderFrame: null }, 'https://example.org')).rejects.toThrow();
    expect(s.written).toEqual([]);
  });
  it('refuses malformed save requests', async () => {
    const s = setup({ savePath: '/tmp/x.docx' });
    for (const bad of [null, 'x', { ...docx, data: 'not bytes' }, { ...docx, filter: { name: 'x', extensions: ['../exe'] } }, { ...docx, suggestedName: 5 }]) {
      await expect(s.call(IPC.saveFile, APP, bad)).rejects.toThrow(/Refused/);
    }
    expect(s.written).toEqual([]);
  });
  it('refuses an oversized save before asking where to save', async () => {
    let asked = false;
    const written: string[] = [];
    const big = { ...docx, data: new Uint8Array(MAX_SAVE_BYTES + 1) };
    const handlers = new Map<string, Listener>();
    registerHandlers({
      ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener) },
      dialog: {
        showSaveDialog: async () => ((asked = true), { canceled: true, filePath: '' }),
        showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      },
      shell: { openExternal: async () => {} },
      fs: { writeFile: async (p) => void written.push(p), readFile: async () => new Uint8Array(), stat: async () => ({ size: 0, isFile: () => true }) },
      app: { getVersion: () => '0.1.0', getPath: () => '/tmp' },
      getWindow: () => ({}),
    });
    await expect(handlers.get(IPC.saveFile)!(APP, big)).rejects.toThrow(/larger than the save limit/);
    expect(asked).toBe(false);
    expect(written).toEqual([]);
  });
  it('writes the exact bytes to disk and reads them back with the real file system', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'panelwright-ipc-'));
    const handlers = new Map<string, Listener>();
    const target = join(dir, 'Board paper');
    registerHandlers({
      ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener) },
      dialog: {
        showSaveDialog: async () => ({ canceled: false, filePath: target }),
        showOpenDialog: async () => ({ canceled: false, filePaths: [`${target}.docx`] }),
      },
      shell: { openExternal: async () => {} },
      fs: { writeFile: (p, d) => writeFile(p, d), readFile: (p) => readFile(p), stat: (p) => stat(p) },
      app: { getVersion: () => '0.1.0', getPath: () => dir },
      getWindow: () => ({}),
    });
    expect(await handlers.get(IPC.saveFile)!(APP, docx)).toEqual({ saved: true, location: `${target}.docx` });
    expect(new Uint8Array(await readFile(`${target}.docx`))).toEqual(docx.data);
    const opened = await handlers.get(IPC.openFile)!(APP, { name: 'Word document', extensions: ['docx'] });
    expect(opened).toEqual({ name: 'Board paper.docx', data: docx.data });
  });
  it('answers the version only to the app', async () => {
    const s = setup();
    expect(await s.call(IPC.appVersion, APP)).toBe('0.1.0');
    await expect(s.call(IPC.appVersion, FORGED)).rejects.toThrow();
  });
  it('opens only https and mailto links', async () => {
    const s = setup();
    expect(await s.call(IPC.openExternal, APP, 'https://example.org/report.pdf')).toBe(true);
    expect(await s.call(IPC.openExternal, APP, 'javascript:alert(1)')).toBe(false);
    expect(await s.call(IPC.openExternal, APP, 'file:///etc/passwd')).toBe(false);
    expect(s.opened).toEqual(['https://example.org/report.pdf']);
  });
  it('reads a chosen file, refusing one that is too large', async () => {
    expect(await setup({ openPath: '/home/author/backup.json' }).call(IPC.openFile, APP, { name: 'Backup', extensions: ['json'] })).toMatchObject({ name: 'backup.json' });
    expect(await setup({ openPath: null }).call(IPC.openFile, APP, { name: 'Backup', extensions: ['json'] })).toBeNull();
    await expect(setup({ openPath: '/x.json', fileSize: MAX_OPEN_BYTES + 1 }).call(IPC.openFile, APP, { name: 'Backup', extensions: ['json'] })).rejects.toThrow(/larger than 50 MB/);
  });
});
