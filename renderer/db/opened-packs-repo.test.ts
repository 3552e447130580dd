import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makePacks } from '../../shared/packs/make';
import { writePwpack, writePwpackReturn } from '../../shared/packs/pwpack';
import { readReturnFile } from '../../shared/packs/read-return';
import { cleanRowIds, reviewReturns } from '../../shared/packs/returns';
import { packRound } from '../../shared/packs/round';
import { writeXlsxPack } from '../../shared/packs/xlsx-write';
import { SAMPLE_PLAN_ID } from '../../shared/sample/plan';
import { exportBackupText, restoreBackup, seedSampleIfFirstRun } from './backup-repo';
import { loadPlanData } from './plans-repo';
import { recordPacksSent, takeReturns } from './packs-repo';
import { openPackFile, openedPacks, setPackAnswer } from './opened-packs-repo';
import { dumpDatabase, freshDb } from './test-helpers';
import type { PanelwrightDb } from './database';

const PERIOD = 'fy2017q3';
const words = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });

async function authorWithPacks() {
  const db = freshDb('author');
  await seedSampleIfFirstRun(db);
  const made = makePacks(await loadPlanData(db, SAMPLE_PLAN_ID), { planId: SAMPLE_PLAN_ID, periodId: PERIOD, by: 'Author', at: new Date().toISOString() });
  if (!made.ok) throw new Error(made.error);
  await recordPacksSent(db, made.packs, 'pack');
  const pack = made.packs.find((p) => p.rows.length >= 2)!;
  return { db, pack, bytes: await writePwpack(pack) };
}

/** Every table but updatePacks: what "kept apart from the officer's own plans" means. */
async function allButPacks(db: PanelwrightDb) {
  const dump = JSON.parse(await dumpDatabase(db)) as { tables: [string, unknown[]][] };
  return dump.tables.filter(([name]) => name !== 'updatePacks');
}

describe('a Panelwright pack opened on an officer’s computer', () => {
  it('opens apart from the officer’s plans, keeps answers as they are typed, and its return is taken in by the author', async () => {
    const author = await authorWithPacks();
    const officer = freshDb('officer');
    await seedSampleIfFirstRun(officer); // the officer's own copy of the same plan must not be touched
    const before = await allButPacks(officer);

    const opened = await openPackFile(officer, 'Q3 update - Kim Dunn.pwpack', author.bytes);
    if (!opened.ok) throw new Error(opened.error);
    const [a, b] = author.pack.rows as [(typeof author.pack.rows)[0], (typeof author.pack.rows)[0]];
    await setPackAnswer(officer, opened.id, a.deliverableId, { statusId: 'amber' });
    await setPackAnswer(officer, opened.id, a.deliverableId, { narrative: words('Slipped: awaiting the contract.') });
    await setPackAnswer(officer, opened.id, b.deliverableId, { statusId: 'green' });
    expect(await allButPacks(officer)).toEqual(before);
    // Its own round is not the officer's: an opened pack is not one this computer sent.
    expect(packRound(await officer.updatePacks.toArray(), SAMPLE_PLAN_ID, PERIOD).sent).toBe(0);
    // The same pack opened again goes back to it, answers kept.
    expect(await openPackFile(officer, 'again.pwpack', author.bytes)).toEqual({ ok: true, id: opened.id, already: true });
    const record = (await openedPacks(officer))[0]!;
    expect(record.opened.answers.map((x) => [x.deliverableId, x.statusId])).toEqual([
      [a.deliverableId, 'amber'],
      [b.deliverableId, 'green'],
    ]);

    // A backup of the officer's computer holding the opened pack restores (it names the author's plan).
    const text = await exportBackupText(officer, 'test');
    const restored = freshDb('officer-restored');
    expect(await restoreBackup(restored, text)).toMatchObject({ ok: true });
    expect((await openedPacks(restored))[0]!.opened.answers).toEqual(record.opened.answers);

    const returned = await readReturnFile('kim.pwpack', await writePwpackReturn(record.opened, new Date().toISOString()));
    const data = await loadPlanData(author.db, SAMPLE_PLAN_ID);
    const review = reviewReturns(data, SAMPLE_PLAN_ID, PERIOD, [returned]);
    expect(review.rows.slice(0, 2).map((r) => [r.entry.kind, r.officerText, r.problems])).toEqual([
      ['new', 'Slipped: awaiting the contract.', []],
      ['new', '', []],
    ]);
    expect(await takeReturns(author.db, review, cleanRowIds(review))).toEqual({ written: 2, packsReturned: 1 });
    const updates = (await loadPlanData(author.db, SAMPLE_PLAN_ID)).updates;
    expect(updates.find((u) => u.id === a.updateId)).toMatchObject({
      statusId: 'amber',
      narrative: words('Slipped: awaiting the contract.'),
      periodId: PERIOD,
    });
    expect(packRound(await author.db.updatePacks.toArray(), SAMPLE_PLAN_ID, PERIOD).returned).toBe(1);

    // Taking the same return in again writes nothing.
    const again = reviewReturns(await loadPlanData(author.db, SAMPLE_PLAN_ID), SAMPLE_PLAN_ID, PERIOD, [returned]);
    expect(again.rows.every((r) => r.entry.kind === 'unchanged')).toBe(true);
    expect(cleanRowIds(again)).toEqual([]);
  });

  it('a bad, hostile or other file gets one sentence and changes nothing', async () => {
    const author = await authorWithPacks();
    const officer = freshDb('officer-bad');
    await seedSampleIfFirstRun(officer);
    const good = JSON.parse(new TextDecoder().decode(author.bytes)) as { pack: { rows: { ref: string }[] } };
    const files: [string, Uint8Array][] = [
      ['empty', new Uint8Array()],
      ['random', Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)],
      ['a backup', new TextEncoder().encode(await exportBackupText(officer, 'test'))],
      ['the Excel pack', await writeXlsxPack(author.pack)],
      ['cut short', author.bytes.slice(0, 200)],
      ['edited', new TextEncoder().encode(JSON.stringify({ ...good, pack: { ...good.pack, rows: [{ ...good.pack.rows[0], ref: 'Z9' }] } }))],
      ['deeply nested', new TextEncoder().encode(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)],
      [
        'a huge string',
        new TextEncoder().encode(JSON.stringify({ format: 'panelwright-update-pack', version: 1, kind: 'pack', checksum: 'x', pack: 'y'.repeat(3_000_000) })),
      ],
    ];
    const before = await dumpDatabase(officer);
    for (const [what, bytes] of files) {
      const r = await openPackFile(officer, `${what}.pwpack`, bytes);
      expect(r.ok, what).toBe(false);
      if (!r.ok) expect(r.error, what).toMatch(/^[^\n]{10,300}$/);
    }
    expect(await dumpDatabase(officer)).toEqual(before);
  });
});
