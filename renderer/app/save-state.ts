// Tracks writes that are scheduled or in flight, so the status bar can say "Saving…" / "All changes
// saved" truthfully, and so pending edits can be flushed when the window is hidden or closed.
//
// When the disk (or the browser's quota) is full, a write fails with QuotaExceededError and IndexedDB
// rolls its transaction back, so everything stored before stays as it was. The change that failed is
// not dropped: trackWrite's writes are "set this record's field to this value" (the debounced savers of
// editors and fields), so they are kept here, in order, and tried again every few seconds and whenever a
// new edit arrives; the status bar says what happened until they are all stored.
import { useSyncExternalStore } from 'react';
import { setActionObserver } from '../db/action';
import { writeJournal } from './unsaved-journal';

type Flush = () => void;

interface Kept {
  readonly write: () => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
}

export const RETRY_MS = 3000;

let inFlight = 0;
/** In-flight writes the unsaved-edits journal does not cover: leaving now could lose them. */
let inFlightUnjournalled = 0;
let lastError: string | null = null;
const scheduled = new Map<object, Flush>();
/** Writes refused for lack of space, oldest first: retried in this order, so a later value wins. */
const kept: Kept[] = [];
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let draining = false;
const listeners = new Set<() => void>();
let snapshot = { pending: false, error: null as string | null };

function emit(): void {
  const next = { pending: inFlight > 0 || scheduled.size > 0 || kept.length > 0, error: lastError };
  if (next.pending !== snapshot.pending || next.error !== snapshot.error) snapshot = next;
  for (const l of listeners) l();
}

export function isQuotaError(e: unknown): boolean {
  const names = [
    (e as { name?: unknown } | null)?.name,
    (e as { inner?: { name?: unknown } } | null)?.inner?.name,
    (e as { cause?: { name?: unknown } } | null)?.cause?.name,
  ];
  if (names.includes('QuotaExceededError')) return true;
  const message = e instanceof Error ? e.message : '';
  return /QuotaExceeded|quota (has been )?exceeded/i.test(message);
}

export const OUT_OF_SPACE_KEPT =
  'Your computer is out of space for Panelwright’s data, so your latest change is not stored yet. Nothing already saved was lost. Free some disk space and keep typing — the unsaved change is kept in this window and saved automatically as soon as there is room (do not close this window until it says “All changes saved”).';
export const OUT_OF_SPACE_ACTION =
  'Your computer is out of space for Panelwright’s data, so that change was not made. Nothing already saved was lost. Free some disk space, then try again.';

export function describeWriteError(e: unknown, opts: { kept?: boolean } = {}): string {
  if (isQuotaError(e)) return opts.kept === false ? OUT_OF_SPACE_ACTION : OUT_OF_SPACE_KEPT;
  const detail = e instanceof Error ? e.message : String(e);
  return `Your last change could not be saved (${detail || 'no reason given'}). Everything saved before is safe.`;
}

async function attempt<T>(write: () => Promise<T>, journalled = false): Promise<T> {
  inFlight++;
  if (!journalled) inFlightUnjournalled++;
  emit();
  try {
    return await write();
  } finally {
    inFlight--;
    if (!journalled) inFlightUnjournalled--;
    emit();
  }
}

function scheduleRetry(): void {
  if (retryTimer || kept.length === 0) return;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    void retryKeptWrites();
  }, RETRY_MS);
}

/** Tries the kept writes again, oldest first, stopping at the first that still fails. */
export async function retryKeptWrites(): Promise<void> {
  if (draining) return;
  draining = true;
  try {
    for (let next = kept[0]; next; next = kept[0]) {
      let result: unknown;
      try {
        result = await attempt(next.write);
      } catch (e) {
        lastError = describeWriteError(e);
        emit();
        scheduleRetry();
        return;
      }
      kept.shift();
      next.resolve(result);
    }
    lastError = null;
    emit();
  } finally {
    draining = false;
  }
}

/**
 * Runs a write, counting it as pending until it settles. Only for writes that set a value (running one
 * again, or an older one before a newer one, ends in the same state): one refused for lack of space is
 * kept and retried, and its promise settles once it is stored. Any other failure is reported and thrown.
 */
export function trackWrite<T>(write: () => Promise<T>, opts: { journalled?: boolean } = {}): Promise<T> {
  if (kept.length) {
    // Still out of space: queue behind the kept writes (order decides which value wins) and try now.
    const queued = new Promise<T>((resolve) => kept.push({ write, resolve: resolve as (v: unknown) => void }));
    emit();
    void retryKeptWrites();
    return queued;
  }
  return attempt(write, opts.journalled).then(
    (result) => {
      lastError = null;
      emit();
      return result;
    },
    (e: unknown) => {
      if (!isQuotaError(e)) {
        lastError = describeWriteError(e);
        emit();
        throw e;
      }
      const queued = new Promise<T>((resolve) => kept.unshift({ write, resolve: resolve as (v: unknown) => void }));
      lastError = describeWriteError(e);
      emit();
      scheduleRetry();
      return queued;
    },
  );
}

// One-off user actions (add a section, new paper…) are not retried — doing one twice is not the same as
// once — but their failure is shown the same way, and their success clears an earlier one.
setActionObserver({
  failed(e) {
    // Other failures stay with the caller, as before; running out of space is the user's to know.
    if (!isQuotaError(e)) return;
    lastError = describeWriteError(e, { kept: false });
    emit();
  },
  succeeded() {
    if (lastError !== null && kept.length === 0) {
      lastError = null;
      emit();
    }
  },
});

/** A write that will happen soon (debounced); `flush` runs it now. */
export function markScheduled(key: object, flush: Flush): void {
  scheduled.set(key, flush);
  emit();
}

export function clearScheduled(key: object): void {
  if (scheduled.delete(key)) emit();
}

/** Runs every scheduled write now (window hidden, closing, before export). */
export function flushAll(): void {
  for (const flush of [...scheduled.values()]) flush();
}

export function useSaveState(): { pending: boolean; error: string | null } {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => snapshot,
  );
}

/** For tests: the current state without React. */
export function saveStateNow(): { pending: boolean; error: string | null; kept: number } {
  return { ...snapshot, kept: kept.length };
}

/**
 * The page is being left (or hidden): start every scheduled write and journal what is not stored yet
 * (unsaved-journal.ts). Returns whether anything could still be lost by leaving now: a write refused
 * for lack of space, or one under way that the journal does not cover.
 */
export function prepareToLeave(): boolean {
  flushAll();
  writeJournal();
  return kept.length > 0 || inFlightUnjournalled > 0;
}

/** Whether any write is not stored yet (scheduled, under way or kept). */
export function hasUnsavedWrites(): boolean {
  return inFlight > 0 || scheduled.size > 0 || kept.length > 0;
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => void prepareToLeave());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') prepareToLeave();
  });
  // In a browser tab, leaving (closing, reloading) while a change could still be lost asks first.
  // Electron closes through the host instead (electron/close-guard.ts asks the page, which answers
  // with prepareToLeave, and waits): a beforeunload refusal there would silently keep the window open.
  window.addEventListener('beforeunload', (event) => {
    if (prepareToLeave() && !window.panelwright) event.preventDefault();
  });
}

/**
 * Resolves once every scheduled and in-flight write has settled (flushes scheduled ones first). Writes
 * kept for lack of space are not waited for: they may wait for the user to free space.
 */
export function whenSaved(): Promise<void> {
  flushAll();
  if (inFlight === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (inFlight === 0) {
        listeners.delete(check);
        resolve();
      }
    };
    listeners.add(check);
  });
}
