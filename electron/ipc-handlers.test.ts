import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IPC } from '../shared/host/api';
import { createAutoBackupStore, nodeBackupFs } from './auto-backups';
import { createOpenedFiles } from './opened-files';
import { MAX_OPEN_BYTES, MAX_SAVE_BYTES, registerHandlers } from './ipc-handlers';
import type { HandlerDeps, InvokeEventLike } from './ipc-handlers';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;
const APP: InvokeEventLike = { senderFrame: { url: 'app://panelwright/index.html' } };
const FORGED: InvokeEventLike = { senderFrame: { url: 'https://evil.example/' } };

/** A backups folder of its own per test (the real file system, in a temporary folder). */
const backupsIn = (dir = join(tmpdir(), `panelwright-auto-${process.pid}-${Math.random().toString(36).slice(2)}`, 'backups')) =>
  createAutoBackupStore(nodeBackupFs(), dir);

function setup(
  opts: { savePath?: string | null; openPath?: string | null; fileSize?: number; backupsDir?: string; openedFiles?: HandlerDeps<object>['openedFiles'] } = {},
) {
  const handlers = new Map<string, Listener>();
  const written: { path: string; data: Uint8Array }[] = [];
  const opened: string[] = [];
  const allowed: (string | null)[] = [];
  const deps: HandlerDeps<object> = {
    ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener) },
    dialog: {
      showSaveDialog: () => Promise.resolve(opts.savePath ? { canceled: false, filePath: opts.savePath } : { canceled: true, filePath: '' }),
      showOpenDialog: () => Promise.resolve(opts.openPath ? { canceled: false, filePaths: [opts.openPath] } : { canceled: true, filePaths: [] }),
    },
    shell: {
      openExternal: (url) => {
        opened.push(url);
        return Promise.resolve();
      },
    },
    fs: {
      writeFile: (path, data) => {
        written.push({ path, data });
        return Promise.resolve();
      },
      readFile: () => Promise.resolve(new TextEncoder().encode('{"format":"panelwright-backup"}')),
      stat: () => Promise.resolve({ size: opts.fileSize ?? 100, isFile: () => true }),
    },
    app: { getVersion: () => '0.1.0', getPath: () => '/home/author/Documents' },
    getWindow: () => ({}),
    autoBackups: backupsIn(opts.backupsDir),
    openedFiles: opts.openedFiles ?? { take: () => Promise.resolve(null) },
    validateDocx: () => Promise.resolve({ ok: true, errors: [] }),
    allowSyncServer: (origin) => void allowed.push(origin),
  };
  registerHandlers(deps);
  const call = (channel: string, event: InvokeEventLike, ...args: unknown[]) => handlers.get(channel)!(event, ...args);
  return { call, written, opened, handlers, allowed };
}
const docx = { suggestedName: '2017-12-08 Update.docx', data: new Uint8Array([80, 75, 3, 4]), filter: { name: 'Word document', extensions: ['docx'] } };

