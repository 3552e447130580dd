// House styles (shared/house-style): one record for the organisation default (committeeId null) and
// at most one per committee, created on the first setting changed. A setting set back to "as the
// organisation default" is left out of the record.
import type { HouseStyle, HouseStyleRecord } from '../../shared/house-style/model';
import { createMeta, isLive, touch } from '../../shared/records/meta';
import { userAction } from './action';
import type { PanelwrightDb } from './database';
import { valid } from './validate';

/** The live record of a committee (null: the organisation default), or undefined. */
export async function houseStyleRecord(db: PanelwrightDb, committeeId: string | null): Promise<HouseStyleRecord | undefined> {
  const all = await db.houseStyles.toArray();
  return all.filter((r) => isLive(r) && r.committeeId === committeeId).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
}

/** Sets one setting (undefined: back to the organisation default, or for the organisation the app's default). */
export function setHouseStyle<K extends keyof HouseStyle>(
  db: PanelwrightDb,
  committeeId: string | null,
  key: K,
  value: HouseStyle[K] | undefined,
): Promise<void> {
  return userAction(db, [db.houseStyles], async ({ by, at }) => {
    const existing = await houseStyleRecord(db, committeeId);
    const style: Partial<HouseStyle> = { ...(existing?.style ?? {}) };
    if (value === undefined) delete style[key];
    else style[key] = value;
    const next: HouseStyleRecord = existing ? touch(existing, { style }, by, at) : { ...createMeta(by, at), committeeId, style };
    await db.houseStyles.put(valid('houseStyles', next));
  });
}
