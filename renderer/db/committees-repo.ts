import type { Committee } from '../../shared/papers/model';
import { createMeta, isLive, nowIso, softDelete, touch } from '../../shared/records/meta';
import type { PanelwrightDb } from './database';
import { getUserName } from './settings-repo';

/** Adds a committee, or returns the live one already spelt that way (case and spaces ignored). */
export async function addCommittee(db: PanelwrightDb, name: string): Promise<string> {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new Error('A committee needs a name.');
  const by = await getUserName(db);
  return db.transaction('rw', db.committees, async () => {
    const existing = (await db.committees.toArray()).find((c) => isLive(c) && c.name.toLowerCase() === clean.toLowerCase());
    if (existing) return existing.id;
    const committee: Committee = { ...createMeta(by, nowIso()), name: clean };
    await db.committees.add(committee);
    return committee.id;
  });
}

export async function renameCommittee(db: PanelwrightDb, id: string, name: string): Promise<void> {
  const by = await getUserName(db);
  await db.transaction('rw', db.committees, async () => {
    const c = await db.committees.get(id);
    if (c && name.trim()) await db.committees.put(touch(c, { name: name.replace(/\s+/g, ' ').trim() }, by));
  });
}

/** Soft delete: papers that name it keep printing its name. */
export async function removeCommittee(db: PanelwrightDb, id: string): Promise<void> {
  const by = await getUserName(db);
  await db.transaction('rw', db.committees, async () => {
    const c = await db.committees.get(id);
    if (c && isLive(c)) await db.committees.put(softDelete(c, by));
  });
}
