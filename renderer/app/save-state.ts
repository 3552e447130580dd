// Tracks writes that are scheduled or in flight, so the status bar can say "Saving…" / "All changes
// saved" truthfully, and so pending edits can be flushed when the window is hidden or closed.
import { useSyncExternalStore } from 'react';

type Flush = () => void;

let inFlight = 0;
let lastError: string | null = null;
const scheduled = new Map<object, Flush>();
const listeners = new Set<() => void>();
let snapshot = { pending: false, error: null as string | null };

function emit(): void {
  const next = { pending: inFlight > 0 || scheduled.size > 0, error: lastError };
  if (next.pending !== snapshot.pending || next.error !== snapshot.error) snapshot = next;
  for (const l of listeners) l();
}

/** Runs a write, counting it as pending until it settles; a failure is kept for the status bar. */
export async function trackWrite<T>(write: () => Promise<T>): Promise<T> {
  inFlight++;
  emit();
  try {
    const result = await write();
    lastError = null;
    return result;
  } catch (e) {
    lastError = describeWriteError(e);
    throw e;
  } finally {
    inFlight--;
    emit();
  }
}

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

export function describeWriteError(e: unknown): string {
  const name = (e as { name?: string } | null)?.name ?? '';
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'This computer has run out of storage space for Panelwright. Your last change could not be saved; free some disk space, then type again. Everything saved before is safe.';
  }
  return `Your last change could not be saved (${e instanceof Error ? e.message : String(e)}). Everything saved before is safe.`;
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

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', flushAll);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushAll();
  });
}

/** Resolves once every scheduled and in-flight write has settled (flushes scheduled ones first). */
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
