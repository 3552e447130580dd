// The one typed contract between the renderer and whatever hosts it. The Electron preload implements
// it over IPC (checked with `satisfies`); the browser build implements it with downloads and file
// inputs, so the same UI runs in both.

export interface SaveFileRequest {
  readonly suggestedName: string;
  readonly data: Uint8Array;
  /** e.g. { name: 'Word document', extensions: ['docx'] } */
  readonly filter: { readonly name: string; readonly extensions: readonly string[] };
}

export type SaveFileResult = { readonly saved: true; readonly location: string } | { readonly saved: false };

export interface OpenedFile {
  readonly name: string;
  readonly data: Uint8Array;
}

export interface HostApi {
  readonly kind: 'electron' | 'browser';
  /** Asks where to save (a save dialog, or a download in the browser) and writes the bytes. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Lets the user pick a file to read (backup restore, imports); null when cancelled. */
  openFile(filter: SaveFileRequest['filter']): Promise<OpenedFile | null>;
  /** Opens an https: or mailto: link in the system browser or mail client; anything else is refused. */
  openExternal(url: string): Promise<boolean>;
  appVersion(): Promise<string>;
}

/** Backups and imports larger than this are refused before they are read into memory (both hosts). */
export const MAX_OPEN_FILE_BYTES = 50 * 1024 * 1024;
export const TOO_LARGE_TO_OPEN = 'That file is larger than 50 MB and cannot be opened.';

/** Channel names of the IPC contract: one place, used by main and preload. */
export const IPC = {
  saveFile: 'panelwright:save-file',
  openFile: 'panelwright:open-file',
  openExternal: 'panelwright:open-external',
  appVersion: 'panelwright:app-version',
} as const;

/** The only external links the app will open. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' && u.hostname.length > 0) || (u.protocol === 'mailto:' && u.pathname.length > 0);
  } catch {
    return false;
  }
}
