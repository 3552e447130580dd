// A returned .xlsx pack, read through the import's guarded reader (zip-bomb budget, row, column and
// cell limits: shared/import/read-xlsx) and checked against its own hidden Pack data: a pack that is
// not ours, was edited in its hidden ids or has changed headings is refused with one sentence; a row
// that was added, or whose reference was changed, is left out with a message naming the row.
import { readXlsx } from '../import/read-xlsx';
import { parseDateText } from '../import/values';
import type { DeliverableUpdate } from '../plans/model';
import type { PackReturn, PackRow, ReadReturnResult, ReturnRow, UpdatePack } from './model';
import { textToNarrative } from './narrative-text';
import { PACK_DATA_SHEET, readPackData } from './pack-data';
import { COLUMN, HEADER_ROW, UPDATES_SHEET, UPDATE_HEADERS } from './xlsx-write';
import { quoteForMessage } from '../text/quote';

const letter = (col: number) => String.fromCharCode(64 + col);

/** The pack as sent, rebuilt from the hidden rows (bases carry their stamp and plain text). */
function sentPack(raw: Readonly<Record<string, string>>, statusKey: UpdatePack['plan']['statusKey'], rows: readonly (readonly string[])[]): UpdatePack {
  const m = (k: string): string => raw[k] ?? '';
  const at = (r: readonly string[], i: number) => r[i] ?? '';
  const packRows = rows.map((r): PackRow => {
    const baseAt = at(r, 4);
    const base: DeliverableUpdate | null = baseAt
      ? {
          id: at(r, 2),
          createdAt: baseAt,
          updatedAt: baseAt,
          updatedBy: '',
          deletedAt: null,
          deliverableId: at(r, 1),
          periodId: m('periodId'),
          statusId: at(r, 5) || null,
          narrative: textToNarrative(at(r, 6)),
          narrativeDate: at(r, 7) || null,
          authorPersonId: at(r, 8) || null,
        }
      : null;
    return {
      deliverableId: at(r, 1),
      updateId: at(r, 2),
      ref: at(r, 3),
      base,
      theme: at(r, 9),
      activity: at(r, 10),
      previous: at(r, 11) ? { periodLabel: at(r, 11), statusId: at(r, 12) || null, text: at(r, 13) } : null,
    };
  });
  return {
    packId: m('packId'),
    madeAt: m('madeAt'),
    madeBy: m('madeBy'),
    plan: { id: m('planId'), name: m('planName'), statusKey },
    period: { id: m('periodId'), label: m('periodLabel') },
    officer: m('personId') ? { personId: m('personId'), name: m('officerName'), email: m('officerEmail') } : null,
    rows: packRows,
  };
}

export async function readXlsxReturn(fileName: string, bytes: Uint8Array): Promise<ReadReturnResult> {
  const read = await readXlsx(bytes);
  if (!read.ok) return { ok: false, error: read.error };
  const dataSheet = read.sheets.find((s) => s.name === PACK_DATA_SHEET);
  const data = await readPackData(dataSheet?.rows ?? []);
  if (!data.ok) return data;
  const { meta, statusKey } = data.data;
  const sent = sentPack(meta, statusKey, data.data.rows);
  const sheet = read.sheets.find((s) => s.name === UPDATES_SHEET);
  if (!sheet)
    return {
      ok: false,
      error: `The "${UPDATES_SHEET}" sheet has been renamed or removed, so the return cannot be read. Ask for the pack to be returned as it was sent.`,
    };
  const header = sheet.rows[HEADER_ROW - 1] ?? [];
  for (let c = 0; c < UPDATE_HEADERS.length; c++) {
    const found = (header[c] ?? '').trim();
    if (found !== UPDATE_HEADERS[c]) {
      return {
        ok: false,
        error: `Column ${letter(c + 1)} of the ${UPDATES_SHEET} sheet is headed "${found || '(blank)'}", not "${UPDATE_HEADERS[c]}": the columns have been changed, so the rows cannot be read safely. Ask for the pack to be returned with its columns as sent.`,
      };
    }
  }
  const extraHeading = header.slice(UPDATE_HEADERS.length).findIndex((h) => h.trim() !== '');
  const problems: string[] = [];
  if (extraHeading >= 0) problems.push(`Column ${letter(UPDATE_HEADERS.length + extraHeading + 1)} was added to the ${UPDATES_SHEET} sheet; it was ignored.`);

  const byRef = new Map(sent.rows.map((r, i) => [r.ref, i]));
  const used = new Set<number>();
  const rows: ReturnRow[] = [];
  const cell = (r: readonly string[], col: number) => r[col - 1] ?? '';
  for (let i = HEADER_ROW; i < sheet.rows.length; i++) {
    const r = sheet.rows[i] ?? [];
    const rowNumber = i + 1;
    if (r.every((c) => c.trim() === '')) continue;
    const ref = cell(r, COLUMN.ref).trim();
    const position = i - HEADER_ROW;
    // The row at its own place, or (rows sorted by an unprotected copy) the row with its reference.
    const k = sent.rows[position]?.ref === ref && !used.has(position) ? position : byRef.get(ref);
    if (k === undefined || used.has(k)) {
      problems.push(
        position < sent.rows.length && !used.has(position)
          ? `Row ${rowNumber}: the reference was changed from ${quoteForMessage(sent.rows[position]?.ref ?? '')} to ${quoteForMessage(ref)}, so the row was left out.`
          : `Row ${rowNumber} is not one the pack sent (rows cannot be added), so it was left out.`,
      );
      continue;
    }
    used.add(k);
    const s = sent.rows[k];
    if (!s) continue;
    const date = cell(r, COLUMN.date).trim();
    rows.push({
      rowNumber,
      deliverableId: s.deliverableId,
      updateId: s.updateId,
      ref: s.ref,
      statusText: cell(r, COLUMN.status).trim(),
      narrativeText: cell(r, COLUMN.narrative),
      officerName: cell(r, COLUMN.officer).trim(),
      dateText: date ? (parseDateText(date) ?? date) : '',
    });
  }
  const officerName = rows.find((r) => r.officerName)?.officerName ?? sent.officer?.name ?? '';
  const ret: PackReturn = {
    fileName,
    kind: 'xlsx',
    packId: sent.packId,
    planId: sent.plan.id,
    periodId: sent.period.id,
    personId: sent.officer?.personId ?? null,
    officerName,
    sent,
    rows,
    problems,
  };
  return { ok: true, ret };
}
