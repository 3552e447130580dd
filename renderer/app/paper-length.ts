// The open paper's length for the status bar: words and estimated pages (shared/papers/length.ts),
// and a warning when it is over its committee's page limit. Worked out when the browser is idle after
// a save, never while a key is being handled: the bundle it reads changes only when an edit is stored.
import { useEffect, useSyncExternalStore } from 'react';
import type { PaperBundle } from '../../shared/papers/model';
import { lengthSummary, lengthWarning, paperLength } from '../../shared/papers/length';

export interface PaperLengthInfo {
  readonly summary: string;
  readonly warning: string | null;
}

let current: PaperLengthInfo | null = null;
const listeners = new Set<() => void>();

function publish(next: PaperLengthInfo | null): void {
  if (next?.summary === current?.summary && next?.warning === current?.warning) return;
  current = next;
  for (const l of listeners) l();
}

export function usePaperLengthInfo(): PaperLengthInfo | null {
  return useSyncExternalStore(
    (l) => (listeners.add(l), () => listeners.delete(l)),
    () => current,
  );
}

const idle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
};

/** The paper screen reports its bundle; the status bar shows the result. */
export function useReportPaperLength(bundle: PaperBundle | null | undefined): void {
  useEffect(() => {
    if (!bundle) return;
    return idle(() => {
      const length = paperLength(bundle);
      publish({ summary: lengthSummary(length), warning: lengthWarning(length, bundle.committee) });
    });
  }, [bundle]);
  useEffect(() => () => publish(null), []);
}
