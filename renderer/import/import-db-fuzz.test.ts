// Hostile spreadsheets through the whole import, as the Import dialog runs it, into a real database:
// read the file, guess the header row and columns, preview (plan rows or measure values), and import
// only when the preview is clean. Random bytes, wrong file types, truncated and bit-flipped workbooks,
// and CSVs full of hostile text (XML specials, forbidden control characters, script tags, formulae,
// very long cells, unknown statuses and periods). Whatever is refused must say why in words, and any
// import that fails on the way into the database must leave a full dump of it exactly as it was.
// PANELWRIGHT_FUZZ_CASES sets how many random CSVs (CI: the default; npm run test:durability: more).
import 'fake-indexeddb/auto';
import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MEASURE_VALUE_FIELDS,
  PLAN_FIELDS,
  buildMeasureValuesImport,
  buildPlanImport,
  guessHeaderRow,
  guessMapping,
  readSpreadsheet,
} from '../../shared/import';
import type { ImportField, MappedRow, Sheet } from '../../shared/import';
import { buildXlsx } from '../../shared/import/test-fixtures';
import { SAMPLE_PLAN_ID } from '../../shared/sample/plan';
import { isLive } from '../../shared/records/meta';
import { seedSampleIfFirstRun } from '../db/backup-repo';
import type { PanelwrightDb } from '../db/database';
import { setValues } from '../db/measures-repo';
import { importPlanDraft } from '../db/plans-repo';
import { dumpDatabase, freshDb } from '../db/test-helpers';
import { computePreview } from './import-model';
import type { ImportPreview } from './import-model';
import { seededRandom } from '../../shared/testing/seeded-random';
import type { SeededRandom } from '../../shared/testing/seeded-random';

const RANDOM_CASES = Number(process.env.PANELWRIGHT_FUZZ_CASES ?? 300);
const SEED = 20171208;

const HOSTILE = [
  '<',
  '&',
  '"',
  ']]>',
  '<script>alert(1)</script>',
  '\u0000',
  '\u0008',
  '\u001f',
  '\ufffe',
  '\ud800',
  '👮‍♀️',
  '\u202e',
  'مرحبا',
  '=CMD|" /C calc"!A0',
  '+1+1',
  '@SUM(A1)',
  'javascript:alert(1)',
  ',',
  '\n',
  '""',
  'Green',
  'Amber',
  'R',
  'Jul-17',
  'Q2 2017/18',
  '-12.5',
  '1e309',
];

function hostileCell(r: SeededRandom): string {
  if (r.next() < 0.03) return 'x'.repeat(1 + r.int(25_000)); // past the cell limit, sometimes
  let s = '';
  for (let i = r.int(6); i > 0; i--) s += r.next() < 0.7 ? r.pick(HOSTILE) : String.fromCharCode(r.int(0x10000));
  return s;
}

const csvField = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** A CSV whose header names real columns (so rows reach the preview and the database) with hostile cells. */
function hostileCsv(r: SeededRandom, fields: readonly ImportField[]): Uint8Array {
  const headers = fields.filter(() => r.next() < 0.85).map((f) => f.label);
  if (r.next() < 0.2) headers.push(hostileCell(r));
  const rows = [headers, ...Array.from({ length: r.int(40) }, () => headers.map(() => hostileCell(r)))];
  let text = rows.map((row) => row.map(csvField).join(',')).join(r.next() < 0.5 ? '\r\n' : '\n');
  if (r.next() < 0.1) text = text.slice(0, r.int(text.length + 1)); // cut short, maybe inside quotes
  return new TextEncoder().encode(text);
}

