// The reusable list of committees, so a name is spelt the same on every paper.
import type { RuleSetting } from '../../shared/check/config';
import type { Committee } from '../../shared/papers/model';
import { createMeta, isLive, softDelete, touch } from '../../shared/records/meta';
import { userAction } from './action';
import type { PanelwrightDb } from './database';
import { validCommittee } from './validate';
import { editRecord } from './records';

const clean = (name: string) => name.replace(/\s+/g, ' ').trim();
const same = (a: string, b: string) => a.toLocaleLowerCase('en-GB') === b.toLocaleLowerCase('en-GB');

/**
 * Adds a committee and returns its id; if one is already spelt that way (ignoring case and spaces)
 * returns that one's id instead, bringing it back if it had been removed.
 */
export function addCommittee(db: PanelwrightDb, name: string): Promise<string> {
  const wanted = clean(name);
  if (!wanted) return Promise.reject(new Error('A committee needs a name.'));
  return userAction(db, [db.committees], async ({ by, at }) => {
    const matches = (await db.committees.toArray()).filter((c) => same(c.name, wanted));
    const live = matches.find(isLive);
    if (live) return live.id;
    const removed = matches[0];
    if (removed) {
      await db.committees.put(validCommittee(touch({ ...removed, deletedAt: null }, {}, by, at)));
      return removed.id;
    }
    const committee = validCommittee({ ...createMeta(by, at), name: wanted });
    await db.committees.add(committee);
    return committee.id;
  });
}

/** Renames (spaces tidied); an empty name is ignored, so clearing the field to retype loses nothing. */
export function renameCommittee(db: PanelwrightDb, id: string, name: string): Promise<void> {
  const wanted = clean(name);
  return userAction(db, [db.committees], async ({ by, at }) => {
    const c = await db.committees.get(id);
    if (c && wanted && c.name !== wanted) await db.committees.put(validCommittee(touch(c, { name: wanted }, by, at)));
  });
}

/** Sets (a whole number of pages, 1–999) or clears (null) the committee's page limit. */
export function setCommitteePageLimit(db: PanelwrightDb, id: string, pages: number | null): Promise<void> {
  return userAction(db, [db.committees], async ({ by, at }) => {
    const c = await db.committees.get(id);
    if (!c) return;
    const { pageLimit: _old, ...rest } = c;
    const next: Committee = pages === null ? rest : { ...rest, pageLimit: pages };
    await db.committees.put(validCommittee(touch(next, {}, by, at)));
  });
}

/** Soft delete: it leaves the pick-list, but papers that name it keep printing its name. */
export function removeCommittee(db: PanelwrightDb, id: string): Promise<void> {
  return userAction(db, [db.committees], async ({ by, at }) => {
    const c = await db.committees.get(id);
    if (c && isLive(c)) await db.committees.put(softDelete(c, by, at));
  });
}

export function restoreCommittee(db: PanelwrightDb, id: string): Promise<void> {
  return userAction(db, [db.committees], async ({ by, at }) => {
    const c = await db.committees.get(id);
    if (c && !isLive(c)) await db.committees.put(touch({ ...c, deletedAt: null }, {}, by, at));
  });
}

/** Live committees in name order, for pick-lists. */
export async function listCommittees(db: PanelwrightDb): Promise<Committee[]> {
  return (await db.committees.toArray()).filter(isLive).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/** Adds a meeting date (ISO) to the committee's list, kept sorted and without repeats. */
export function addMeetingDate(db: PanelwrightDb, id: string, iso: string): Promise<void> {
  return editRecord(db, 'committees', id, (c) => ({ meetingDates: [...new Set([...(c.meetingDates ?? []), iso])].sort() }));
}

export function removeMeetingDate(db: PanelwrightDb, id: string, iso: string): Promise<void> {
  return editRecord(db, 'committees', id, (c) => ({ meetingDates: (c.meetingDates ?? []).filter((d) => d !== iso) }));
}

/** The Check's setting of one rule for this committee (shared/check/config.ts); null returns it to the rule's defaults. */
export function setCheckRule(db: PanelwrightDb, id: string, ruleId: string, setting: RuleSetting | null): Promise<void> {
  return editRecord(db, 'committees', id, (c) => {
    const { [ruleId]: _old, ...rest } = c.checkRules ?? {};
    _old;
    return { checkRules: setting && (setting.enabled === false || setting.threshold !== undefined) ? { ...rest, [ruleId]: setting } : rest };
  });
}
