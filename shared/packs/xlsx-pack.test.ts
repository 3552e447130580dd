import { describe, expect, it } from 'vitest';
import { SAMPLE_PLAN_ID } from '../sample/plan';
import { makePacks } from './make';
import { readXlsxReturn } from './xlsx-read';
import { writeXlsxPack } from './xlsx-write';
import { cleanRowIds, reviewReturns } from './returns';
import { fillXlsxPack, loadWorkbook, samplePlanData } from './test-fixtures';
import type { UpdatePack } from './model';

const AT = '2018-01-05T10:00:00.000Z';
let n = 0;
const ids = () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;

function packsFor(periodId: string, data = samplePlanData()): UpdatePack[] {
  const made = makePacks(data, { planId: SAMPLE_PLAN_ID, periodId, by: 'Report Author', at: AT, makeId: ids });
  if (!made.ok) throw new Error(made.error);
  return made.packs;
}

async function readBack(bytes: Uint8Array) {
  const r = await readXlsxReturn('return.xlsx', bytes);
  if (!r.ok) throw new Error(r.error);
  return r.ret;
}

describe('the Excel pack', () => {
  it('is one pack per lead officer, each row with last period and the fixed update id', () => {
    const packs = packsFor('fy2017q3');
    const data = samplePlanData();
    const leads = new Set(data.deliverables.map((d) => d.leadPersonId));
    expect(packs).toHaveLength(leads.size);
    expect(packs.flatMap((p) => p.rows).length).toBe(data.deliverables.length);
    const row = packs[0]!.rows[0]!;
    expect(row.previous?.periodLabel).toBe('Q2 2017/18');
    expect(row.base).toBeNull();
    expect(row.updateId).toMatch(/^0{8}-/);
  });

  it('has the Updates, Instructions, Status key and a hidden, protected Pack data sheet; status cells are drop-downs of the key', async () => {
    const wb = await loadWorkbook(await writeXlsxPack(packsFor('fy2017q3')[0]!));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Updates', 'visible'],
      ['Instructions', 'visible'],
      ['Status key', 'visible'],
      ['Pack data', 'hidden'],
    ]);
    const ws = wb.getWorksheet('Updates')!;
    expect(ws.getCell('F4').dataValidation).toMatchObject({ type: 'list', formulae: ["'Status key'!$A$2:$A$5"] });
    expect(wb.getWorksheet('Status key')!.getColumn(1).values.slice(2)).toEqual(['G – Green', 'A – Amber', 'R – Red', 'NS – White (NS)']);
    expect((ws.getCell('A4').protection as { locked?: boolean } | undefined)?.locked).not.toBe(false);
    expect((ws.getCell('F4').protection as { locked?: boolean } | undefined)?.locked).toBe(false);
    // Every row, not just the first (the rows share their styles): reading columns locked and shaded
    // grey, the four to fill unlocked and shaded, the date written day first.
    const last = 3 + packsFor('fy2017q3')[0]!.rows.length;
    for (const r of [4, last]) {
      for (const c of ['A', 'B', 'C', 'D', 'E']) {
        expect((ws.getCell(`${c}${r}`).protection as { locked?: boolean } | undefined)?.locked, `${c}${r}`).not.toBe(false);
        expect(ws.getCell(`${c}${r}`).fill).toMatchObject({ fgColor: { argb: 'FFF2F2F2' } });
      }
      for (const c of ['F', 'G', 'H', 'I']) {
        expect((ws.getCell(`${c}${r}`).protection as { locked?: boolean } | undefined)?.locked, `${c}${r}`).toBe(false);
        expect(ws.getCell(`${c}${r}`).fill).toMatchObject({ fgColor: { argb: 'FFFFF5D6' } });
      }
      expect(ws.getCell(`I${r}`).numFmt).toBe('dd/mm/yyyy');
      expect(ws.getCell(`G${r}`).numFmt).not.toBe('dd/mm/yyyy');
    }
    expect((ws.getCell('G4').alignment as { wrapText?: boolean } | undefined)?.wrapText).toBe(true);
    expect(ws.getRow(4).height).toBeGreaterThanOrEqual(100);
    for (const w of wb.worksheets)
      expect((w as unknown as { sheetProtection: { sheet: boolean; hashValue?: string } }).sheetProtection).toMatchObject({ sheet: true });
    expect((ws as unknown as { sheetProtection: { hashValue?: string } }).sheetProtection.hashValue).toBeUndefined();
  });

  it('reads back every typed value, and the review shows them as new updates', async () => {
    const pack = packsFor('fy2017q3')[0]!;
    const fills = pack.rows.map((_, i) => ({
      status: i === 0 ? 'A – Amber' : 'G – Green',
      text: `Row ${i}: first paragraph.\n\nSecond — “quoted” & <tagged>.`,
      officer: 'Kim Dunn',
      date: '2017-12-20',
    }));
    const ret = await readBack(await fillXlsxPack(await writeXlsxPack(pack), fills));
    expect(ret.packId).toBe(pack.packId);
    expect(ret.problems).toEqual([]);
    expect(ret.rows.map((r) => [r.ref, r.statusText, r.narrativeText, r.officerName, r.dateText])).toEqual(
      pack.rows.map((r, i) => [r.ref, fills[i]!.status, fills[i]!.text, 'Kim Dunn', '2017-12-20']),
    );
    const review = reviewReturns(samplePlanData(), SAMPLE_PLAN_ID, 'fy2017q3', [{ fileName: 'return.xlsx', ok: true, ret }]);
    expect(review.rows.map((r) => r.entry.kind)).toEqual(pack.rows.map(() => 'new'));
    expect(review.rows[0]!.entry.incoming).toMatchObject({ statusId: 'amber', narrativeDate: '2017-12-20', periodId: 'fy2017q3' });
    expect(review.rows[0]!.officerText).toBe(fills[0]!.text);
    expect(cleanRowIds(review)).toHaveLength(pack.rows.length);
  });

  it('flags rows that fail the lead officer rules: status required, text required for Amber, status in the key', async () => {
    const pack = packsFor('fy2017q3').find((p) => p.rows.length >= 3)!;
    const ret = await readBack(
      await fillXlsxPack(await writeXlsxPack(pack), [{ text: 'No status chosen' }, { status: 'A – Amber' }, { status: 'Purple', text: 'x' }]),
    );
    const review = reviewReturns(samplePlanData(), SAMPLE_PLAN_ID, 'fy2017q3', [{ fileName: 'r.xlsx', ok: true, ret }]);
    expect(review.rows.slice(0, 3).map((r) => r.problems)).toEqual([
      ['Choose a status.'],
      ['Write an update: it is required for Amber.'],
      ['The status "Purple" is not in this plan\'s status key; choose another.'],
    ]);
    expect(cleanRowIds(review)).toEqual([]);
  });

  it('rows left as sent are unchanged; a pre-filled update the officer edits is changed', async () => {
    const pack = packsFor('fy2017q2').find((p) => p.rows.length >= 2)!; // Q2 already has updates: they are the base
    expect(pack.rows[0]!.base).not.toBeNull();
    const ret = await readBack(await fillXlsxPack(await writeXlsxPack(pack), [{ text: 'Rewritten by the officer.' }]));
    const review = reviewReturns(samplePlanData(), SAMPLE_PLAN_ID, 'fy2017q2', [{ fileName: 'r.xlsx', ok: true, ret }]);
    expect(review.rows.map((r) => r.entry.kind)).toEqual(['changed', ...pack.rows.slice(1).map(() => 'unchanged')]);
    // An untouched row keeps the stored rich narrative, not its plain-text copy.
    expect(review.rows[1]!.entry.incoming.narrative).toEqual(samplePlanData().updates.find((u) => u.id === pack.rows[1]!.updateId)!.narrative);
  });

  it('refuses a return whose hidden ids were edited (broken checksum), or whose headings were renamed', async () => {
    const bytes = await writeXlsxPack(packsFor('fy2017q3')[0]!);
    const edited = await fillXlsxPack(bytes, [], (wb) => {
      wb.getWorksheet('Pack data')!.getCell('B16').value = 'someone-else';
    });
    expect(await readXlsxReturn('r.xlsx', edited)).toEqual({ ok: false, error: expect.stringContaining('checksum does not match') });
    const renamed = await fillXlsxPack(bytes, [], (wb) => {
      wb.getWorksheet('Updates')!.getCell('F3').value = 'RAG';
    });
    expect(await readXlsxReturn('r.xlsx', renamed)).toEqual({
      ok: false,
      error: expect.stringContaining('Column F of the Updates sheet is headed "RAG", not "Status this period (choose)"'),
    });
  });

  it('leaves out an added row and a row whose reference was changed, naming the rows', async () => {
    const pack = packsFor('fy2017q3')[0]!;
    const last = 3 + pack.rows.length;
    const bytes = await fillXlsxPack(await writeXlsxPack(pack), [], (wb) => {
      const ws = wb.getWorksheet('Updates')!;
      ws.getCell(`A${last + 1}`).value = 'X99';
      ws.getCell(`F${last + 1}`).value = 'G – Green';
      ws.getCell('A4').value = 'ZZZ';
    });
    const ret = await readBack(bytes);
    expect(ret.problems).toEqual([
      `Row 4: the reference was changed from "${pack.rows[0]!.ref}" to "ZZZ", so the row was left out.`,
      `Row ${last + 1} is not one the pack sent (rows cannot be added), so it was left out.`,
    ]);
    expect(ret.rows).toHaveLength(pack.rows.length - 1);
  });

  it('refuses a return for another period or plan, naming it', async () => {
    const ret = await readBack(await writeXlsxPack(packsFor('fy2017q3')[0]!));
    const other = reviewReturns(samplePlanData(), SAMPLE_PLAN_ID, 'fy2017q4', [{ fileName: 'r.xlsx', ok: true, ret }]);
    expect(other.files[0]!.messages).toEqual(['This is a return for Q3 2017/18, not Q4 2017/18: choose Q3 2017/18 on the plan to take it in.']);
    expect(other.rows).toEqual([]);
    const plan = reviewReturns(samplePlanData(), 'another-plan', 'fy2017q3', [{ fileName: 'r.xlsx', ok: true, ret }]);
    expect(plan.files[0]!.messages[0]).toMatch(/^This is a return for another plan \("Police and Crime Plan \(2016-18\)"\)/);
  });

  it('two returns covering the same deliverable differently are both conflicts', async () => {
    const pack = packsFor('fy2017q3')[0]!;
    const bytes = await writeXlsxPack(pack);
    const a = await readBack(await fillXlsxPack(bytes, [{ status: 'G – Green', text: 'One' }]));
    const b = await readBack(await fillXlsxPack(bytes, [{ status: 'R – Red', text: 'Two' }]));
    const review = reviewReturns(samplePlanData(), SAMPLE_PLAN_ID, 'fy2017q3', [
      { fileName: 'a.xlsx', ok: true, ret: a },
      { fileName: 'b.xlsx', ok: true, ret: { ...b, fileName: 'b.xlsx' } },
    ]);
    const first = review.rows.filter((r) => r.ref === pack.rows[0]!.ref);
    expect(first.map((r) => r.entry.kind)).toEqual(['conflict', 'conflict']);
  });
});
