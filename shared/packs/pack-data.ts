// The hidden "Pack data" sheet of an .xlsx pack: which pack this is, and per row the ids and the base
// each update was sent with, plus a SHA-256 of all of it, so a return is matched to what was sent and
// an edited id or base is caught. Every value is text (nothing for Excel to reformat).
import { sha256Hex } from '../text/bytes';
import type { StatusKey } from '../plans/model';
import type { PackRow, UpdatePack } from './model';
import { PACK_VERSION } from './model';
import { narrativeToText } from './narrative-text';
import { MAX_CELL_CHARS } from '../import/limits';
import { planSchema } from '../backup/schema-plans';

export const PACK_DATA_SHEET = 'Pack data';
export const PACK_DATA_TITLE = 'Panelwright update pack';
const META_KEYS = [
  'packId',
  'planId',
  'periodId',
  'personId',
  'madeAt',
  'madeBy',
  'planName',
  'periodLabel',
  'officerName',
  'officerEmail',
  'statusKey',
] as const;
export const ROW_HEADER = [
  'row',
  'deliverableId',
  'updateId',
  'ref',
  'baseUpdatedAt',
  'baseStatusId',
  'baseText',
  'baseDate',
  'baseAuthor',
  'theme',
  'activity',
  'prevLabel',
  'prevStatus',
  'prevText',
] as const;
/** Rows before the per-deliverable rows: title, the meta keys, the checksum, the row header. */
export const FIRST_DATA_ROW = 1 + META_KEYS.length + 2;

/** Cell text as it will read back: XML-safe and within the import's cell limit. */
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids in a cell
export const cellText = (t: string): string => t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').slice(0, MAX_CELL_CHARS);

function rowValues(r: PackRow, i: number): string[] {
  return [
    String(i + 1),
    r.deliverableId,
    r.updateId,
    r.ref,
    r.base?.updatedAt ?? '',
    r.base?.statusId ?? '',
    narrativeToText(r.base?.narrative),
    r.base?.narrativeDate ?? '',
    r.base?.authorPersonId ?? '',
    r.theme,
    r.activity,
    r.previous?.periodLabel ?? '',
    r.previous?.statusId ?? '',
    r.previous?.text ?? '',
  ].map(cellText);
}

/** The sheet's rows, checksum row included. */
export async function packDataRows(pack: UpdatePack): Promise<string[][]> {
  const meta: Record<(typeof META_KEYS)[number], string> = {
    packId: pack.packId,
    planId: pack.plan.id,
    periodId: pack.period.id,
    personId: pack.officer?.personId ?? '',
    madeAt: pack.madeAt,
    madeBy: pack.madeBy,
    planName: pack.plan.name,
    periodLabel: pack.period.label,
    officerName: pack.officer?.name ?? '',
    officerEmail: pack.officer?.email ?? '',
    statusKey: JSON.stringify(pack.plan.statusKey),
  };
  const head = [[PACK_DATA_TITLE, String(PACK_VERSION)], ...META_KEYS.map((k) => [k, cellText(meta[k])])];
  const rows = pack.rows.map(rowValues);
  const checksum = await checksumOf(head, rows);
  return [...head, ['checksum', checksum], [...ROW_HEADER], ...rows];
}

async function checksumOf(head: readonly (readonly string[])[], rows: readonly (readonly string[])[]): Promise<string> {
  const pad = (r: readonly string[], n: number) => Array.from({ length: n }, (_, i) => (r[i] ?? '').replace(/\r\n?/g, '\n'));
  const canonical = JSON.stringify([head.map((r) => pad(r, 2)), rows.map((r) => pad(r, ROW_HEADER.length))]);
  return sha256Hex(new TextEncoder().encode(canonical));
}

export interface PackData {
  readonly version: number;
  readonly meta: Readonly<Record<(typeof META_KEYS)[number], string>>;
  readonly statusKey: StatusKey;
  readonly rows: readonly (readonly string[])[];
}

const NOT_A_PACK =
  'This workbook is not a Panelwright update pack (it has no pack data). Only packs made with "Send update packs…" can be taken in; the plan import takes other spreadsheets.';
export const TAMPERED =
  "The pack's hidden data has been changed since it was sent (its checksum does not match), so its rows cannot be matched safely. Ask the officer to fill in the pack as it was sent, or send a new pack.";

/** Reads and checks the sheet's rows (as readXlsx gives them); a sentence when it is not a pack or was edited. */
export async function readPackData(rows: readonly (readonly string[])[]): Promise<{ ok: true; data: PackData } | { ok: false; error: string }> {
  if (rows[0]?.[0] !== PACK_DATA_TITLE) return { ok: false, error: NOT_A_PACK };
  const version = Number(rows[0][1]);
  if (version !== PACK_VERSION)
    return { ok: false, error: `This pack was made by a newer version of Panelwright (pack format ${rows[0][1] ?? '?'}). Update the app, then take it in.` };
  const meta: Record<string, string> = {};
  META_KEYS.forEach((k, i) => {
    const row = rows[i + 1] ?? [];
    meta[k] = row[0] === k ? (row[1] ?? '') : '\u0000missing';
  });
  const checksumRow = rows[1 + META_KEYS.length] ?? [];
  const header = rows[FIRST_DATA_ROW - 1] ?? [];
  if (Object.values(meta).includes('\u0000missing') || checksumRow[0] !== 'checksum' || ROW_HEADER.some((h, i) => header[i] !== h))
    return { ok: false, error: TAMPERED };
  const head = [rows[0], ...META_KEYS.map((_, i) => rows[i + 1] ?? [])];
  // Trailing rows with nothing in them (LibreOffice may keep empty styled rows) are not data.
  const dataRows = rows.slice(FIRST_DATA_ROW).filter((r) => r.some((c) => c !== ''));
  if ((await checksumOf(head, dataRows)) !== checksumRow[1]) return { ok: false, error: TAMPERED };
  // A checksum proves the sheet untouched by hand, not that the file is honest: check the key's shape too.
  let statusKey: StatusKey;
  try {
    const parsed = planSchema.shape.statusKey.safeParse(JSON.parse(meta.statusKey ?? ''));
    if (!parsed.success) return { ok: false, error: TAMPERED };
    statusKey = parsed.data;
  } catch {
    return { ok: false, error: TAMPERED };
  }
  return { ok: true, data: { version, meta: meta as PackData['meta'], statusKey, rows: dataRows } };
}
