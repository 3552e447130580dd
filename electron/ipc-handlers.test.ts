import { describe, expect, it } from 'vitest';
import { IPC } from '../shared/host/api';
import { MAX_OPEN_BYTES, registerHandlers } from './ipc-handlers';
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
