// Hostile returned workbooks through the whole return import, as the plan's "Take returns in…" runs
// it, into a real database: read, review, and "Accept all clean rows". Zip bombs, random and damaged
// bytes, a million rows, formulas, very long cells, hostile text, hidden data rewritten with a fresh
// checksum for another plan. Refused files must say why in a sentence and leave a full dump of the
// database exactly as it was; what is taken in must be stored as plain text and stay valid.
import 'fake-indexeddb/auto';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../shared/backup/parse';
import { makePacks } from '../../shared/packs/make';
import { readReturnFile } from '../../shared/packs/read-return';
import { cleanRowIds, reviewReturns } from '../../shared/packs/returns';
import { narrativeToText } from '../../shared/packs/narrative-text';
import { packDataRows } from '../../shared/packs/pack-data';
import { writeXlsxPack } from '../../shared/packs/xlsx-write';
import { fillXlsxPack, loadWorkbook, saveWorkbook } from '../../shared/packs/test-fixtures';
import { SAMPLE_PLAN_ID } from '../../shared/sample/plan';
import { seededRandom } from '../../shared/testing/seeded-random';
import { exportBackupText, seedSampleIfFirstRun } from './backup-repo';
import { loadPlanData } from './plans-repo';
import { recordPacksSent, takeReturns } from './packs-repo';
import { HOSTILE_TEXT, dumpDatabase, freshDb } from './test-helpers';
import type { PanelwrightDb } from './database';

const PERIOD = 'fy2017q3';

async function takeInAsTheScreenDoes(db: PanelwrightDb, name: string, bytes: Uint8Array) {
  const file = await readReturnFile(name, bytes);
  const review = reviewReturns(await loadPlanData(db, SAMPLE_PLAN_ID), SAMPLE_PLAN_ID, PERIOD, [file]);
  const ids = cleanRowIds(review);
  if (ids.length) await takeReturns(db, review, ids);
  return { file, review, taken: ids.length };
}

