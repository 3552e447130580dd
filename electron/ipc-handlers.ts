// The main-process side of the HostApi contract (shared/host/api.ts). Every handler checks that the call
// came from our own page, validates its arguments (IPC input is untrusted), then does one small thing.
// All Electron and fs APIs are injected, so electron/ipc-handlers.test.ts runs in Node with fakes.

import nodePath from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import {
  IPC,
  MAX_OPEN_FILE_BYTES,
  TOO_LARGE_TO_OPEN,
  isAllowedExternalUrl,
  syncServerOrigin,
  type AutoBackupInfo,
  type DocxValidation,
  type FileFromHost,
  type OpenedFile,
  type SaveFileRequest,
  type SaveFileResult,
} from '../shared/host/api';
import type { AutoBackupStore } from './auto-backups';
import type { OpenedFiles } from './opened-files';
import { isAppUrl } from './security';

/** A paper with charts is a few MB; this is a sanity bound against a runaway or hostile renderer. */
export const MAX_SAVE_BYTES = 200 * 1024 * 1024;
export { MAX_OPEN_FILE_BYTES as MAX_OPEN_BYTES } from '../shared/host/api';
const MAX_NAME_LENGTH = 200;
const MAX_URL_LENGTH = 4096;

/** The part of IpcMainInvokeEvent we rely on: which frame sent the call. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

/** The narrow slices of Electron/Node the handlers use; Electron's own objects satisfy them. */
export interface HandlerDeps<W> {
  readonly ipcMain: { handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void };
  readonly dialog: {
    showSaveDialog(window: W, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
    showOpenDialog(window: W, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  };
  readonly shell: { openExternal(url: string): Promise<void> };
  readonly fs: {
    writeFile(path: string, data: Uint8Array): Promise<void>;
    readFile(path: string): Promise<Uint8Array>;
    stat(path: string): Promise<{ readonly size: number; isFile(): boolean }>;
  };
  readonly app: { getVersion(): string; getPath(name: 'documents'): string };
  readonly getWindow: () => W | null;
  /** userData/backups (electron/auto-backups.ts); it validates reasons, names and sizes itself. */
  readonly autoBackups: AutoBackupStore;
  /** Files the operating system handed the app (electron/opened-files.ts): the page takes them one by one. */
  readonly openedFiles: Pick<OpenedFiles, 'take'>;
  /** The Open XML schema check (electron/validate-docx.ts): a worker thread with a time limit. */
  readonly validateDocx: (bytes: Uint8Array) => Promise<DocxValidation>;
  /** Team sync: the origin main's request filter lets the page open sockets to (null: none). */
  readonly allowSyncServer: (origin: string | null) => void;
}

export class IpcRejection extends Error {
  override readonly name = 'IpcRejection';
}

function assertFromApp(event: InvokeEventLike): void {
  const url = event.senderFrame?.url;
  if (url === undefined || !isAppUrl(url)) throw new IpcRejection('Refused: the request did not come from the Panelwright window.');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** File extensions as dialogs expect them: letters/digits only, no dot. */
function parseFilter(value: unknown): SaveFileRequest['filter'] {
  if (!isRecord(value)) throw new IpcRejection('Refused: the file filter is malformed.');
  const { name, extensions } = value;
  if (typeof name !== 'string' || name.length === 0 || name.length > 100) throw new IpcRejection('Refused: the file filter name is malformed.');
  if (
    !Array.isArray(extensions) ||
    extensions.length === 0 ||
    extensions.length > 10 ||
    !extensions.every((e): e is string => typeof e === 'string' && /^[a-z0-9]{1,16}$/i.test(e))
  ) {
    throw new IpcRejection('Refused: the file filter extensions are malformed.');
  }
  return { name, extensions: [...extensions] };
}

/** A bare file name: no directories, no control or reserved characters (the renderer only suggests). */
export function sanitizeFileName(name: string): string {
  const base = name.replace(/[\\/]/g, '-');
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .trim()
    .replace(/^\.+/, '');
  return cleaned.slice(0, MAX_NAME_LENGTH) || 'Untitled';
}

export function parseSaveRequest(value: unknown): SaveFileRequest {
  if (!isRecord(value)) throw new IpcRejection('Refused: the save request is malformed.');
  const { suggestedName, data, filter } = value;
  if (typeof suggestedName !== 'string' || suggestedName.length > 1000) throw new IpcRejection('Refused: the file name is malformed.');
  // Structured clone delivers a Uint8Array (Buffers arrive as Uint8Array too).
  if (!(data instanceof Uint8Array)) throw new IpcRejection('Refused: the file contents are not bytes.');
  if (data.byteLength > MAX_SAVE_BYTES) throw new IpcRejection('Refused: the file is larger than the save limit.');
  return { suggestedName: sanitizeFileName(suggestedName), data, filter: parseFilter(filter) };
}

/** Linux save dialogs do not append the extension; make sure "Board paper" becomes "Board paper.docx". */
export function withExtension(filePath: string, extensions: readonly string[]): string {
  const ext = nodePath.extname(filePath).slice(1).toLowerCase();
  const first = extensions[0];
  if (first === undefined || extensions.some((e) => e.toLowerCase() === ext)) return filePath;
  return `${filePath}.${first}`;
}

export function registerHandlers<W>(deps: HandlerDeps<W>): void {
  const { ipcMain, dialog, shell, fs, app, getWindow, autoBackups, openedFiles, validateDocx } = deps;

  ipcMain.handle(IPC.saveFile, async (event, raw): Promise<SaveFileResult> => {
    assertFromApp(event);
    const request = parseSaveRequest(raw);
    const window = getWindow();
    if (window === null) return { saved: false };
    const result = await dialog.showSaveDialog(window, {
      defaultPath: nodePath.join(app.getPath('documents'), request.suggestedName),
      filters: [{ name: request.filter.name, extensions: [...request.filter.extensions] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (result.canceled || !result.filePath) return { saved: false };
    const target = withExtension(result.filePath, request.filter.extensions);
    await fs.writeFile(target, request.data);
    return { saved: true, location: target };
  });

  ipcMain.handle(IPC.openFile, async (event, rawFilter): Promise<OpenedFile | null> => {
    assertFromApp(event);
    const filter = parseFilter(rawFilter);
    const window = getWindow();
    if (window === null) return null;
    const result = await dialog.showOpenDialog(window, {
      properties: ['openFile'],
      filters: [{ name: filter.name, extensions: [...filter.extensions] }],
    });
    const filePath = result.filePaths[0];
    if (result.canceled || filePath === undefined) return null;
    const info = await fs.stat(filePath);
    if (!info.isFile()) throw new IpcRejection('That is not a file.');
    if (info.size > MAX_OPEN_FILE_BYTES) throw new IpcRejection(TOO_LARGE_TO_OPEN);
    const bytes = await fs.readFile(filePath);
    // A plain Uint8Array (not a Buffer view on a shared pool) crosses IPC cleanly.
    return { name: nodePath.basename(filePath), data: new Uint8Array(bytes) };
  });

  ipcMain.handle(
    IPC.setSyncServer,
    (event, url): Promise<boolean> =>
      new Promise((resolve) => {
        assertFromApp(event);
        // null: no server (disconnected); otherwise a ws:/wss: address, or nothing changes.
        const origin = url === null ? null : syncServerOrigin(url);
        if (url === null || origin !== null) deps.allowSyncServer(origin);
        resolve(url === null || origin !== null);
      }),
  );

  ipcMain.handle(IPC.openExternal, async (event, url): Promise<boolean> => {
    assertFromApp(event);
    if (typeof url !== 'string' || url.length > MAX_URL_LENGTH || !isAllowedExternalUrl(url)) return false;
    await shell.openExternal(url);
    return true;
  });

  // A refused sender still gets a rejected promise, as from the other handlers.
  ipcMain.handle(
    IPC.appVersion,
    (event): Promise<string> =>
      new Promise((resolve) => {
        assertFromApp(event);
        resolve(app.getVersion());
      }),
  );

  // Automatic backups: the page names a reason (never a path) and reads back only names of the exact
  // automatic-backup form, so it cannot reach any other file (auto-backups.ts validates both).
  ipcMain.handle(IPC.writeAutoBackup, async (event, reason, text): Promise<AutoBackupInfo> => {
    assertFromApp(event);
    return autoBackups.write(reason, text);
  });

  ipcMain.handle(IPC.listAutoBackups, async (event): Promise<AutoBackupInfo[]> => {
    assertFromApp(event);
    return autoBackups.list();
  });

  ipcMain.handle(IPC.readAutoBackup, async (event, name): Promise<string> => {
    assertFromApp(event);
    return autoBackups.read(name);
  });

  // A double-clicked pack or backup: the page asks for the next one and never names a path.
  ipcMain.handle(IPC.takeOpenedFile, async (event): Promise<FileFromHost | null> => {
    assertFromApp(event);
    return openedFiles.take();
  });

  // The Check panel's schema check: the page sends the export's bytes (bounded like any file opened).
  ipcMain.handle(IPC.validateDocx, async (event, bytes): Promise<DocxValidation> => {
    assertFromApp(event);
    if (!(bytes instanceof Uint8Array)) throw new IpcRejection('Refused: the document to check is not bytes.');
    if (bytes.byteLength > MAX_OPEN_FILE_BYTES) return { ok: false, message: 'The document is larger than 50 MB: the Open XML schema check was not run.' };
    return validateDocx(bytes);
  });
}
