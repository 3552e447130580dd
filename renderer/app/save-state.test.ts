// Running out of disk space (simulated: IndexedDB's put/add/cursor update throw QuotaExceededError, as
// Chromium does when the disk or the origin's quota is full): the user is told, what was stored stays
// exactly as it was, and the change that failed is kept and stored once there is room.
import 'fake-indexeddb/auto';
import { appendFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { doc, para } from '../../shared/richtext/build';
import { snapshot } from '../db/backup-repo';
import { addSection, createPaper, loadBundle, setSectionBody } from '../db/papers-repo';
import { openDatabase } from '../db/database';
import { freshDb, reopen } from '../db/test-helpers';
import { OUT_OF_SPACE_ACTION, OUT_OF_SPACE_KEPT, RETRY_MS, retryKeptWrites, saveStateNow, trackWrite } from './save-state';

type Patchable = { prototype: Record<string, unknown> };
const patched: [Patchable, string, unknown][] = [];

/** From now on every IndexedDB write throws QuotaExceededError (a DOMException, as browsers throw it). */
function fillTheDisk(): void {
  const targets: [Patchable, string][] = [
    [globalThis.IDBObjectStore as unknown as Patchable, 'put'],
    [globalThis.IDBObjectStore as unknown as Patchable, 'add'],
    [globalThis.IDBCursor as unknown as Patchable, 'update'],
  ];
  for (const [cls, method] of targets) {
    patched.push([cls, method, cls.prototype[method]]);
    cls.prototype[method] = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }
}

function freeSpace(): void {
  for (const [cls, method, original] of patched.splice(0)) cls.prototype[method] = original;
}

afterEach(freeSpace);

const textOf = (body: unknown) => JSON.stringify(body);

describe('when the disk is full', () => {
  it('a typed change is refused with a clear message, nothing stored changes, and the change is saved once there is room', async () => {
    const db = freshDb('quota');
    const paperId = await createPaper(db, { title: 'Budget report' });
    const sectionId = (await loadBundle(db, paperId))!.sections[0]!.id;
    await trackWrite(() => setSectionBody(db, sectionId, doc(para('Stored before the disk filled.'))));
    const before = await snapshot(db);

    fillTheDisk();
    let stored = false;
    const pending = trackWrite(() => setSectionBody(db, sectionId, doc(para('Typed while the disk was full.')))).then(() => (stored = true));
    await new Promise((r) => setTimeout(r, 50));
    const state = saveStateNow();
    expect(state.error).toBe(OUT_OF_SPACE_KEPT);
    expect(state.error).toMatch(/out of space/);
    expect(state.error).toMatch(/Nothing already saved was lost/);
    expect(state.error).toMatch(/kept in this window/);
    expect(state.pending).toBe(true);
    expect(state.kept).toBe(1);
    expect(stored).toBe(false);
    // A newer edit while still full is kept behind it, in order.
    void trackWrite(() => setSectionBody(db, sectionId, doc(para('Typed while the disk was full, and more.'))));
    await new Promise((r) => setTimeout(r, 50));
    expect(saveStateNow().kept).toBe(2);
    // Everything stored before is exactly as it was, also after closing and opening the database again.
    expect(await snapshot(db)).toEqual(before);
    const second = openDatabase(db.name);
    expect(await snapshot(second)).toEqual(before);
    second.close();

    freeSpace();
    await retryKeptWrites();
    await pending;
    expect(stored).toBe(true);
    expect(saveStateNow()).toEqual({ pending: false, error: null, kept: 0 });
    const db2 = reopen(db);
    const body = (await db2.sections.get(sectionId))!.body;
    expect(textOf(body)).toContain('Typed while the disk was full, and more.');
    if (process.env.PANELWRIGHT_FIGURES)
      appendFileSync(process.env.PANELWRIGHT_FIGURES, `${JSON.stringify({ check: 'quota-unit', storedChanged: 0, keptChangeSaved: true })}\n`);
  });

  it(
    'the kept change is retried on its own every few seconds',
    async () => {
      const db = freshDb('quota-retry');
      const paperId = await createPaper(db, { title: 'Retry' });
      const sectionId = (await loadBundle(db, paperId))!.sections[0]!.id;
      fillTheDisk();
      const pending = trackWrite(() => setSectionBody(db, sectionId, doc(para('Retried by itself.'))));
      await new Promise((r) => setTimeout(r, 50));
      expect(saveStateNow().error).toBe(OUT_OF_SPACE_KEPT);
      freeSpace();
      await pending; // resolves once the timer's retry stores it
      expect(textOf((await db.sections.get(sectionId))!.body)).toContain('Retried by itself.');
      expect(saveStateNow().error).toBeNull();
    },
    RETRY_MS * 3,
  );

  it('a one-off action (add a section) is not retried, says so, and changes nothing', async () => {
    const db = freshDb('quota-action');
    const paperId = await createPaper(db, { title: 'Action' });
    const before = await snapshot(db);
    fillTheDisk();
    await expect(addSection(db, paperId, { title: 'New section' })).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(saveStateNow().error).toBe(OUT_OF_SPACE_ACTION);
    expect(await snapshot(db)).toEqual(before);
    freeSpace();
    await addSection(db, paperId, { title: 'New section' });
    expect(saveStateNow().error).toBeNull();
  });
});
