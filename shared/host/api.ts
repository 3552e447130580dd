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
  /**
   * Writes an automatic backup (the text of a backup file) into the app's own backups folder
   * (Electron: userData/backups; browser: the "panelwright-backups" IndexedDB database), atomically,
   * then drops the oldest beyond AUTO_BACKUP_KEEP. Never asks the user anything.
   */
  writeAutoBackup(reason: AutoBackupReason, text: string): Promise<AutoBackupInfo>;
  /** Automatic backups, newest first. */
  listAutoBackups(): Promise<readonly AutoBackupInfo[]>;
  /** The text of one automatic backup by its name (as listed); a name not in the folder is refused. */
  readAutoBackup(name: string): Promise<string>;
  /**
   * Registers what runs before the window closes: store pending changes, and say whether anything is
   * still unsaved (the shell then asks the author before closing). Electron holds the window's close
   * until it answers (electron/close-guard.ts); a browser tab uses beforeunload instead (no-op here).
   */
  onCloseRequested(prepare: () => Promise<CloseAnswer>): void;
  /**
   * Registers what runs when the Edit menu's Undo or Redo is chosen (Electron: the menu sends the
   * command to the page, so the paper's own undo history answers it; a browser has no such menu).
   */
  onEditCommand(run: (command: 'undo' | 'redo') => void): void;
  /**
   * Registers what runs when the operating system hands the app a file: a double-clicked update pack
   * (.pwpack) or backup (.panelwright), including the one the app was started with. Electron's main
   * process keeps such files until the page asks, reads them (bounded as openFile is) and passes them
   * on one by one; the page never names a path. A browser is never handed files this way (no-op).
   */
  onFileOpened(open: (file: FileFromHost) => void): void;
  /**
   * Checks a Word file against the Open XML schemas Word uses (the Open XML SDK validator), within a
   * time limit. Only where the host offers it: Electron runs the validator in its main process (in a
   * worker thread); a browser has none (the Check panel says where the check is available).
   */
  validateDocx?(bytes: Uint8Array): Promise<DocxValidation>;
  /**
   * Team sync: the one server the page may open a WebSocket to (Settings → Team), or null for none.
   * Electron cancels every other socket the page opens (electron/security.ts); the browser has no
   * such filter and answers true.
   */
  setSyncServer(url: string | null): Promise<boolean>;
}

/** One place a Word file breaks the Open XML schemas (the validator's own words). */
export interface SchemaError {
  readonly part: string;
  readonly xpath: string;
  readonly description: string;
}

/** The schema check's answer: the errors (none: valid), or why it could not run (in words). */
export type DocxValidation = { readonly ok: true; readonly errors: readonly SchemaError[] } | { readonly ok: false; readonly message: string };

/** A file the operating system asked the app to open: its bytes, or why it could not be read. */
export type FileFromHost = { readonly ok: true; readonly file: OpenedFile } | { readonly ok: false; readonly name: string; readonly error: string };

/** The files the installers associate with the app (electron-builder.config.mjs), and what each is. */
export const OPENABLE_EXTENSIONS = { pwpack: 'pack', panelwright: 'backup' } as const;
export type OpenableKind = (typeof OPENABLE_EXTENSIONS)[keyof typeof OPENABLE_EXTENSIONS];

/** What a file handed over by the operating system is, by its extension; null for any other file. */
export function openableKind(name: string): OpenableKind | null {
  const m = /\.([a-z]+)$/i.exec(name);
  const ext = m?.[1]?.toLowerCase();
  return ext !== undefined && Object.hasOwn(OPENABLE_EXTENSIONS, ext) ? OPENABLE_EXTENSIONS[ext as keyof typeof OPENABLE_EXTENSIONS] : null;
}

export interface CloseAnswer {
  /** True when a change could not be stored: closing now would lose it. */
  readonly unsaved: boolean;
}

/** Why an automatic backup was written: every day, before a schema upgrade to version N, before a restore. */
export type AutoBackupReason = 'daily' | 'before-restore' | `before-upgrade-v${number}`;

export interface AutoBackupInfo {
  /** File name, e.g. panelwright-2026-11-22T09-30-00-000Z-daily.json: also its key in the browser. */
  readonly name: string;
  readonly reason: AutoBackupReason;
  /** ISO time the backup was written (from the name). */
  readonly createdAt: string;
  /** Size in bytes (UTF-8). */
  readonly size: number;
}

/** How many automatic backups of each kind are kept; older ones are deleted after each write. */
export const AUTO_BACKUP_KEEP = { daily: 14, 'before-restore': 5, 'before-upgrade': 5 } as const;
/** The folder under Electron's userData that holds automatic backups. */
export const AUTO_BACKUP_DIR = 'backups';

