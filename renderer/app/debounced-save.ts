// Debounce with a ceiling: typing continuously still saves at least every `maxWaitMs`, so no edit
// older than about a second is ever only in memory.
import { clearScheduled, markScheduled, trackWrite } from './save-state';

export interface DebouncedSaver<T> {
  push(value: T): void;
  flush(): void;
}

export function createDebouncedSaver<T>(write: (value: T) => Promise<unknown>, waitMs = 250, maxWaitMs = 800): DebouncedSaver<T> {
  const key = {};
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPushAt = 0;

  const flush = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    clearScheduled(key);
    void trackWrite(() => write(value)).catch(() => {
      /* reported through save-state's error */
    });
  };

  return {
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
