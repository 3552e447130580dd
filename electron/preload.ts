// The sandboxed preload: exposes exactly one object, window.panelwright, implementing HostApi over IPC.
// Nothing else (no ipcRenderer, no generic invoke) reaches the page. Bundled by scripts/build-electron.mjs
// into one CommonJS file whose only require is 'electron': sandboxed preloads cannot load other modules.

import { contextBridge, ipcRenderer } from 'electron';
import { IPC, type FileFromHost, type HostApi } from '../shared/host/api';

const panelwright = {
  kind: 'electron',
  // Forward only the fields of the contract; main validates them again (the page is untrusted).
  saveFile: (request) => ipcRenderer.invoke(IPC.saveFile, { suggestedName: request.suggestedName, data: request.data, filter: request.filter }),
  openFile: (filter) => ipcRenderer.invoke(IPC.openFile, filter),
  openExternal: (url) => ipcRenderer.invoke(IPC.openExternal, url),
  appVersion: () => ipcRenderer.invoke(IPC.appVersion),
  writeAutoBackup: (reason, text) => ipcRenderer.invoke(IPC.writeAutoBackup, reason, text),
  listAutoBackups: () => ipcRenderer.invoke(IPC.listAutoBackups),
  readAutoBackup: (name) => ipcRenderer.invoke(IPC.readAutoBackup, name),
  // The page's handler runs when main asks; only the request id and a boolean go back.
  onCloseRequested: (prepare) =>
    void ipcRenderer.on(IPC.closeRequested, (_event, requestId: unknown) => {
      void prepare().then(
        (answer) => ipcRenderer.send(IPC.closeAnswer, requestId, { unsaved: answer.unsaved }),
        () => ipcRenderer.send(IPC.closeAnswer, requestId, { unsaved: true }),
      );
    }),
  onEditCommand: (run) =>
    void ipcRenderer.on(IPC.editCommand, (_event, command: unknown) => {
      if (command === 'undo' || command === 'redo') run(command);
    }),
  // Files the OS handed over: taken from main one at a time, now (the one the app started with) and
  // whenever main says another is waiting. Main reads them; the page never sends a path.
  onFileOpened: (open) => {
    const takeAll = async (): Promise<void> => {
      for (;;) {
        const next = (await ipcRenderer.invoke(IPC.takeOpenedFile)) as FileFromHost | null;
        if (next === null || typeof next !== 'object') return;
        open(next);
      }
    };
    ipcRenderer.on(IPC.fileWaiting, () => void takeAll());
    void takeAll();
  },
  validateDocx: (bytes) => ipcRenderer.invoke(IPC.validateDocx, bytes),
  setSyncServer: (url) => ipcRenderer.invoke(IPC.setSyncServer, url),
} satisfies HostApi;

contextBridge.exposeInMainWorld('panelwright', panelwright);
