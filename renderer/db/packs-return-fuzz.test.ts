// The durability figure for update packs: hostile returns, Excel (.xlsx) and Panelwright (.pwpack),
// through the whole take-in as the plan's "Take returns in…" runs it (read, review, "Accept all clean
// rows") into a real database. Damaged, truncated and bit-flipped files; seeded-random hostile cells
// in the four columns an officer fills, with the sheet's structure edited (renamed headings, extra or
// emptied rows, hidden ids changed); seeded-random mutations of a return pack's JSON (fields dropped,
// wrong types, hostile and overlong text, answers for other deliverables), some with a checksum made
// to match. Every input: a refusal must be a sentence and leave a dump of the database exactly as it
// was; whatever is taken in must keep the database a valid backup, and taking the same file in a
// second time must change nothing. PANELWRIGHT_PACKS_FUZZ_CASES sets the number of random cases per
// format (npm test: the default, 40; npm run test:durability: 300); the figures go to PANELWRIGHT_FIGURES.
// (renderer/db/packs-hostile.test.ts keeps the named cases: zip bombs, a million rows, formulas.)
import 'fake-indexeddb/auto';
import { appendFileSync } from 'node:fs';
import type { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../shared/backup/parse';
import { stableJson } from '../../shared/merge/diff';
import { makePacks } from '../../shared/packs/make';
import type { UpdatePack } from '../../shared/packs/model';
import { statusOption } from '../../shared/packs/model';
import { textToNarrative } from '../../shared/packs/narrative-text';
import { writePwpackReturn } from '../../shared/packs/pwpack';
import type { PackAnswer } from '../../shared/packs/pwpack-model';
import { readReturnFile } from '../../shared/packs/read-return';
import { cleanRowIds, reviewReturns } from '../../shared/packs/returns';
import { fillXlsxPack } from '../../shared/packs/test-fixtures';
import type { Fill } from '../../shared/packs/test-fixtures';
import { COLUMN, HEADER_ROW, UPDATES_SHEET } from '../../shared/packs/xlsx-write';
import { writeXlsxPack } from '../../shared/packs/xlsx-write';
import { SAMPLE_PLAN_ID } from '../../shared/sample/plan';
import { sha256Hex } from '../../shared/text/bytes';
import { seededRandom } from '../../shared/testing/seeded-random';
import type { SeededRandom } from '../../shared/testing/seeded-random';
import { exportBackupText, seedSampleIfFirstRun } from './backup-repo';
import type { PanelwrightDb } from './database';
import { recordPacksSent, takeReturns } from './packs-repo';
import { loadPlanData } from './plans-repo';
import { HOSTILE_TEXT, dumpDatabase, freshDb } from './test-helpers';

const RANDOM_CASES = Number(process.env.PANELWRIGHT_PACKS_FUZZ_CASES ?? 40);
const SEED = 20_171_214;
const PERIOD = 'fy2017q3';

// The hostile text every pack test uses, and what only a pack return carries: status words, lone surrogates, JSON.
const HOSTILE = [...HOSTILE_TEXT, '\ud800', '\ufffe', 'G – Green', 'A – Amber', 'Red', 'null', '{"__proto__":{"x":1}}'];

function hostileText(r: SeededRandom): string {
  if (r.next() < 0.05) return 'z'.repeat(1 + r.int(40_000)); // past the update's limit, sometimes
  let s = '';
  for (let i = r.int(5); i > 0; i--) s += r.next() < 0.7 ? r.pick(HOSTILE) : String.fromCharCode(r.int(0x10000));
  return s;
}

interface Tally {
  inputs: number;
  refusedOnRead: number;
  rowsFlagged: number;
  takenIn: number;
  rowsWritten: number;
  nothingToTake: number;
  refusedOnWrite: number;
  dbChanged: number;
  changedSecondTime: number;
  problems: string[];
}

const sentence = (m: string) => /^[A-Z"].{10,}[.)]$/s.test(m) && !/undefined|\[object|NaN|TypeError|\bat \w+ \(|node_modules/.test(m) && m.length < 1000;

/** "Take returns in…" then "Accept all clean rows", as PacksPanel and ReturnsReviewDialog run them. */
async function takeIn(db: PanelwrightDb, name: string, bytes: Uint8Array): Promise<{ refused: boolean; flagged: number; written: number; error?: string }> {
  const file = await readReturnFile(name, bytes);
  if (!file.ok) return { refused: true, flagged: 0, written: 0, error: file.error };
  const review = reviewReturns(await loadPlanData(db, SAMPLE_PLAN_ID), SAMPLE_PLAN_ID, PERIOD, [file]);
  const messages = review.files.flatMap((f) => f.messages);
  const bad = messages.find((m) => !sentence(m)) ?? review.rows.flatMap((x) => x.problems).find((m) => !sentence(m));
  const flagged = review.rows.filter((x) => x.problems.length > 0).length;
  const refused = review.files.some((f) => !f.ret);
  const ids = cleanRowIds(review);
  if (ids.length === 0) return { refused, flagged, written: 0, ...(bad ? { error: bad } : {}) };
  const result = await takeReturns(db, review, ids);
  return { refused, flagged, written: result.written, ...(bad ? { error: bad } : {}) };
}

async function throughTakeIn(db: PanelwrightDb, name: string, bytes: Uint8Array, tally: Tally): Promise<void> {
  tally.inputs++;
  const before = await dumpDatabase(db);
  let outcome: Awaited<ReturnType<typeof takeIn>>;
  try {
    outcome = await takeIn(db, name, bytes);
  } catch (e) {
    tally.refusedOnWrite++;
    const message = e instanceof Error ? e.message : String(e);
    if (!sentence(message)) tally.problems.push(`${name}: unclear write error "${message.slice(0, 120)}"`);
    if ((await dumpDatabase(db)) !== before) tally.dbChanged++;
    return;
  }
  if (outcome.error !== undefined && !sentence(outcome.error)) tally.problems.push(`${name}: unclear message "${outcome.error.slice(0, 120)}"`);
  tally.rowsFlagged += outcome.flagged;
  if (outcome.written === 0) {
    if (outcome.refused) tally.refusedOnRead++;
    else tally.nothingToTake++;
    if ((await dumpDatabase(db)) !== before) tally.dbChanged++;
    return;
  }
  tally.takenIn++;
  tally.rowsWritten += outcome.written;
  const after = await dumpDatabase(db);
  const parsed = parseBackup(await exportBackupText(db, 'fuzz'));
  if (!parsed.ok) tally.problems.push(`${name}: the database is no longer a valid backup: ${parsed.errors[0] ?? ''}`);
  // The same file again: every row is unchanged now, so nothing is written.
  const again = await takeIn(db, name, bytes);
  if (again.written > 0 || (await dumpDatabase(db)) !== after) tally.changedSecondTime++;
}

// ---- Excel returns ----

/** Seeded-random cells in the four columns an officer fills, and now and then an edit to the sheet's structure. */
function hostileFills(r: SeededRandom, pack: UpdatePack): { fills: (Fill | undefined)[]; edit: (wb: Workbook) => void } {
  const options = pack.plan.statusKey.statuses.map(statusOption);
  const fills = pack.rows.map((): Fill | undefined =>
    r.next() < 0.15
      ? undefined
      : {
          status: r.next() < 0.6 ? r.pick(options) : hostileText(r),
          text: hostileText(r),
          officer: r.next() < 0.5 ? 'Kim Dunn' : hostileText(r),
          ...(r.next() < 0.5 ? { date: r.pick(['2017-12-20', '1899-12-31', '2999-01-01', '2017-02-30']) } : {}),
        },
  );
  const edit = (wb: Workbook) => {
    const ws = wb.getWorksheet(UPDATES_SHEET)!;
    const last = HEADER_ROW + pack.rows.length;
    const roll = r.next();
    if (roll < 0.08) ws.getRow(HEADER_ROW).getCell(r.int(9) + 1).value = hostileText(r) || 'Renamed';
    else if (roll < 0.16) ws.getRow(last + 1 + r.int(3)).getCell(COLUMN.ref).value = hostileText(r) || 'C99';
    else if (roll < 0.22) ws.getRow(HEADER_ROW + 1 + r.int(pack.rows.length)).getCell(COLUMN.ref).value = hostileText(r) || null;
    else if (roll < 0.3) {
      const ds = wb.getWorksheet('Pack data')!;
      ds.getRow(1 + r.int(ds.actualRowCount)).getCell(1 + r.int(3)).value = hostileText(r) || null;
    } else if (roll < 0.34) ws.name = 'Sheet1';
    else if (roll < 0.4) ws.getRow(HEADER_ROW + 1 + r.int(pack.rows.length)).getCell(COLUMN.narrative).value = { formula: 'A1&"x"', result: hostileText(r) };
  };
  return { fills, edit };
}

// ---- Panelwright returns ----

const checksumOf = async (pack: unknown) => sha256Hex(new TextEncoder().encode(stableJson(pack)));

function hostileValue(r: SeededRandom): unknown {
  return r.pick<unknown>([
    null,
    undefined,
    true,
    -1,
    1e308,
    Number.NaN,
    '',
    hostileText(r),
    'x'.repeat(300_000),
    [],
    {},
    [hostileText(r)],
    { type: 'doc', content: [{ type: 'text', text: hostileText(r) }] },
    '00000000-0000-4000-8000-000000000000',
    '2017-12-20',
  ]);
}

/** A path to a random place inside a JSON value, and a setter for it. */
function randomSpot(r: SeededRandom, root: Record<string, unknown>): { parent: Record<string, unknown> | unknown[]; key: string | number } | null {
  let parent: Record<string, unknown> | unknown[] = root;
  let key: string | number | null = null;
  for (let depth = 0; depth < 8; depth++) {
    const keys: (string | number)[] = Array.isArray(parent) ? parent.map((_, i) => i) : Object.keys(parent);
    if (keys.length === 0) break;
    key = r.pick(keys);
    const child: unknown = (parent as Record<string | number, unknown>)[key];
    if (child === null || typeof child !== 'object' || r.next() < 0.25) break;
    parent = child as Record<string, unknown> | unknown[];
  }
  return key === null ? null : { parent, key };
}

async function mutatedPwpack(r: SeededRandom, good: Uint8Array): Promise<Uint8Array> {
  const json = JSON.parse(new TextDecoder().decode(good)) as Record<string, unknown>;
  for (let n = 1 + r.int(3); n > 0; n--) {
    const target = r.next() < 0.5 ? ((json.return as Record<string, unknown> | undefined) ?? json) : json;
    const spot = randomSpot(r, target);
    if (!spot) continue;
    if (r.next() < 0.2 && !Array.isArray(spot.parent)) Reflect.deleteProperty(spot.parent, spot.key);
    else (spot.parent as Record<string | number, unknown>)[spot.key] = hostileValue(r);
  }
  // A third with the checksum made to match what was edited (it is not a signature).
  if (r.next() < 0.35) json.checksum = await checksumOf(json.pack);
  let text = JSON.stringify(json);
  if (r.next() < 0.1) text = text.slice(0, r.int(text.length));
  return new TextEncoder().encode(text);
}

describe('hostile update-pack returns through the whole take-in', () => {
  it(
    `refused in a sentence with the database as it was, or taken in once and valid (${RANDOM_CASES} random cases per format and more)`,
    { timeout: 600_000 },
    async () => {
      const r = seededRandom(SEED);
      const tally: Tally = {
        inputs: 0,
        refusedOnRead: 0,
        rowsFlagged: 0,
        takenIn: 0,
        rowsWritten: 0,
        nothingToTake: 0,
        refusedOnWrite: 0,
        dbChanged: 0,
        changedSecondTime: 0,
        problems: [],
      };
      // A fresh database with its packs sent, for each case that may be taken in (so each starts where an author does).
      const start = async () => {
        const db = freshDb('packs-fuzz');
        await seedSampleIfFirstRun(db);
        const made = makePacks(await loadPlanData(db, SAMPLE_PLAN_ID), {
          planId: SAMPLE_PLAN_ID,
          periodId: PERIOD,
          by: 'Author',
          at: '2018-01-05T09:00:00.000Z',
        });
        if (!made.ok) throw new Error(made.error);
        await recordPacksSent(db, made.packs, 'xlsx');
        return { db, pack: made.packs.reduce((a, b) => (b.rows.length > a.rows.length ? b : a)) };
      };
      const { db: shared, pack } = await start();
      const xlsx = await writeXlsxPack(pack);
      const answers: PackAnswer[] = pack.rows.map((row, i) => ({
        deliverableId: row.deliverableId,
        statusId: i % 2 ? 'amber' : 'green',
        narrative: textToNarrative(`Row ${i}: on track.`),
        narrativeDate: '2017-12-20',
        updatedAt: '2018-01-10T10:00:00.000Z',
      }));
      const pwpack = await writePwpackReturn(
        { fileName: 'p.pwpack', openedAt: '2018-01-06T09:00:00.000Z', officerName: 'Kim Dunn', pack, answers },
        '2018-01-10T10:00:00.000Z',
      );

      // Damaged files of both kinds, against one database: all refused.
      const damaged: [string, Uint8Array][] = [
        ['empty.pwpack', new Uint8Array()],
        ['random.pwpack', Uint8Array.from({ length: 3000 }, () => r.int(256))],
        ['backup.pwpack', new TextEncoder().encode('{"format":"panelwright-backup","version":4,"data":{}}')],
        ['sent.pwpack', new TextEncoder().encode(new TextDecoder().decode(pwpack).replace('"kind": "return"', '"kind": "pack"'))],
        ['random.xlsx', Uint8Array.from({ length: 3000 }, () => r.int(256))],
      ];
      for (const [ext, good] of [
        ['xlsx', xlsx],
        ['pwpack', pwpack],
      ] as const) {
        for (let i = 0; i < 10; i++) damaged.push([`cut-${i}.${ext}`, good.subarray(0, r.int(good.length))]);
        for (let i = 0; i < 10; i++) {
          const flipped = good.slice();
          for (let k = 0; k < 6; k++) {
            const at = r.int(flipped.length);
            flipped[at] = (flipped[at] ?? 0) ^ (1 << r.int(8));
          }
          damaged.push([`flipped-${i}.${ext}`, flipped]);
        }
      }
      for (const [name, bytes] of damaged) await throughTakeIn(shared, name, bytes, tally);

      // Hostile cells and edited structure in Excel returns; mutated Panelwright returns.
      for (let i = 0; i < RANDOM_CASES; i++) {
        const { fills, edit } = hostileFills(r, pack);
        await throughTakeIn((await start()).db, `hostile-${i}.xlsx`, await fillXlsxPack(xlsx, fills, edit), tally);
      }
      for (let i = 0; i < RANDOM_CASES; i++) await throughTakeIn((await start()).db, `mutated-${i}.pwpack`, await mutatedPwpack(r, pwpack), tally);
      // The clean returns themselves: taken in whole, and only once.
      await throughTakeIn((await start()).db, 'clean.pwpack', pwpack, tally);
      await throughTakeIn((await start()).db, 'clean.xlsx', await fillXlsxPack(xlsx, [{ status: 'G – Green', text: 'On track.' }]), tally);

      const figures = { check: 'packs-fuzz', seed: SEED, ...tally, problems: tally.problems.length };
      if (process.env.PANELWRIGHT_FIGURES) appendFileSync(process.env.PANELWRIGHT_FIGURES, `${JSON.stringify(figures)}\n`);
      expect(tally.problems.slice(0, 10)).toEqual([]);
      expect(tally.dbChanged).toBe(0);
      expect(tally.changedSecondTime).toBe(0);
      // The fuzz must reach every outcome, or it is not testing what it claims.
      expect(tally.refusedOnRead).toBeGreaterThan(0);
      expect(tally.rowsFlagged).toBeGreaterThan(0);
      expect(tally.takenIn).toBeGreaterThan(2);
    },
  );
});
