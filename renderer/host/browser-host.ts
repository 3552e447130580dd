// HostApi for a plain browser (`PANELWRIGHT_BROWSER=1 npm start`, or wherever Electron cannot run):
// saving is a download, opening is a file input, links open in a new tab. Same contract as the preload.
import {
  MAX_OPEN_FILE_BYTES,
  TOO_LARGE_TO_OPEN,
  isAllowedExternalUrl,
  type HostApi,
  type OpenedFile,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../shared/host/api';
import { APP_VERSION } from '../app/version';
import { listAutoBackups, readAutoBackup, writeAutoBackup } from './browser-backups';

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function withExtension(name: string, extensions: readonly string[]): string {
  const first = extensions[0];
  if (first === undefined || extensions.some((e) => name.toLowerCase().endsWith(`.${e.toLowerCase()}`))) return name;
  return `${name}.${first}`;
}

/** A bare file name for the download attribute (browsers strip paths anyway; be explicit). */
function safeName(name: string): string {
  return (
    name
      .replace(/[\\/]/g, '-')
      .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
      .trim() || 'Untitled'
  );
}

export async function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
  const name = withExtension(safeName(request.suggestedName), request.filter.extensions);
  const type = MIME_BY_EXTENSION[request.filter.extensions[0]?.toLowerCase() ?? ''] ?? 'application/octet-stream';
  // Copy into a fresh ArrayBuffer-backed view: Blob does not take views on shared buffers.
  const blob = new Blob([new Uint8Array(request.data)], { type });
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; give it time to start.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return { saved: true, location: `Downloads/${name}` };
}

export function openFile(filter: SaveFileRequest['filter']): Promise<OpenedFile | null> {
  return new Promise<OpenedFile | null>((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filter.extensions.map((e) => `.${e}`).join(',');
    input.style.display = 'none';
    const done = (): void => input.remove();
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done();
      if (!file) {
        resolve(null);
        return;
      }
      if (file.size > MAX_OPEN_FILE_BYTES) {
        reject(new Error(TOO_LARGE_TO_OPEN));
        return;
      }
      file.arrayBuffer().then((buffer) => resolve({ name: file.name, data: new Uint8Array(buffer) }), reject);
    });
    // Fired by current browsers when the picker is dismissed.
    input.addEventListener('cancel', () => {
      done();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

export async function openExternal(url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  // noopener: the new tab gets no handle back to the app's window.
  window.open(url, '_blank', 'noopener,noreferrer');
  return true;
}

export const browserHost = {
  kind: 'browser',
  saveFile,
  openFile,
  openExternal,
  appVersion: async () => APP_VERSION,
  writeAutoBackup,
  listAutoBackups,
  readAutoBackup,
  // A tab asks before leaving through beforeunload (renderer/app/save-state.ts).
  onCloseRequested: () => {},
  // No application menu in a browser: Ctrl+Z reaches the page as a key.
  onEditCommand: () => {},
  // A browser is never handed a double-clicked file: packs and backups are opened from their screens.
  onFileOpened: () => {},
  // No request filter to tell: the page's CSP allows ws:/wss: (docs/ARCHITECTURE.md, "Team sync").
  setSyncServer: () => Promise.resolve(true),
} satisfies HostApi;
