// Edits typed just before the page goes away (F5, the tab or window closing) are only in memory: a
// debounced save has not started, or IndexedDB has not committed it before the page is torn down
// (IndexedDB cannot be waited for while a page unloads). So as the page is left, every saver that opted
// in writes what it has not stored yet to localStorage, synchronously; the next start puts those edits
// into the database (durable-edits.ts), unless the record was changed after them (another window, or
// the save did complete). Nothing is written on the typing path: only when the page is hidden or left.

export interface JournalEntry {
  /** Which replay applies it (durable-edits.ts), e.g. 'sectionBody'. */
  readonly kind: string;
  readonly args: Readonly<Record<string, unknown>>;
}

export interface Journal {
  /** When the entries were written: a record changed after this is newer than them. */
  readonly at: string;
  readonly entries: readonly JournalEntry[];
}

export const JOURNAL_PREFIX = 'panelwright.unsavedEdits.';
// One key per page load: two windows leaving at once must not overwrite each other's edits.
const WINDOW_KEY = `${JOURNAL_PREFIX}${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

const sources = new Map<object, () => JournalEntry | null>();

/** A saver's unsaved value, asked for only when the page is left. */
export function addJournalSource(key: object, unsaved: () => JournalEntry | null): void {
  sources.set(key, unsaved);
}

export function removeJournalSource(key: object): void {
  sources.delete(key);
}

/** Whether every unsaved value has a journal source (then leaving loses nothing, and need not ask). */
export function journalledKeys(): ReadonlySet<object> {
  return new Set(sources.keys());
}

/** Writes the unsaved values now (synchronously); returns how many. Clears this window's entry when there are none. */
export function writeJournal(storage: Storage = localStorage, now: () => string = () => new Date().toISOString()): number {
  const entries = [...sources.values()].map((unsaved) => unsaved()).filter((e): e is JournalEntry => e !== null);
  try {
    if (entries.length) storage.setItem(WINDOW_KEY, JSON.stringify({ at: now(), entries } satisfies Journal));
    else storage.removeItem(WINDOW_KEY);
  } catch {
    /* localStorage full or off: the flush and the question before leaving are what is left */
  }
  return entries.length;
}

/** Every journal left by an earlier page load (and removes them), oldest first. Damaged ones are dropped. */
export function takeJournals(storage: Storage = localStorage): Journal[] {
  const out: Journal[] = [];
  for (let i = storage.length - 1; i >= 0; i--) {
    const key = storage.key(i);
    if (!key?.startsWith(JOURNAL_PREFIX) || key === WINDOW_KEY) continue;
    try {
      const j = JSON.parse(storage.getItem(key) ?? 'null') as Journal | null;
      if (j && typeof j.at === 'string' && Array.isArray(j.entries)) out.push(j);
    } catch {
      /* not ours to read */
    }
    storage.removeItem(key);
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}