/** Well-formed rows (real refs, statuses, measures and periods) whose free text is hostile: these reach the database. */
function hostileButValidCsv(r: SeededRandom, caseNo: number, measureNames: readonly string[]): Uint8Array {
  const text = () => hostileCell(r).replace(/x{20000,}/, 'long') || 'text';
  let rows: string[][];
  if (r.next() < 0.6) {
    rows = [['Theme number', 'Theme title', 'Ref', 'Organisation', 'Lead officer', 'Activity', 'Status', 'Update text']];
    for (let i = 0; i < 1 + r.int(8); i++) {
      const status = r.pick(['Green', 'Amber', 'Red', '']);
      rows.push([String(90 + r.int(3)), text(), `Z${caseNo}-${i}`, text(), r.pick(['Kevin Dennis', text()]), text(), status, status ? text() : '']);
    }
  } else {
    rows = [['Measure', 'Period', 'Value', 'Note']];
    for (let i = 0; i < 1 + r.int(8); i++)
      rows.push([
        r.pick(measureNames),
        r.pick(['Jul-17', 'Aug-17', 'Q2 2017/18']),
        r.next() < 0.2 ? '' : String(Math.round((r.next() - 0.5) * 2000) / 10),
        text(),
      ]);
  }
  return new TextEncoder().encode(rows.map((row) => row.map(csvField).join(',')).join('\n'));
}

interface Tally {
  inputs: number;
  refusedOnRead: number;
  refusedInPreview: number;
  imported: number;
  refusedOnWrite: number;
  dbChanged: number;
  problems: string[];
}

/** What a user reads must be a sentence, not a programmer's leftovers. */
function unclear(message: string): boolean {
  return message.trim() === '' || /\bundefined\b|\[object Object\]|\bNaN\b|\n\s+at\s|node_modules/.test(message) || message.length > 1000;
}

/** The Import dialog's steps for one file, into `db`; counts what happened. */
async function importAsTheDialogDoes(db: PanelwrightDb, name: string, bytes: Uint8Array, tally: Tally): Promise<void> {
  tally.inputs++;
  const read = await readSpreadsheet(name, bytes);
  if (!read.ok) {
    tally.refusedOnRead++;
    if (unclear(read.error)) tally.problems.push(`${name}: unclear read error "${read.error.slice(0, 120)}"`);
    return;
  }
  for (const sheet of read.sheets) {
    await throughPreview(db, sheet, PLAN_FIELDS, tally);
    await throughPreview(db, sheet, MEASURE_VALUE_FIELDS, tally);
  }
}

async function throughPreview(db: PanelwrightDb, sheet: Sheet, fields: readonly ImportField[], tally: Tally): Promise<void> {
  const plan = (await db.plans.get(SAMPLE_PLAN_ID))!;
  const people = (await db.people.toArray()).filter(isLive);
  const measures = (await db.measures.where('planId').equals(plan.id).toArray()).filter(isLive);
  const existingRefs = (await db.deliverables.where('planId').equals(plan.id).toArray()).filter(isLive).map((d) => d.ref);
  const isPlan = fields === PLAN_FIELDS;
  const preview = (rows: readonly MappedRow[]): ImportPreview => {
    const r = isPlan
      ? buildPlanImport(rows, { people, statusKey: plan.statusKey, periodId: 'fy2017q3', existingRefs })
      : buildMeasureValuesImport(rows, { measures });
    return { summary: r.summary, errors: r.errors };
  };
  const headerRow = guessHeaderRow(sheet.rows, fields);
  const state = computePreview(sheet, headerRow, guessMapping(sheet.rows[headerRow] ?? [], fields), fields, { statusKey: plan.statusKey }, preview);
  if (!state.canImport) {
    tally.refusedInPreview++;
    const said = [...state.problems, ...state.errors.map((e) => e.message)];
    if (said.length === 0) tally.problems.push('refused with nothing said');
    for (const m of said) if (unclear(m)) tally.problems.push(`unclear preview message "${m.slice(0, 120)}"`);
    return;
  }
  // Import pressed: the owner builds again from the rows and writes in one transaction.
  const before = await dumpDatabase(db);
  try {
    if (isPlan) {
      const r = buildPlanImport(state.rows, { people, statusKey: plan.statusKey, periodId: 'fy2017q3', existingRefs });
      await importPlanDraft(db, plan.id, r.draft);
    } else {
      const r = buildMeasureValuesImport(state.rows, { measures });
      await setValues(
        db,
        r.values.map(({ measureId, periodId, value, note }) => ({ measureId, periodId, value, note })),
      );
    }
    tally.imported++;
  } catch (e) {
    tally.refusedOnWrite++;
    const message = e instanceof Error ? e.message : String(e);
    if (unclear(message)) tally.problems.push(`unclear write error "${message.slice(0, 120)}"`);
    if ((await dumpDatabase(db)) !== before) tally.dbChanged++;
  }
}

