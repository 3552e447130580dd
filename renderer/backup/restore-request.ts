// A backup file to restore that came from outside the Backup & restore screen (a double-clicked
// .panelwright): kept here until the screen takes it and runs its one restore path (check the file,
// then ask with RestoreDialog), so it is never restored without the author's confirmation.
import type { OpenedFile } from '../../shared/host/api';

let waiting: OpenedFile | null = null;
const listeners = new Set<() => void>();

/** Asks the Backup & restore screen to restore this file (after its usual check and confirmation). */
export function requestRestore(file: OpenedFile): void {
  waiting = file;
  listeners.forEach((l) => l());
}

/** The file waiting to be restored, once: taking it clears it. */
export function takeRestoreRequest(): OpenedFile | null {
  const file = waiting;
  waiting = null;
  return file;
}

/** Runs `listener` whenever a file is asked to be restored; returns the unsubscribe. */
export function onRestoreRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
