// Files the operating system hands the app: a double-clicked update pack (.pwpack) or backup
// (.panelwright). They arrive as a path in the command line the app starts with (Windows, Linux), in
// a second instance's command line while the app runs (the single-instance lock hands it over), or
// in macOS's 'open-file' event. Each is kept here until the page asks for it (IPC.takeOpenedFile),
// so a file that arrives before the window has loaded is not lost; the page is told one is waiting
// (IPC.fileWaiting). Only paths that came from the OS are ever read — the page cannot name one — and
// they are read with the same limits as the Open dialog. The file system is injected (tests in Node).

import nodePath from 'node:path';
import { MAX_OPEN_FILE_BYTES, TOO_LARGE_TO_OPEN, openableKind, type FileFromHost } from '../shared/host/api';

export interface OpenedFilesDeps {
  readonly fs: {
    stat(path: string): Promise<{ readonly size: number; isFile(): boolean }>;
    readFile(path: string): Promise<Uint8Array>;
  };
  /** Tells the page a file is waiting (webContents.send(IPC.fileWaiting)); a no-op before there is a window. */
  readonly notify: () => void;
}

export interface OpenedFiles {
  /** A path from macOS's 'open-file'; ignored unless it is a file the app opens. */
  add(path: string): boolean;
  /** The files named in a command line (the first instance's, or a second instance's), relative to its folder. */
  addFromArgv(argv: readonly string[], cwd: string): number;
  /** The next waiting file, read from disk; null when none is waiting. */
  take(): Promise<FileFromHost | null>;
}

/** More than this many files waiting at once is not a double-click: the rest are dropped. */
const MAX_WAITING = 20;

/**
 * The paths in a command line that name a file the app opens: not the executable, not a switch
 * (Chromium adds its own to a second instance's argv), not the app folder `electron .` is run with.
 */
export function openablePathsInArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((a) => a.length > 0 && a.length < 4096 && !a.startsWith('-') && openableKind(a) !== null)
    .map((a) => nodePath.resolve(cwd, a));
}

export function createOpenedFiles(deps: OpenedFilesDeps): OpenedFiles {
  const waiting: string[] = [];
  const queue = (paths: readonly string[]): number => {
    let added = 0;
    for (const p of paths) {
      if (waiting.length >= MAX_WAITING || waiting.includes(p)) continue;
      waiting.push(p);
      added++;
    }
    if (added > 0) deps.notify();
    return added;
  };

  return {
    add: (path) => typeof path === 'string' && openableKind(path) !== null && queue([nodePath.resolve(path)]) > 0,
    addFromArgv: (argv, cwd) => queue(openablePathsInArgv(argv, cwd)),
    take: async () => {
      const path = waiting.shift();
      if (path === undefined) return null;
      const name = nodePath.basename(path);
      try {
        const info = await deps.fs.stat(path);
        if (!info.isFile()) return { ok: false, name, error: 'That is not a file.' };
        if (info.size > MAX_OPEN_FILE_BYTES) return { ok: false, name, error: TOO_LARGE_TO_OPEN };
        const bytes = await deps.fs.readFile(path);
        if (bytes.byteLength > MAX_OPEN_FILE_BYTES) return { ok: false, name, error: TOO_LARGE_TO_OPEN };
        // A plain Uint8Array (not a Buffer view on a shared pool) crosses IPC cleanly.
        return { ok: true, file: { name, data: new Uint8Array(bytes) } };
      } catch {
        return { ok: false, name, error: 'The file could not be read: it may have been moved or deleted.' };
      }
    },
  };
}
