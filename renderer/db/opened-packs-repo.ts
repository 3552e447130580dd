// Update packs opened on an officer's computer (.pwpack): each is an updatePacks record with `opened`
// set, kept apart from this computer's own plans (nothing is written to its plans or updates). The
// officer's answers are saved into it as they type; "Save return pack" writes them to a file.
import { MAX_OPEN_FILE_BYTES } from '../../shared/host/api';
import { answerFor } from '../../shared/packs/opened';
import { readPwpack } from '../../shared/packs/pwpack';
import type { OpenedPack, PackAnswer } from '../../shared/packs/pwpack-model';
import type { UpdatePackRecord } from '../../shared/packs/record';
import { emptyDoc } from '../../shared/richtext/model';
import { createMeta, isLive, softDelete, touch } from '../../shared/records/meta';
import { userAction } from './action';
import type { PanelwrightDb } from './database';
import { valid } from './validate';

export type OpenPackResult = { readonly ok: true; readonly id: string; readonly already: boolean } | { readonly ok: false; readonly error: string };

export type OpenedPackRecord = UpdatePackRecord & { readonly opened: OpenedPack };

export const isOpenedPack = (r: UpdatePackRecord): r is OpenedPackRecord => r.opened !== undefined;

/** Packs opened here, live, newest first. */
export async function openedPacks(db: PanelwrightDb): Promise<OpenedPackRecord[]> {
  return (await db.updatePacks.toArray())
    .filter((r): r is OpenedPackRecord => isLive(r) && isOpenedPack(r))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

/**
 * Opens a .pwpack (a pack, or a return saved earlier) as a pack to fill in. The same pack opened again
 * goes back to the one already here, answers kept. A file that is not a usable pack changes nothing.
 */
export async function openPackFile(db: PanelwrightDb, fileName: string, bytes: Uint8Array): Promise<OpenPackResult> {
  if (bytes.length > MAX_OPEN_FILE_BYTES) return { ok: false, error: 'The file is larger than 50 MB, which no update pack is.' };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b)
    return { ok: false, error: 'This is an Excel update pack (.xlsx): fill it in with Excel or LibreOffice. Panelwright opens update packs saved as .pwpack.' };
  const read = await readPwpack(bytes);
  if (!read.ok) return read;
  const { pack, answers, officerName } = read.file;
  const existing = (await openedPacks(db)).find((r) => r.opened.pack.packId === pack.packId);
  if (existing) return { ok: true, id: existing.id, already: true };
  const id = await userAction(db, [db.updatePacks], async ({ by, at }) => {
    const record: UpdatePackRecord = {
      ...createMeta(by, at),
      planId: pack.plan.id,
      periodId: pack.period.id,
      personId: pack.officer?.personId ?? null,
      officerName: pack.officer?.name ?? '',
      officerEmail: pack.officer?.email ?? '',
      format: 'pack',
      deliverableIds: pack.rows.map((r) => r.deliverableId),
      sentAt: pack.madeAt,
      returnedAt: null,
      returnFile: '',
      opened: { fileName: fileName.slice(0, 300), openedAt: at, officerName, pack, answers },
    };
    await db.updatePacks.add(valid('updatePacks', record));
    return record.id;
  });
  return { ok: true, id, already: false };
}

export type AnswerChanges = Partial<Pick<PackAnswer, 'statusId' | 'narrative' | 'narrativeDate'>>;

async function openedRecord(db: PanelwrightDb, id: string): Promise<OpenedPackRecord> {
  const r = await db.updatePacks.get(id);
  if (!r || !isLive(r) || !isOpenedPack(r)) throw new Error('That update pack is no longer here: open the pack file again.');
  return r;
}

/** Saves one deliverable's answer (a status, the words, the date), as the officer types. */
export function setPackAnswer(db: PanelwrightDb, id: string, deliverableId: string, changes: AnswerChanges): Promise<void> {
  return userAction(db, [db.updatePacks], async ({ by, at }) => {
    const r = await openedRecord(db, id);
    const { pack, answers } = r.opened;
    if (!pack.rows.some((row) => row.deliverableId === deliverableId)) throw new Error('That deliverable is not in this update pack.');
    const was = answerFor(pack, answers, deliverableId) ?? {
      deliverableId,
      statusId: null,
      narrative: emptyDoc(),
      narrativeDate: at.slice(0, 10),
      updatedAt: at,
    };
    const next: PackAnswer = { ...was, ...changes, updatedAt: at };
    const list = answers.some((a) => a.deliverableId === deliverableId)
      ? answers.map((a) => (a.deliverableId === deliverableId ? next : a))
      : [...answers, next];
    await db.updatePacks.put(valid('updatePacks', touch(r, { opened: { ...r.opened, answers: list } }, by, at)));
  });
}

/** "Completed by": who is filling the pack in. */
export function setPackOfficerName(db: PanelwrightDb, id: string, officerName: string): Promise<void> {
  return userAction(db, [db.updatePacks], async ({ by, at }) => {
    const r = await openedRecord(db, id);
    await db.updatePacks.put(valid('updatePacks', touch(r, { opened: { ...r.opened, officerName } }, by, at)));
  });
}

/** Notes that the return was saved (shown on the pack, so the officer knows what they sent). */
export function markReturnSaved(db: PanelwrightDb, id: string, fileName: string): Promise<void> {
  return userAction(db, [db.updatePacks], async ({ by, at }) => {
    const r = await openedRecord(db, id);
    await db.updatePacks.put(valid('updatePacks', touch(r, { returnedAt: at, returnFile: fileName.slice(0, 300) }, by, at)));
  });
}

/** Removes a pack opened here (soft delete: undo brings it back with its answers). */
export function removeOpenedPack(db: PanelwrightDb, id: string): Promise<void> {
  return userAction(db, [db.updatePacks], async ({ by, at }) => {
    const r = await openedRecord(db, id);
    await db.updatePacks.put(softDelete(r, by, at));
  });
}

export function restoreOpenedPack(db: PanelwrightDb, id: string): Promise<void> {
  return userAction(db, [db.updatePacks], async ({ by, at }) => {
    const r = await db.updatePacks.get(id);
    if (r) await db.updatePacks.put(valid('updatePacks', touch({ ...r, deletedAt: null }, {}, by, at)));
  });
}
