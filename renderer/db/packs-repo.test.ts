import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makePacks } from '../../shared/packs/make';
import { readXlsxReturn } from '../../shared/packs/xlsx-read';
import { writeXlsxPack } from '../../shared/packs/xlsx-write';
import { cleanRowIds, reviewReturns } from '../../shared/packs/returns';
import { packRound } from '../../shared/packs/round';
import { fillXlsxPack } from '../../shared/packs/test-fixtures';
import { SAMPLE_PLAN_ID } from '../../shared/sample/plan';
import { seedSampleIfFirstRun } from './backup-repo';
import { loadPlanData, setUpdate } from './plans-repo';
import { recordPacksSent, takeReturns } from './packs-repo';
import { dumpDatabase, freshDb } from './test-helpers';
import type { PanelwrightDb } from './database';

const PERIOD = 'fy2017q3';

async function setup() {
  const db = freshDb('packs');
  await seedSampleIfFirstRun(db);
  const made = makePacks(await loadPlanData(db, SAMPLE_PLAN_ID), { planId: SAMPLE_PLAN_ID, periodId: PERIOD, by: 'Author', at: new Date().toISOString() });
  if (!made.ok) throw new Error(made.error);
  await recordPacksSent(db, made.packs, 'xlsx');
  return { db, packs: made.packs };
}

async function review(db: PanelwrightDb, files: { name: string; bytes: Uint8Array }[]) {
  const read = await Promise.all(files.map(async (f) => ({ fileName: f.name, ...(await readXlsxReturn(f.name, f.bytes)) })));
  return reviewReturns(
    await loadPlanData(db, SAMPLE_PLAN_ID),
    SAMPLE_PLAN_ID,
    PERIOD,
    read.map((r) =>
      r.ok
        ? { fileName: r.fileName, ok: true as const, ret: { ...r.ret, fileName: r.fileName } }
        : { fileName: r.fileName, ok: false as const, error: r.error },
    ),
  );
}

describe('taking returns in', () => {
  it('writes the accepted rows in one go, marks the pack returned, and the same return again changes nothing', async () => {
    const { db, packs } = await setup();
    const pack = packs[0]!;
    const bytes = await fillXlsxPack(
      await writeXlsxPack(pack),
      pack.rows.map(() => ({ status: 'G – Green', text: 'Done.' })),
    );
    const first = await review(db, [{ name: 'kd.xlsx', bytes }]);
    expect(first.rows.every((r) => r.entry.kind === 'new')).toBe(true);
    const before = await dumpDatabase(db);
    expect(await dumpDatabase(db)).toEqual(before); // reviewing wrote nothing
    const taken = await takeReturns(db, first, cleanRowIds(first));
    expect(taken).toEqual({ written: pack.rows.length, packsReturned: 1 });
    const data = await loadPlanData(db, SAMPLE_PLAN_ID);
    for (const r of pack.rows) expect(data.updates.find((u) => u.id === r.updateId)).toMatchObject({ statusId: 'green', periodId: PERIOD });
    expect(packRound(await db.updatePacks.toArray(), SAMPLE_PLAN_ID, PERIOD).returned).toBe(1);

    const again = await review(db, [{ name: 'kd.xlsx', bytes }]);
    expect(again.rows.map((r) => r.entry.kind)).toEqual(pack.rows.map(() => 'unchanged'));
    expect(cleanRowIds(again)).toEqual([]);
    const updatesBefore = await db.updates.toArray();
    await takeReturns(db, again, cleanRowIds(again));
    expect(await db.updates.toArray()).toEqual(updatesBefore);
  });

  it('an update the author wrote after the pack was made is a conflict, written only when chosen', async () => {
    const { db, packs } = await setup();
    const pack = packs[0]!;
    const row = pack.rows[0]!;
    await setUpdate(db, row.deliverableId, PERIOD, {
      statusId: 'red',
      narrative: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Author wrote this.' }] }] },
    });
    const bytes = await fillXlsxPack(await writeXlsxPack(pack), [{ status: 'G – Green', text: 'Officer wrote this.' }]);
    const r = await review(db, [{ name: 'kd.xlsx', bytes }]);
    const entry = r.rows.find((x) => x.ref === row.ref)!;
    expect(entry.entry.kind).toBe('conflict');
    expect(entry.currentText).toBe('Author wrote this.');
    expect(entry.officerText).toBe('Officer wrote this.');
    await takeReturns(db, r, cleanRowIds(r));
    const live = (await db.updates.where('[deliverableId+periodId]').equals([row.deliverableId, PERIOD]).toArray()).filter((u) => u.deletedAt === null);
    expect(live.map((u) => u.statusId)).toEqual(['red']);
    await takeReturns(db, r, [entry.entry.id]);
    const after = (await db.updates.where('[deliverableId+periodId]').equals([row.deliverableId, PERIOD]).toArray()).filter((u) => u.deletedAt === null);
    expect(after.map((u) => u.statusId)).toEqual(['green']);
  });

  it('refuses, writing nothing, when an update changed after the review was drawn', async () => {
    const { db, packs } = await setup();
    const pack = packs[0]!;
    const bytes = await fillXlsxPack(await writeXlsxPack(pack), [{ status: 'G – Green', text: 'x' }]);
    const r = await review(db, [{ name: 'kd.xlsx', bytes }]);
    await setUpdate(db, pack.rows[0]!.deliverableId, PERIOD, { statusId: 'amber' });
    const before = await dumpDatabase(db);
    await expect(takeReturns(db, r, cleanRowIds(r))).rejects.toThrow(/changed while the returns were being reviewed/);
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