describe('IPC handlers', () => {
  it('registers exactly the channels of the host API', () => {
    // Not requests the page makes: the window-close pair (close-guard.ts) and the menu's edit commands.
    // Nor the note that a double-clicked file is waiting (main → page).
    const invoked = Object.values(IPC).filter((c) => c !== IPC.closeRequested && c !== IPC.closeAnswer && c !== IPC.editCommand && c !== IPC.fileWaiting);
    expect([...setup().handlers.keys()].sort()).toEqual(invoked.sort());
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
        showSaveDialog: () => {
          asked = true;
          return Promise.resolve({ canceled: true, filePath: '' });
        },
        showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      },
      shell: { openExternal: async () => {} },
      fs: {
        writeFile: (p) => {
          written.push(p);
          return Promise.resolve();
        },
        readFile: () => Promise.resolve(new Uint8Array()),
        stat: () => Promise.resolve({ size: 0, isFile: () => true }),
      },
      app: { getVersion: () => '0.1.0', getPath: () => '/tmp' },
      getWindow: () => ({}),
      autoBackups: backupsIn(),
      openedFiles: { take: () => Promise.resolve(null) },
      validateDocx: () => Promise.resolve({ ok: true, errors: [] }),
      allowSyncServer: () => {},
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
        showSaveDialog: () => Promise.resolve({ canceled: false, filePath: target }),
        showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: [`${target}.docx`] }),
      },
      shell: { openExternal: async () => {} },
      fs: { writeFile: (p, d) => writeFile(p, d), readFile: (p) => readFile(p), stat: (p) => stat(p) },
      app: { getVersion: () => '0.1.0', getPath: () => dir },
      getWindow: () => ({}),
      autoBackups: backupsIn(),
      openedFiles: { take: () => Promise.resolve(null) },
      validateDocx: () => Promise.resolve({ ok: true, errors: [] }),
      allowSyncServer: () => {},
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
  it('lets the page name one team sync server (ws: or wss: only), or none, and refuses a forged sender', async () => {
    const s = setup();
    expect(await s.call(IPC.setSyncServer, APP, 'wss://sync.example.gov.uk/panelwright')).toBe(true);
    expect(await s.call(IPC.setSyncServer, APP, 'https://sync.example.gov.uk')).toBe(false);
    expect(await s.call(IPC.setSyncServer, APP, 'wss://kim:pw@sync.example.gov.uk')).toBe(false);
    expect(await s.call(IPC.setSyncServer, APP, 42)).toBe(false);
    expect(await s.call(IPC.setSyncServer, APP, null)).toBe(true);
    await expect(s.call(IPC.setSyncServer, FORGED, 'wss://evil.example')).rejects.toThrow();
    expect(s.allowed).toEqual(['wss://sync.example.gov.uk', null]);
  });
  it('reads a chosen file, refusing one that is too large', async () => {
    expect(await setup({ openPath: '/home/author/backup.json' }).call(IPC.openFile, APP, { name: 'Backup', extensions: ['json'] })).toMatchObject({
      name: 'backup.json',
    });
    expect(await setup({ openPath: null }).call(IPC.openFile, APP, { name: 'Backup', extensions: ['json'] })).toBeNull();
    // The backup dialog offers today's .json and the .panelwright name the installers associate with the app.
    expect(
      await setup({ openPath: '/home/author/backup.panelwright' }).call(IPC.openFile, APP, { name: 'Panelwright backup', extensions: ['json', 'panelwright'] }),
    ).toMatchObject({ name: 'backup.panelwright' });
    await expect(
      setup({ openPath: '/x.json', fileSize: MAX_OPEN_BYTES + 1 }).call(IPC.openFile, APP, { name: 'Backup', extensions: ['json'] }),
    ).rejects.toThrow(/larger than 50 MB/);
  });
  it('writes automatic backups into the backups folder, lists and reads them, only for the app', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'panelwright-ipc-auto-')), 'backups');
    const s = setup({ backupsDir: dir });
    const info = (await s.call(IPC.writeAutoBackup, APP, 'daily', '{"format":"panelwright-backup"}')) as { name: string; size: number };
    expect(info).toMatchObject({ reason: 'daily', size: 31 });
    expect(info.name).toMatch(/^panelwright-\d{4}-\d{2}-\d{2}T[\d-]+Z-daily\.json$/);
    expect(await readdir(dir)).toEqual([info.name]);
    expect(await s.call(IPC.listAutoBackups, APP)).toEqual([info]);
    expect(await s.call(IPC.readAutoBackup, APP, info.name)).toBe('{"format":"panelwright-backup"}');
    await expect(s.call(IPC.writeAutoBackup, FORGED, 'daily', 'x')).rejects.toThrow(/did not come from/);
    await expect(s.call(IPC.listAutoBackups, FORGED)).rejects.toThrow(/did not come from/);
    await expect(s.call(IPC.readAutoBackup, FORGED, info.name)).rejects.toThrow(/did not come from/);
  });
  it('refuses automatic-backup names that could reach another file, and unknown reasons', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'panelwright-ipc-auto-')), 'backups');
    const s = setup({ backupsDir: dir });
    await writeFile(join(dir, '..', 'secret.json'), 'secret');
    for (const name of [
      '../secret.json',
      '..',
      '/etc/passwd',
      'panelwright-2026-01-01T00-00-00-000Z-daily.json/../../secret.json',
      'panelwright-2026-01-01T00-00-00-000Z-../../x.json',
      'C:\\x.json',
      5,
      null,
      {},
    ]) {
      await expect(s.call(IPC.readAutoBackup, APP, name)).rejects.toThrow(/Refused/);
    }
    await expect(s.call(IPC.readAutoBackup, APP, 'panelwright-2026-01-01T00-00-00-000Z-daily.json')).rejects.toThrow(/no longer there/);
    for (const reason of ['../x', 'weekly', 'before-upgrade-v', 'before-upgrade-v1/../../x', 7, null]) {
      await expect(s.call(IPC.writeAutoBackup, APP, reason, '{}')).rejects.toThrow(/Refused/);
    }
    await expect(s.call(IPC.writeAutoBackup, APP, 'daily', 42)).rejects.toThrow(/Refused/);
    await expect(s.call(IPC.writeAutoBackup, APP, 'daily', '')).rejects.toThrow(/Refused/);
  });
  it('hands the page the files the operating system opened, one by one, only when asked by the app', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'panelwright-ipc-opened-'));
    await writeFile(join(dir, 'Q1 pack.pwpack'), '{"format":"panelwright-update-pack"}');
    const files = createOpenedFiles({ fs: { stat: (p) => stat(p), readFile: (p) => readFile(p) }, notify: () => {} });
    files.addFromArgv(['/opt/Panelwright/panelwright', 'Q1 pack.pwpack'], dir);
    const s = setup({ openedFiles: files });
    await expect(s.call(IPC.takeOpenedFile, FORGED)).rejects.toThrow(/did not come from/);
    expect(await s.call(IPC.takeOpenedFile, APP)).toEqual({
      ok: true,
      file: { name: 'Q1 pack.pwpack', data: new TextEncoder().encode('{"format":"panelwright-update-pack"}') },
    });
    expect(await s.call(IPC.takeOpenedFile, APP)).toBeNull();
  });
});
