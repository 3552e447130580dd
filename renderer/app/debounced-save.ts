// Debounce with a ceiling: typing continuously still saves at least every `maxWaitMs`, so no edit
// older than about a second is ever only in memory. A saver given `journal` also has its unsaved value
// written to localStorage if the page is left before it is stored (unsaved-journal.ts).
import { clearScheduled, markScheduled, trackWrite } from './save-state';
import { addJournalSource, removeJournalSource } from './unsaved-journal';
import type { JournalEntry } from './unsaved-journal';

export interface DebouncedSaver<T> {
  push(value: T): void;
  flush(): void;
  /** Stops keeping the unsaved value for the journal (the field or editor went away, after its flush). */
  dispose(): void;
}

export interface SaverOptions<T> {
  /** How to replay the value after a reload (durable-edits.ts): only asked for when the page is left. */
  readonly journal?: ((value: T) => JournalEntry | null) | undefined;
}

export function createDebouncedSaver<T>(
  write: (value: T) => Promise<unknown>,
  waitMs = 250,
  maxWaitMs = 800,
  options: SaverOptions<T> = {},
): DebouncedSaver<T> {
  const key = {};
  let pending: { value: T } | null = null;
  // The newest value handed to a write not yet known to be stored (for the journal).
  let writing: { value: T; n: number } | null = null;
  let writes = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPushAt = 0;
  let disposed = false;
  const { journal } = options;
  if (journal) addJournalSource(key, () => (pending ? journal(pending.value) : writing ? journal(writing.value) : null));

  const flush = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    clearScheduled(key);
    const n = ++writes;
    writing = { value, n };
    void trackWrite(() => write(value), { journalled: !!journal })
      .then(() => {
        if (writing?.n === n) writing = null;
        if (disposed && !writing && !pending) removeJournalSource(key);
      })
      .catch(() => {
        /* reported through save-state's error */
      });
  };

  return {
    dispose() {
      // Kept until what was flushed is stored: the page may still be left before that.
      disposed = true;
      if (!pending && !writing) removeJournalSource(key);
    },
    push(value: T) {
      const now = Date.now();
      if (!pending) firstPushAt = now;
      pending = { value };
      markScheduled(key, flush);
      if (timer) clearTimeout(timer);
      const wait = Math.max(0, Math.min(waitMs, maxWaitMs - (now - firstPushAt)));
      timer = setTimeout(flush, wait);
    },
    flush,
  };
}
