// Required clearances of a paper's sections and their sign-offs (issue 15). A clearance's text hash
// is computed outside the transaction (Web Crypto is not a Dexie call); the write then checks the
// section did not change meanwhile, so a sign-off always covers the text the person saw.
import type { Clearance, ClearanceMethod, ClearanceRole } from '../../shared/clearance/model';
import { sectionTextHash, withSignOff } from '../../shared/clearance/rules';
import { createMeta, isLive, softDelete, touch } from '../../shared/records/meta';
import { userAction } from './action';
import type { PanelwrightDb } from './database';
import { editablePaper } from './paper-guard';
import { valid } from './validate';

export class ClearanceRefusedError extends Error {
  override name = 'ClearanceRefusedError';
}

export async function listClearances(db: PanelwrightDb, paperId: string): Promise<Clearance[]> {
  return (await db.clearances.where('paperId').equals(paperId).toArray()).filter(isLive);
}

/** A section now needs clearance by this role and person; returns its id (an existing one when already required). */
export function requireClearance(
  db: PanelwrightDb,
  paperId: string,
  sectionId: string,
  role: ClearanceRole,
  person: { id: string | null; name: string },
): Promise<string> {
  return userAction(db, [db.papers, db.sections, db.clearances], async ({ by, at }) => {
    await editablePaper(db, paperId);
    const section = await db.sections.get(sectionId);
    if (!section || !isLive(section) || section.paperId !== paperId) throw new ClearanceRefusedError('That section is no longer in the paper.');
    const same = (await db.clearances.where('paperId').equals(paperId).toArray()).find((c) => isLive(c) && c.sectionId === sectionId && c.role === role);
    if (same) {
      await db.clearances.put(valid('clearances', touch(same, { personId: person.id, personName: person.name.trim() }, by, at)));
      return same.id;
    }
    const c: Clearance = valid('clearances', {
      ...createMeta(by, at),
      paperId,
      sectionId,
      role,
      personId: person.id,
      personName: person.name.trim(),
      askedAt: null,
      signOff: null,
      history: [],
    });
    await db.clearances.add(c);
    return c.id;
  });
}

export function removeClearance(db: PanelwrightDb, id: string): Promise<void> {
  return userAction(db, [db.papers, db.clearances], async ({ by, at }) => {
    const c = await db.clearances.get(id);
    if (!c || !isLive(c)) return;
    await editablePaper(db, c.paperId);
    await db.clearances.put(softDelete(c, by, at));
  });
}

export function restoreClearance(db: PanelwrightDb, id: string): Promise<void> {
  return userAction(db, [db.papers, db.clearances], async ({ by, at }) => {
    const c = await db.clearances.get(id);
    if (!c || isLive(c)) return;
    await editablePaper(db, c.paperId);
    await db.clearances.put(touch({ ...c, deletedAt: null }, {}, by, at));
  });
}

export interface SignOffInput {
  readonly by: string;
  readonly role: string;
  /** ISO instant. */
  readonly at: string;
  readonly how: ClearanceMethod;
  readonly note: string;
}

/** Records that the person cleared the section as its text is now. */
export async function recordClearance(db: PanelwrightDb, clearanceId: string, input: SignOffInput): Promise<void> {
  const c = await db.clearances.get(clearanceId);
  const section = c ? await db.sections.get(c.sectionId) : undefined;
  if (!c || !isLive(c) || !section || !isLive(section)) throw new ClearanceRefusedError('That clearance or its section is no longer in the paper.');
  if (!input.by.trim()) throw new ClearanceRefusedError('Say who cleared it.');
  const textHash = await sectionTextHash(section);
  await userAction(db, [db.papers, db.sections, db.clearances], async ({ by, at }) => {
    await editablePaper(db, c.paperId);
    const now = await db.sections.get(section.id);
    if (!now || now.updatedAt !== section.updatedAt)
      throw new ClearanceRefusedError('The section changed while the clearance was being recorded. Nothing was recorded: check the text and record it again.');
    const current = await db.clearances.get(clearanceId);
    if (!current || !isLive(current)) return;
    const signOff = { by: input.by.trim(), role: input.role.trim(), at: input.at, how: input.how, textHash, recordedBy: by, note: input.note.trim() };
    await db.clearances.put(valid('clearances', touch(current, withSignOff(current, signOff), by, at)));
  });
}

/** Marks the clearances as asked for (a review copy went to the person). Read in the caller's transaction. */
export async function markAskedIn(db: PanelwrightDb, ids: readonly string[], askedAt: string, by: string): Promise<void> {
  for (const id of ids) {
    const c = await db.clearances.get(id);
    if (c && isLive(c)) await db.clearances.put(valid('clearances', touch(c, { askedAt }, by, askedAt)));
  }
}
