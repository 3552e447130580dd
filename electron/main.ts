// Electron main process: app setup and wiring only. The decisions live in pure, tested modules:
// security.ts (origin, CSP, navigation, permissions, file resolution), window-options.ts (window and
// menu), ipc-handlers.ts (the HostApi handlers). Bundled to dist/electron/main.cjs.

import { readFile, stat, writeFile } from 'node:fs/promises';
import nodePath from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type WebContents } from 'electron';
import { AUTO_BACKUP_DIR, IPC, isAllowedExternalUrl } from '../shared/host/api';
import { guardWindowClose } from './close-guard';
import { createAutoBackupStore, nodeBackupFs } from './auto-backups';
import { AUTO_UPDATE_FILE, autoUpdateSettings, startAutoUpdates } from './auto-update';
import { registerHandlers } from './ipc-handlers';
import { createOpenedFiles } from './opened-files';
import { createDocxValidator, nodeValidatorWorker } from './validate-docx';
import { pinAppLocale } from './locale';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  isAppUrl,
  isBlockedPageRequest,
  isNavigationAllowed,
  isPermissionAllowed,
  mimeTypeFor,
  resolveAppRequest,
  responseHeaders,
} from './security';
import { createMenuTemplate, createWindowOptions } from './window-options';

// Layout of the build: dist/electron/{main,preload}.cjs next to dist/renderer/.
const rendererDir = nodePath.join(__dirname, '..', 'renderer');
const preloadPath = nodePath.join(__dirname, 'preload.cjs');
// The schema validator's worker is unpacked beside the asar archive (a worker cannot start from inside it).
const validatorPath = nodePath.join(__dirname, 'validate-worker.mjs').replace(`app.asar${nodePath.sep}`, `app.asar.unpacked${nodePath.sep}`);
const devTools = !app.isPackaged;

// The user-data folder (which holds IndexedDB) is derived from the app name: pin it now, never change it.
app.setName('Panelwright');
// Tests give each run its own data folder (and so its own database and instance lock).
const userDataOverride = process.env['PANELWRIGHT_USER_DATA_DIR'];
if (userDataOverride) app.setPath('userData', userDataOverride);

// British English whatever the machine's locale (must happen before 'ready').
pinAppLocale(app);

// Must happen before 'ready'. A fixed, privileged origin keeps IndexedDB data across releases.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

// The Check's Open XML schema check (validate-docx.ts): a worker thread, started on the first check.
const docxValidator = createDocxValidator({ startWorker: nodeValidatorWorker(validatorPath) });

// A double-clicked .pwpack or .panelwright (opened-files.ts): kept until the page takes it.
const openedFiles = createOpenedFiles({
  fs: { stat: (path) => stat(path), readFile: (path) => readFile(path) },
  notify: () => mainWindow?.webContents.send(IPC.fileWaiting),
});

function serveAppFiles(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: responseHeaders('text/plain; charset=utf-8') });
    }
    const filePath = resolveAppRequest(rendererDir, request.url);
    if (filePath === null) return new Response('Not found', { status: 404, headers: responseHeaders('text/plain; charset=utf-8') });
    try {
      const body = await readFile(filePath);
      return new Response(new Uint8Array(body), { status: 200, headers: responseHeaders(mimeTypeFor(filePath)) });
    } catch {
      return new Response('Not found', { status: 404, headers: responseHeaders('text/plain; charset=utf-8') });
    }
  });
}

/** Team sync's server, as Settings → Team set it (shared/host/api.ts, setSyncServer): the one socket origin pages may open. */
let syncOrigin: string | null = null;

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
  // No remote content, even if something slipped past the CSP.
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (details, callback) => {
    callback({ cancel: isBlockedPageRequest(details, syncOrigin) });
  });
}

/** Applied to every webContents the app ever creates, not just the main window. */
function hardenContents(contents: WebContents): void {
  const refuseNavigation = (event: { preventDefault(): void }, url: string): void => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => refuseNavigation(event, event.url));
  contents.on('will-frame-navigate', (event) => refuseNavigation(event, event.url));
  contents.on('will-redirect', (event) => refuseNavigation(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No new windows, ever. A target=_blank https/mailto link opens in the system browser / mail client.
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(createWindowOptions({ preloadPath, devTools }));
  window.once('ready-to-show', () => window.show());
  // The page stores what was just typed before the window goes (close-guard.ts).
  guardWindowClose({
    onClose: (listener) => void window.on('close', listener),
    close: () => window.close(),
    askRenderer: (requestId) => window.webContents.send(IPC.closeRequested, requestId),
    onAnswer: (listener) =>
      void ipcMain.on(IPC.closeAnswer, (event, requestId: unknown, answer: unknown) => {
        // Only this window's own page may answer for it.
        if (event.sender === window.webContents && event.senderFrame && isAppUrl(event.senderFrame.url)) listener(requestId, answer);
      }),
    askCloseAnyway: async (message) =>
      (
        await dialog.showMessageBox(window, {
          type: 'warning',
          buttons: ['Keep Panelwright open', 'Close anyway'],
          defaultId: 0,
          cancelId: 0,
          title: 'Close Panelwright?',
          message: 'Close Panelwright?',
          detail: message,
        })
      ).response === 1,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

// One instance only: a second one would find the IndexedDB files locked. It hands over and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Windows and Linux: the file the app was started with is in its command line.
  openedFiles.addFromArgv(process.argv, process.cwd());
  // A second start (another file double-clicked) hands its command line over and quits.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openedFiles.addFromArgv(argv, workingDirectory);
    focusMainWindow();
  });
  // macOS hands files over by event, also before 'ready' when the app is started by the double-click.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openedFiles.add(path);
    if (app.isReady() && mainWindow === null) mainWindow = createWindow();
    else focusMainWindow();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('will-quit', () => docxValidator.stop());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });

  void app.whenReady().then(() => {
    serveAppFiles();
    hardenSession();
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        createMenuTemplate({
          isMac: process.platform === 'darwin',
          devTools,
          sendEditCommand: (command) => BrowserWindow.getFocusedWindow()?.webContents.send(IPC.editCommand, command),
        }),
      ),
    );
    registerHandlers({
      ipcMain,
      dialog,
      shell,
      fs: {
        writeFile: (path, data) => writeFile(path, data),
        readFile: (path) => readFile(path),
        stat: (path) => stat(path),
      },
      app,
      getWindow: () => mainWindow,
      autoBackups: createAutoBackupStore(nodeBackupFs(), nodePath.join(app.getPath('userData'), AUTO_BACKUP_DIR)),
      openedFiles,
      validateDocx: (bytes) => docxValidator.validate(bytes),
      allowSyncServer: (origin) => {
        syncOrigin = origin;
      },
    });
    mainWindow = createWindow();
    // Off unless IT or the user switched it on (see auto-update.ts); only a packaged app updates.
    if (app.isPackaged) {
      void readFile(nodePath.join(app.getPath('userData'), AUTO_UPDATE_FILE), 'utf8')
        .catch(() => null)
        .then((text) =>
          startAutoUpdates(
            autoUpdateSettings(process.env, text),
            () => import('electron-updater').then((m) => m.autoUpdater),
            (message) => console.log(message),
          ),
        );
    }
  });
}
