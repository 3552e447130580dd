// What the main window and the app menu look like, as plain data, so tests can check the security-relevant
// settings without starting Electron. `import type` only: nothing here loads electron at run time.

import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';

export const APP_TITLE = 'Panelwright';

export interface WindowOptionsInput {
  /** Absolute path of dist/electron/preload.cjs. */
  readonly preloadPath: string;
  /** DevTools only in unpackaged (development) runs. */
  readonly devTools: boolean;
}

export function createWindowOptions({ preloadPath, devTools }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: APP_TITLE,
    width: 1280,
    height: 860,
    minWidth: 880,
    minHeight: 600,
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      // The page cannot reach the preload's scope or Node: the preload exposes one object via contextBridge.
      contextIsolation: true,
      // OS-level sandbox for the renderer; the preload can only require('electron') (hence one bundled file).
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // Same-origin policy stays on; no http content inside an https-like (secure) page.
      webSecurity: true,
      allowRunningInsecureContent: false,
      // No <webview>: it would be a second, less-controlled browser inside the window.
      webviewTag: false,
      experimentalFeatures: false,
      // Dropping a file on the window must not navigate away from the app (and lose unsaved work).
      navigateOnDragDrop: false,
      // A page cannot trap the user in a loop of alert() dialogs.
      safeDialogs: true,
      // Middle-click on a link would otherwise try to open a new window (denied anyway; this stops the attempt).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      devTools,
    },
  };
}

/**
 * A minimal menu. The Edit roles matter: on macOS, Cmd+C/V/A only work in a page when a menu item with
 * that role exists. Undo and Redo are sent to the page instead of run as roles (which would undo only the
 * focused field's typing): the paper's own history decides what is undone (renderer/undo/). On Windows and
 * Linux the page sees the key first and the menu item runs only if the page left it. The View menu keeps
 * zoom (useful for long papers); reload/DevTools only in development.
 */
export function createMenuTemplate({
  isMac,
  devTools,
  sendEditCommand = () => {},
}: {
  readonly isMac: boolean;
  readonly devTools: boolean;
  readonly sendEditCommand?: (command: 'undo' | 'redo') => void;
}): MenuItemConstructorOptions[] {
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => sendEditCommand('undo') },
      { label: 'Redo', accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y', click: () => sendEditCommand('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(devTools ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] satisfies MenuItemConstructorOptions[]) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return [
    ...(isMac ? ([{ role: 'appMenu' }] satisfies MenuItemConstructorOptions[]) : []),
    isMac ? { role: 'fileMenu' } : { label: 'File', submenu: [{ role: 'quit' }] },
    edit,
    view,
    { role: 'windowMenu' },
  ];
}
