// An update pack as an .xlsx workbook (exceljs) that opens in Excel and LibreOffice with no app:
// the Updates sheet (one row per deliverable; last period read-only; this period's status as a
// drop-down of the plan's own key, the update text, who and when), plain-words Instructions, the
// Status key, and the hidden Pack data sheet (./pack-data). Sheets are protected without a password,
// so an officer can still read everything and unprotect it; nothing here depends on that protection:
// the return is checked cell by cell when it comes back (./xlsx-read).
import type { Style, Workbook, Worksheet } from 'exceljs';
import { statusById } from '../plans/status-key';
import type { UpdatePack } from './model';
import { statusOption } from './model';
import { narrativeToText } from './narrative-text';
import { PACK_DATA_SHEET, cellText, packDataRows } from './pack-data';

export const UPDATES_SHEET = 'Updates';
export const INSTRUCTIONS_SHEET = 'Instructions';
export const KEY_SHEET = 'Status key';
export const UPDATE_HEADERS = [
  'Ref',
  'Theme',
  'Activity',
  'Last period status',
  'Last period update',
  'Status this period (choose)',
  'Update this period (write)',
  'Completed by',
  'Date (dd/mm/yyyy)',
] as const;
/** The header is row 3; deliverables start on row 4. */
export const HEADER_ROW = 3;
export const COLUMN = { ref: 1, theme: 2, activity: 3, lastStatus: 4, lastText: 5, status: 6, narrative: 7, officer: 8, date: 9 } as const;
const WIDTHS = [9, 24, 42, 16, 46, 24, 64, 20, 14];
const EDITABLE_FILL = 'FFFFF5D6';
const LOCKED_FILL = 'FFF2F2F2';

/**
 * The styles of the deliverable rows, one object each, shared by every cell that has it. exceljs
 * recognises a style object it has seen (a WeakMap) and otherwise renders each cell's style to XML to
 * find its twin, which was most of the time a workbook took. Never change a cell that has one of these
 * through a per-cell setter (cell.numFmt = …): that would change every cell sharing it.
 */
const rowCellStyle = (editable: boolean, numFmt?: string): Partial<Style> => ({
  ...(numFmt ? { numFmt } : {}),
  alignment: { wrapText: true, vertical: 'top' },
  protection: { locked: !editable },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: editable ? EDITABLE_FILL : LOCKED_FILL } },
  border: { top: { style: 'thin', color: { argb: 'FFBFBFBF' } }, bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } } },
});
const LOCKED_CELL = rowCellStyle(false);
const EDITABLE_CELL = rowCellStyle(true);
const EDITABLE_DATE_CELL = rowCellStyle(true, 'dd/mm/yyyy');

type WorkbookClass = new () => Workbook;
let library: Promise<WorkbookClass> | null = null;

/**
 * Loads exceljs once (it is a large module: most of the time the first pack of a session takes).
 * Send update packs… starts this when its dialog opens, so making the packs does not wait for it.
 */
export function loadXlsxLibrary(): Promise<WorkbookClass> {
  library ??= import('exceljs').then((m) => {
    const mod = m as unknown as { default?: { Workbook: WorkbookClass }; Workbook?: WorkbookClass };
    const Ctor = mod.Workbook ?? mod.default?.Workbook;
    if (!Ctor) throw new Error('The spreadsheet library could not be loaded.');
    return Ctor;
  });
  // A failed load (a chunk that did not arrive) is tried again next time.
  library.catch(() => (library = null));
  return library;
}

async function newWorkbook(): Promise<Workbook> {
  return new (await loadXlsxLibrary())();
}

/** Protection without a password: cells stay readable and copyable; locked ones cannot be typed over by accident. */
const protect = (ws: Worksheet) =>
  ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatRows: true,
    formatColumns: true,
    sort: false,
    insertRows: false,
    deleteRows: false,
    autoFilter: false,
  });

const isoToDate = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

