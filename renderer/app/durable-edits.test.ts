// Edits left unsaved by a reload or close are put back at the next start, never over newer work.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { doc, para } from '../../shared/richtext/build';
import { createPaper, loadBundle, setSectionBody } from '../db/papers-repo';
import { freshDb, tick } from '../db/test-helpers';
import { createDebouncedSaver } from './debounced-save';
import { journalEntry, restoreUnsavedEdits } from './durable-edits';
import { JOURNAL_PREFIX, takeJournals, writeJournal } from './unsaved-journal';

class MemoryStorage implements Storage {
  private m = new Map<string, string>();
  get length() {
    return this.m.size;
  }
  clear() {
    this.m.clear();
  }
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
}

/** What a page load left behind, as another page load (the next start) finds it. */
function leftBehind(storage: MemoryStorage): MemoryStorage {
  const next = new MemoryStorage();
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i)!;
    next.setItem(k.replace(JOURNAL_PREFIX, `${JOURNAL_PREFIX}earlier-`), storage.getItem(k)!);
  }
  return next;
}

const text = (body: unknown) => JSON.stringify(body);

describe('edits unsaved when the page goes', () => {
  it('a section body typed but not yet saved is journalled as the page is left, and put back at the next start', async () => {
    const db = freshDb();
    const paperId = await createPaper(db);
    const section = (await loadBundle(db, paperId))!.sections[0]!;
    const never = vi.fn(() => new Promise<void>(() => {})); // the write that never lands (the page went)
    const saver = createDebouncedSaver(never, 250, 800, { journal: journalEntry.sectionBody(section.id) });
    const body = doc(para('Typed just before the reload.'));
    saver.push(body);
    const storage = new MemoryStorage();
    await tick();
    expect(writeJournal(storage)).toBeGreaterThanOrEqual(1);
    saver.dispose();

    expect(await restoreUnsavedEdits(db, leftBehind(storage))).toBe(1);
    expect(text((await db.sections.get(section.id))!.body)).toBe(text(body));
  });

  it('is not put back over a change made after it (the save did land, or another window wrote later)', async () => {
    const db = freshDb();
    const paperId = await createPaper(db);
    const section = (await loadBundle(db, paperId))!.sections[0]!;
    const storage = new MemoryStorage();
    storage.setItem(
      `${JOURNAL_PREFIX}old`,
      JSON.stringify({ at: new Date(Date.now() - 60_000).toISOString(), entries: [journalEntry.sectionBody(section.id)(doc(para('older words')))] }),
    );
    await setSectionBody(db, section.id, doc(para('newer words')));
    expect(await restoreUnsavedEdits(db, storage)).toBe(0);
    expect(text((await db.sections.get(section.id))!.body)).toContain('newer words');
  });

  it('drops damaged entries and entries for records that are gone, and never fails the start', async () => {
    const db = freshDb();
    const storage = new MemoryStorage();
    storage.setItem(`${JOURNAL_PREFIX}a`, '{not json');
    storage.setItem(
      `${JOURNAL_PREFIX}b`,
      JSON.stringify({
        at: new Date().toISOString(),
        entries: [
          { kind: 'sectionBody', args: { id: 'no-such-section', body: doc(para('x')) } },
          { kind: 'unknown', args: {} },
          { kind: 'sectionBody', args: { body: 'not a doc' } },
          null,
        ],
      }),
    );
    storage.setItem('someone.else', 'kept');
    expect(await restoreUnsavedEdits(db, storage)).toBe(0);
    expect(takeJournals(storage)).toEqual([]);
    expect(storage.getItem('someone.else')).toBe('kept');
  });

  it('a saver whose value is stored leaves nothing to journal', async () => {
    const storage = new MemoryStorage();
    const saver = createDebouncedSaver(async () => {}, 0, 0, { journal: journalEntry.paperTitle('p') });
    saver.push('Title');
    saver.flush();
    await tick();
    writeJournal(storage);
    const written = [...Array(storage.length).keys()].map((i) => storage.getItem(storage.key(i)!) ?? '').join('');
    expect(written).not.toContain('paperTitle');
    saver.dispose();
  });
});