describe('hostile spreadsheets through the whole import', () => {
  it(`every file is refused with a reason or imported whole; a failed import changes nothing (${RANDOM_CASES} random CSVs and more)`, async () => {
    const db = freshDb('import-fuzz');
    await seedSampleIfFirstRun(db);
    const r = seededRandom(SEED);
    const tally: Tally = { inputs: 0, refusedOnRead: 0, refusedInPreview: 0, imported: 0, refusedOnWrite: 0, dbChanged: 0, problems: [] };

    // Not spreadsheets at all, and empty or oversized ones.
    const fixed: [string, Uint8Array][] = [
      ['empty.csv', new Uint8Array()],
      ['picture.xlsx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
      ['backup.csv', new TextEncoder().encode('{"format":"panelwright-backup","version":2,"data":{}}')],
      ['binary.csv', Uint8Array.from({ length: 4000 }, () => r.int(256))],
      ['zip.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 500 }, () => r.int(256))])],
      ['too-many-rows.csv', new TextEncoder().encode('Ref,Activity\n' + 'C1,x\n'.repeat(20_001))],
      ['too-many-columns.csv', new TextEncoder().encode(Array.from({ length: 201 }, (_, i) => `c${i}`).join(','))],
    ];
    for (const [name, bytes] of fixed) await importAsTheDialogDoes(db, name, bytes, tally);

    // Truncated and bit-flipped workbooks.
    const good = await buildXlsx([
      {
        name: 'Plan',
        cells: [
          { ref: 'A1', s: 'Ref' },
          { ref: 'B1', s: 'Strategic activity' },
          { ref: 'C1', s: 'Theme' },
          { ref: 'A2', s: 'Z99' },
          { ref: 'B2', s: '<script>x</script>' },
          { ref: 'C2', s: '6' },
        ],
      },
    ]);
    for (let i = 0; i < 40; i++) {
      const cut = good.slice(0, r.int(good.length));
      const flipped = good.slice();
      for (let k = 0; k < 4; k++) {
        const at = r.int(flipped.length);
        flipped[at] = flipped[at]! ^ (1 << r.int(8));
      }
      await importAsTheDialogDoes(db, 'cut.xlsx', cut, tally);
      await importAsTheDialogDoes(db, 'flipped.xlsx', flipped, tally);
    }

    // CSVs with real headers and hostile cells, for both imports.
    for (let i = 0; i < RANDOM_CASES; i++)
      await importAsTheDialogDoes(db, `hostile-${i}.csv`, hostileCsv(r, r.next() < 0.5 ? PLAN_FIELDS : MEASURE_VALUE_FIELDS), tally);

    // Clean structure, hostile text: imported whole, or refused with the database untouched.
    const measureNames = (await db.measures.toArray()).filter(isLive).map((m) => m.name);
    for (let i = 0; i < Math.ceil(RANDOM_CASES / 3); i++) await importAsTheDialogDoes(db, `valid-${i}.csv`, hostileButValidCsv(r, i, measureNames), tally);

    const figures = { check: 'import-fuzz', seed: SEED, ...tally, problems: tally.problems.length };
    if (process.env.PANELWRIGHT_FIGURES) appendFileSync(process.env.PANELWRIGHT_FIGURES, `${JSON.stringify(figures)}\n`);
    expect(tally.problems.slice(0, 10)).toEqual([]);
    expect(tally.dbChanged).toBe(0);
    // The fuzz must reach every outcome, or it is not testing what it claims.
    expect(tally.refusedOnRead).toBeGreaterThan(0);
    expect(tally.refusedInPreview).toBeGreaterThan(0);
    expect(tally.imported).toBeGreaterThan(0);
  }, 300_000);
});
