// Filling a pack the way an officer does in a spreadsheet program (exceljs here; the LibreOffice test
// then re-saves the result), and the sample plan's data as a pack's source.
import type { Workbook } from 'exceljs';
import type { DatabaseSnapshot } from '../backup/snapshot';
import { sampleSnapshot } from '../sample/reference-paper';
import { COLUMN, HEADER_ROW, UPDATES_SHEET } from './xlsx-write';

export interface Fill {
  readonly status?: string;
  readonly text?: string;
  readonly officer?: string;
  /** ISO date, typed as a date. */
  readonly date?: string;
}

export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const mod = (await import('exceljs')) as unknown as { default?: { Workbook: new () => Workbook }; Workbook?: new () => Workbook };
  const Ctor = mod.Workbook ?? mod.default?.Workbook;
  if (!Ctor) throw new Error('exceljs did not load');
  const wb = new Ctor();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

export async function saveWorkbook(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Types into the Updates sheet: fills[i] is the i-th deliverable's row. */
export async function fillXlsxPack(bytes: Uint8Array, fills: readonly (Fill | undefined)[], edit?: (wb: Workbook) => void): Promise<Uint8Array> {
  const wb = await loadWorkbook(bytes);
  const ws = wb.getWorksheet(UPDATES_SHEET);
  if (!ws) throw new Error('no Updates sheet');
  fills.forEach((f, i) => {
    if (!f) return;
    const row = ws.getRow(HEADER_ROW + 1 + i);
    if (f.status !== undefined) row.getCell(COLUMN.status).value = f.status || null;
    if (f.text !== undefined) row.getCell(COLUMN.narrative).value = f.text || null;
    if (f.officer !== undefined) row.getCell(COLUMN.officer).value = f.officer || null;
    if (f.date !== undefined) row.getCell(COLUMN.date).value = new Date(`${f.date}T00:00:00.000Z`);
  });
  edit?.(wb);
  return saveWorkbook(wb);
}

export type PlanData = Pick<DatabaseSnapshot, 'plans' | 'themes' | 'deliverables' | 'people' | 'updates' | 'customPeriods'>;

export function samplePlanData(): PlanData {
  const s = sampleSnapshot();
  return { plans: s.plans, themes: s.themes, deliverables: s.deliverables, people: s.people, updates: s.updates, customPeriods: s.customPeriods };
}
