// Before the window closes, the page stores what the author has just typed: the window's 'close' is held,
// the page is asked (IPC.closeRequested) to flush its pending saves and answers (IPC.closeAnswer) whether
// anything is still unsaved; only then does the window close. If something could not be stored (the disk
// is full) or the page does not answer in time (it hung), the author is asked before closing.
// The Electron APIs are injected, so this is tested in Node (close-guard.test.ts).

/** How long the page has to store its changes before the author is asked. */
export const CLOSE_TIMEOUT_MS = 5000;

export interface CloseGuardDeps {
  /** window.on('close', …) */
  onClose(listener: (event: { preventDefault(): void }) => void): void;
  /** window.close(): fires 'close' again, which the guard then lets through. */
  close(): void;
  /** webContents.send(IPC.closeRequested, requestId) */
  askRenderer(requestId: number): void;
  /** ipcMain.on(IPC.closeAnswer, …) for this window's page only (main.ts checks the sender). */
  onAnswer(listener: (requestId: unknown, answer: unknown) => void): void;
  /** A message box: true to close anyway. */
  askCloseAnyway(message: string): Promise<boolean>;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export const UNSAVED_MESSAGE = 'Your latest changes are not saved yet (the computer may be out of space). If you close now they will be lost.';
export const NO_ANSWER_MESSAGE =
  'Panelwright did not confirm that your latest changes are saved. If you close now, the last few seconds of typing may be lost.';

export function guardWindowClose(deps: CloseGuardDeps): void {
  let allowed = false;
  let waiting: { id: number; timer: unknown } | null = null;
  let nextId = 0;

  const finish = async (unsaved: false | string) => {
    const close = unsaved === false || (await deps.askCloseAnyway(unsaved));
    if (!close) return;
    allowed = true;
    deps.close();
  };

  deps.onClose((event) => {
    if (allowed) return;
    event.preventDefault();
    if (waiting) return;
    const id = ++nextId;
    const timer = deps.setTimer(() => {
      if (waiting?.id !== id) return;
      waiting = null;
      void finish(NO_ANSWER_MESSAGE);
    }, CLOSE_TIMEOUT_MS);
    waiting = { id, timer };
    deps.askRenderer(id);
  });

  deps.onAnswer((requestId, answer) => {
    if (!waiting || requestId !== waiting.id) return;
    if (typeof answer !== 'object' || answer === null || typeof (answer as { unsaved?: unknown }).unsaved !== 'boolean') return;
    deps.clearTimer(waiting.timer);
    waiting = null;
    void finish((answer as { unsaved: boolean }).unsaved ? UNSAVED_MESSAGE : false);
  });
}