export async function writeXlsxPack(pack: UpdatePack): Promise<Uint8Array> {
  const wb = await newWorkbook();
  wb.creator = pack.madeBy || 'Panelwright';
  wb.created = new Date(pack.madeAt);
  wb.modified = new Date(pack.madeAt);
  const key = pack.plan.statusKey;
  const who = pack.officer?.name ?? 'the lead officer';

  // ---- Updates ----
  const ws = wb.addWorksheet(UPDATES_SHEET, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW, activeCell: 'F4' }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  ws.getCell('A1').value = cellText(`${pack.plan.name}: updates for ${pack.period.label} from ${who}`);
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = cellText(
    `Fill in the four shaded columns (status, update, your name and the date) for each deliverable, save the file and send it back to ${pack.madeBy || 'the report author'}. The Instructions sheet explains each column.`,
  );
  ws.getCell('A2').alignment = { wrapText: false };
  const header = ws.getRow(HEADER_ROW);
  UPDATE_HEADERS.forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = h;
    c.font = { bold: true };
    c.alignment = { wrapText: true, vertical: 'top' };
    c.border = { bottom: { style: 'medium' } };
  });
  header.height = 32;
  const options = key.statuses.map(statusOption);
  pack.rows.forEach((r, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    const prev = r.previous ? statusById(key, r.previous.statusId) : undefined;
    const base = r.base;
    const baseStatus = base ? statusById(key, base.statusId) : undefined;
    const values: (string | Date | null)[] = [
      r.ref,
      r.theme,
      r.activity,
      r.previous ? `${prev ? statusOption(prev) : 'No status'} (${r.previous.periodLabel})` : 'No earlier update',
      r.previous?.text ?? '',
      baseStatus ? statusOption(baseStatus) : '',
      narrativeToText(base?.narrative),
      pack.officer?.name ?? '',
      base?.narrativeDate ? isoToDate(base.narrativeDate) : null,
    ];
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = typeof v === 'string' ? cellText(v) || null : v;
      cell.style = c + 1 === COLUMN.date ? EDITABLE_DATE_CELL : c + 1 >= COLUMN.status ? EDITABLE_CELL : LOCKED_CELL;
    });
    row.getCell(COLUMN.status).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`'${KEY_SHEET}'!$A$2:$A$${options.length + 1}`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Choose a status',
      error: `Choose one of the statuses in the list (${options.join(', ')}).`,
      showInputMessage: true,
      promptTitle: 'Status',
      prompt: 'Choose this period’s status from the list.',
    };
    row.getCell(COLUMN.date).dataValidation = {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: true,
      formulae: [new Date('2000-01-01T00:00:00Z')],
      showErrorMessage: true,
      errorTitle: 'Date',
      error: 'Type a date, such as 30/09/2017.',
    };
    // Tall rows so a paragraph or two shows without resizing; officers can still make them taller.
    row.height = 120;
  });
  await protect(ws);

  // ---- Instructions ----
  const ins = wb.addWorksheet(INSTRUCTIONS_SHEET);
  ins.columns = [{ width: 110 }];
  const lines = [
    `Update pack: ${pack.plan.name}, ${pack.period.label}`,
    '',
    `This workbook asks ${who} for this period's update on ${pack.rows.length} deliverable${pack.rows.length === 1 ? '' : 's'}. You do not need any other software: Excel or LibreOffice is enough.`,
    '',
    'On the Updates sheet, one row is one deliverable. The grey columns (reference, theme, activity and last period) are there to read; they cannot be changed.',
    'For each row, fill in the four shaded columns:',
    "  1. Status this period: choose from the drop-down list. The list is this plan's own status key (see the Status key sheet).",
    `  2. Update this period: what has been done this period and what happens next. An update is required for ${
      key.statuses
        .filter((s) => s.requiresNarrative)
        .map((s) => s.label)
        .join(' and ') || 'no status'
    }. Start a new paragraph with a blank line (Alt+Enter twice in Excel, Ctrl+Enter in LibreOffice).`,
    '  3. Completed by: your name.',
    '  4. Date: the date the update speaks as of, such as 30/09/2017.',
    '',
    `Then save the file (keep it as .xlsx, and keep its name if you can) and send it back to ${pack.madeBy || 'the report author'}.`,
    '',
    "Please do not add, delete or move rows, rename the sheets or change the headings: the author's app matches each row to its deliverable and will refuse a changed pack.",
    'The sheets are protected without a password only to stop accidental typing over the grey cells.',
    '',
    `Made on ${pack.madeAt.slice(0, 10)} by ${pack.madeBy || 'the report author'}.`,
  ];
  lines.forEach((l, i) => {
    const c = ins.getCell(i + 1, 1);
    c.value = cellText(l) || null;
    c.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) c.font = { bold: true, size: 14 };
  });
  await protect(ins);

  // ---- Status key ----
  const ks = wb.addWorksheet(KEY_SHEET);
  ks.columns = [{ width: 24 }, { width: 10 }, { width: 60 }, { width: 20 }];
  ['Choose', 'Symbol', 'Meaning', 'Update required?'].forEach((h, i) => {
    ks.getCell(1, i + 1).value = h;
    ks.getCell(1, i + 1).font = { bold: true };
  });
  key.statuses.forEach((s, i) => {
    const r = ks.getRow(i + 2);
    r.getCell(1).value = cellText(statusOption(s));
    r.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill.replace('#', '')}` } };
    r.getCell(1).font = { color: { argb: `FF${s.text.replace('#', '')}` }, bold: true };
    r.getCell(2).value = cellText(s.symbol) || null;
    r.getCell(3).value = cellText(s.meaning) || null;
    r.getCell(3).alignment = { wrapText: true, vertical: 'top' };
    r.getCell(4).value = s.requiresNarrative ? 'Yes' : 'No';
  });
  await protect(ks);

  // ---- Pack data (hidden) ----
  const ds = wb.addWorksheet(PACK_DATA_SHEET, { state: 'hidden' });
  (await packDataRows(pack)).forEach((values, i) => {
    const row = ds.getRow(i + 1);
    values.forEach((v, c) => {
      // Text cells only, so no spreadsheet turns an id or a date into a number.
      if (v !== '') row.getCell(c + 1).value = v;
    });
  });
  await protect(ds);

  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