const REASON_PATTERN = 'daily|before-restore|before-upgrade-v[1-9][0-9]{0,3}';
const REASON_RE = new RegExp(`^(?:${REASON_PATTERN})$`);
/** The only names an automatic backup can have: no separators, dots only before "json" (no traversal). */
const NAME_RE = new RegExp(`^panelwright-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${REASON_PATTERN})\\.json$`);

export function isAutoBackupReason(value: unknown): value is AutoBackupReason {
  return typeof value === 'string' && REASON_RE.test(value);
}

export function autoBackupName(reason: AutoBackupReason, at: Date): string {
  return `panelwright-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.json`;
}

/** Reads a name back into its time and reason; null for anything that is not an automatic backup's name. */
export function parseAutoBackupName(name: unknown): { readonly reason: AutoBackupReason; readonly createdAt: string } | null {
  if (typeof name !== 'string' || name.length > 100) return null;
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const createdAt = `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { reason: m[6] as AutoBackupReason, createdAt };
}

const kindOf = (reason: AutoBackupReason): keyof typeof AUTO_BACKUP_KEEP =>
  reason.startsWith('before-upgrade') ? 'before-upgrade' : (reason as 'daily' | 'before-restore');

/** Newest first (names sort by time because the time is ISO in UTC). */
export function sortAutoBackups<T extends { readonly name: string; readonly createdAt: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.createdAt === b.createdAt ? b.name.localeCompare(a.name) : b.createdAt.localeCompare(a.createdAt)));
}

/** The names to delete so that only the newest AUTO_BACKUP_KEEP of each kind remain. Unknown names are never touched. */
export function autoBackupsToPrune(names: readonly string[]): string[] {
  const parsed = names.flatMap((name) => {
    const p = parseAutoBackupName(name);
    return p ? [{ name, ...p }] : [];
  });
  const seen: Record<keyof typeof AUTO_BACKUP_KEEP, number> = { daily: 0, 'before-restore': 0, 'before-upgrade': 0 };
  const out: string[] = [];
  for (const b of sortAutoBackups(parsed)) {
    const kind = kindOf(b.reason);
    if (++seen[kind] > AUTO_BACKUP_KEEP[kind]) out.push(b.name);
  }
  return out;
}

/** An automatic backup's text is a backup file: bounded like any file the app opens. */
export const MAX_AUTO_BACKUP_BYTES = 200 * 1024 * 1024;

/** Backups and imports larger than this are refused before they are read into memory (both hosts). */
export const MAX_OPEN_FILE_BYTES = 50 * 1024 * 1024;
export const TOO_LARGE_TO_OPEN = 'That file is larger than 50 MB and cannot be opened.';

/** Channel names of the IPC contract: one place, used by main and preload. */
export const IPC = {
  saveFile: 'panelwright:save-file',
  openFile: 'panelwright:open-file',
  openExternal: 'panelwright:open-external',
  appVersion: 'panelwright:app-version',
  writeAutoBackup: 'panelwright:write-auto-backup',
  listAutoBackups: 'panelwright:list-auto-backups',
  readAutoBackup: 'panelwright:read-auto-backup',
  /** main → page: the window is closing; store what is pending (carries a request id). */
  closeRequested: 'panelwright:close-requested',
  /** page → main: the request id and a CloseAnswer. */
  closeAnswer: 'panelwright:close-answer',
  /** main → page: the Edit menu's 'undo' or 'redo'. */
  editCommand: 'panelwright:edit-command',
  /** main → page: the operating system handed the app a file; the page takes it with takeOpenedFile. */
  fileWaiting: 'panelwright:file-waiting',
  /** page → main: the next file handed over by the operating system (a FileFromHost), or null. */
  takeOpenedFile: 'panelwright:take-opened-file',
  validateDocx: 'panelwright:validate-docx',
  setSyncServer: 'panelwright:set-sync-server',
} as const;

/**
 * The origin ("wss://sync.example.gov.uk:443" as URL.origin writes it) of a team sync server's
 * address, or null for anything that is not a plain ws:/wss: address (credentials, query, fragment).
 */
export function syncServerOrigin(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > 2048) return null;
  try {
    const u = new URL(url);
    if ((u.protocol !== 'ws:' && u.protocol !== 'wss:') || !u.hostname || u.username || u.password || u.search || u.hash) return null;
    return `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}

/** The only external links the app will open. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' && u.hostname.length > 0) || (u.protocol === 'mailto:' && u.pathname.length > 0);
  } catch {
    return false;
  }
}