const sentence = (m: string) => /^[A-Z"].{10,}[.)]$/s.test(m) && !/undefined|\[object|NaN|TypeError|\bat \w+ \(/.test(m);

describe('hostile returned workbooks through the whole return import', () => {
  it('refuses what is not a clean return with a sentence, and the database is exactly as before', { timeout: 240_000 }, async () => {
    const db = freshDb('packs-hostile');
    await seedSampleIfFirstRun(db);
    const made = makePacks(await loadPlanData(db, SAMPLE_PLAN_ID), { planId: SAMPLE_PLAN_ID, periodId: PERIOD, by: 'Author', at: new Date().toISOString() });
    if (!made.ok) throw new Error(made.error);
    await recordPacksSent(db, made.packs, 'xlsx');
    const pack = made.packs.reduce((a, b) => (b.rows.length > a.rows.length ? b : a));
    const good = await writeXlsxPack(pack);
    const r = seededRandom(14_2026);

    const bomb = new JSZip();
    bomb.file('_rels/.rels', '<Relationships><Relationship Id="r" Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>');
    bomb.file('xl/workbook.xml', `<workbook><sheets/></workbook>${' '.repeat(120 * 1024 * 1024)}`);
    const cases: [string, Uint8Array][] = [
      ['bomb.xlsx', await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } })],
      ['empty.xlsx', new Uint8Array()],
      ['random.xlsx', Uint8Array.from({ length: 5000 }, () => r.int(256))],
      ['text.xlsx', new TextEncoder().encode('Ref,Status\nC03,Green')],
      ['old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])],
    ];
    for (const cut of [20, good.length / 3, good.length - 40]) cases.push([`cut-${Math.floor(cut)}.xlsx`, good.subarray(0, Math.floor(cut))]);
    for (let i = 0; i < 12; i++) {
      const flipped = good.slice();
      for (let k = 0; k < 8; k++) {
        const at = 200 + r.int(flipped.length - 200);
        flipped[at] = (flipped[at] ?? 0) ^ (1 << r.int(8));
      }
      cases.push([`flipped-${i}.xlsx`, flipped]);
    }
    // A million rows: a cell far down the Updates sheet.
    cases.push(['million.xlsx', await fillXlsxPack(good, [], (wb) => void (wb.getWorksheet('Updates')!.getCell('A1000000').value = 'x'))]);
    // Hidden ids edited by hand (checksum broken).
    cases.push([
      'ids.xlsx',
      await fillXlsxPack(good, [{ status: 'G – Green' }], (wb) => void (wb.getWorksheet('Pack data')!.getCell('B16').value = 'not-a-deliverable')),
    ]);
    // Hidden data rewritten for another plan with a checksum made to match: the plan check still refuses it.
    const forged = await loadWorkbook(await fillXlsxPack(good, [{ status: 'G – Green', text: 'forged' }]));
    const rows = await packDataRows({ ...pack, plan: { ...pack.plan, id: 'another-plan', name: 'Another plan' } });
    const ds = forged.getWorksheet('Pack data')!;
    rows.forEach((values, i) => values.forEach((v, c) => void (ds.getRow(i + 1).getCell(c + 1).value = v || null)));
    cases.push(['forged.xlsx', await saveWorkbook(forged)]);
    // A word document, a zip of something else.
    const docx = new JSZip();
    docx.file('word/document.xml', '<w:document/>');
    cases.push(['paper.xlsx', await docx.generateAsync({ type: 'uint8array' })]);

    for (const [name, bytes] of cases) {
      const before = await dumpDatabase(db);
      const { file, review, taken } = await takeInAsTheScreenDoes(db, name, bytes);
      const messages = file.ok ? review.files.flatMap((f) => f.messages) : [file.error];
      expect(taken, name).toBe(0);
      expect(messages.length, `${name} was refused without a word`).toBeGreaterThan(0);
      for (const m of messages) expect(sentence(m), `${name}: "${m.slice(0, 160)}"`).toBe(true);
      expect(await dumpDatabase(db), `${name} changed the database`).toBe(before);
    }
  });

  it('formulas, very long cells and hostile text: stored as plain text or flagged, and the database stays a valid backup', { timeout: 120_000 }, async () => {
    const db = freshDb('packs-hostile-text');
    await seedSampleIfFirstRun(db);
    const made = makePacks(await loadPlanData(db, SAMPLE_PLAN_ID), { planId: SAMPLE_PLAN_ID, periodId: PERIOD, by: 'Author', at: new Date().toISOString() });
    if (!made.ok) throw new Error(made.error);
    const pack = made.packs.reduce((a, b) => (b.rows.length > a.rows.length ? b : a));
    expect(pack.rows.length).toBeGreaterThanOrEqual(3);
    const hostile = HOSTILE_TEXT.join(' ');
    const bytes = await fillXlsxPack(
      await writeXlsxPack(pack),
      [
        { status: 'G – Green', text: hostile },
        { status: 'G – Green', text: 'y'.repeat(30_000) },
      ],
      (wb) => {
        // A formula in the status and the update: its saved result is read, never evaluated.
        const row = wb.getWorksheet('Updates')!.getRow(6);
        row.getCell(6).value = { formula: 'HYPERLINK("http://example.org","R – Red")', result: 'R – Red' };
        row.getCell(7).value = { formula: '"Formula "&"text"', result: 'Formula text' };
      },
    );
    const { review, taken } = await takeInAsTheScreenDoes(db, 'hostile.xlsx', bytes);
    const byRow = new Map(review.rows.map((x) => [x.rowNumber, x]));
    expect(byRow.get(5)!.problems).toEqual(["The update in row 5 is longer than 20,000 characters; shorten it, or paste it in the lead officer's view."]);
    expect(byRow.get(6)!.problems).toEqual([]);
    expect(taken).toBe(2);
    const stored = (await db.updates.toArray()).filter((u) => u.periodId === PERIOD);
    const first = stored.find((u) => u.id === pack.rows[0]!.updateId)!;
    // Every character kept as text except those XML forbids.
    expect(narrativeToText(first.narrative)).toBe(hostile.split('\u0000').join('').split('\u0008').join(''));
    const third = stored.find((u) => u.id === pack.rows[2]!.updateId);
    expect(third && [third.statusId, narrativeToText(third.narrative)]).toEqual(['red', 'Formula text']);
    const parsed = parseBackup(await exportBackupText(db, 'test'));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });
});
