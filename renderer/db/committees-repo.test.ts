import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addCommittee, listCommittees, removeCommittee, renameCommittee, restoreCommittee, setCommitteePageLimit } from './committees-repo';
import { setUserName } from './settings-repo';
import { freshDb, reopen } from './test-helpers';

describe('committees', () => {
  it('adds a committee with its name tidied, stamped by the user, and kept across a restart', async () => {
    const db = freshDb();
    await setUserName(db, 'Kevin Dennis');
    const id = await addCommittee(db, '  Joint Audit  &   Scrutiny Panel ');
    const again = reopen(db);
    expect(await again.committees.get(id)).toMatchObject({ name: 'Joint Audit & Scrutiny Panel', updatedBy: 'Kevin Dennis', deletedAt: null });
  });

  it('the same name in another case or spacing gives back the existing id, not a duplicate', async () => {
    const db = freshDb();
    const a = await addCommittee(db, 'Police and Crime Panel');
    expect(await addCommittee(db, '  police AND  crime panel ')).toBe(a);
    expect(await db.committees.count()).toBe(1);
  });

  it('adding the name of a removed committee brings that one back', async () => {
    const db = freshDb();
    const a = await addCommittee(db, 'Audit Committee');
    await removeCommittee(db, a);
    expect(await listCommittees(db)).toEqual([]);
    expect(await addCommittee(db, 'audit committee')).toBe(a);
    expect((await listCommittees(db)).map((c) => c.name)).toEqual(['Audit Committee']);
  });

  it('renames (ignoring an empty name), removes softly and restores', async () => {
    const db = freshDb();
    const id = await addCommittee(db, 'Police and Crime Panel');
    await addCommittee(db, 'Audit Committee');
    await renameCommittee(db, id, 'Police  and Crime Panel (Nottinghamshire)');
    await renameCommittee(db, id, '   ');
    expect((await db.committees.get(id))?.name).toBe('Police and Crime Panel (Nottinghamshire)');
    await removeCommittee(db, id);
    expect((await listCommittees(db)).map((c) => c.name)).toEqual(['Audit Committee']);
    expect((await db.committees.get(id))?.deletedAt).toEqual(expect.any(String));
    await restoreCommittee(db, id);
    expect((await listCommittees(db)).map((c) => c.name)).toEqual(['Audit Committee', 'Police and Crime Panel (Nottinghamshire)']);
  });

  it('refuses an empty name', async () => {
    await expect(addCommittee(freshDb(), '   ')).rejects.toThrow('A committee needs a name.');
  });
});

describe('a committee’s page limit', () => {
  it('is set, kept and cleared; a backup without it stays valid', async () => {
    const db = freshDb();
    const id = await addCommittee(db, 'Police and Crime Panel');
    expect((await db.committees.get(id))?.pageLimit).toBeUndefined();
    await setCommitteePageLimit(db, id, 10);
    const again = reopen(db);
    expect((await again.committees.get(id))?.pageLimit).toBe(10);
    await setCommitteePageLimit(again, id, null);
    expect('pageLimit' in (await again.committees.get(id))!).toBe(false);
  });
  it('refuses what is not a whole number of pages, changing nothing', async () => {
    const db = freshDb();
    const id = await addCommittee(db, 'Audit Committee');
    await setCommitteePageLimit(db, id, 12);
    for (const bad of [0, 2.5, 1000, Number.NaN]) await expect(setCommitteePageLimit(db, id, bad)).rejects.toThrow(/page/);
    expect((await db.committees.get(id))?.pageLimit).toBe(12);
  });
});
