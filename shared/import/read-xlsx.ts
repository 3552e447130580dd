// .xlsx bytes to sheets of strings. The zip is opened with jszip and every part is inflated in
// chunks against one budget (MAX_UNCOMPRESSED_BYTES), so a "zip bomb" stops early; the XML is read
// with a tolerant scanner (./xml). Formulas are never evaluated: a cell gives the value Excel last
// saved with it. Dates stored as serial numbers come out as ISO dates ("2018-03-31") when the cell's
// number format is a date; percentages as "55.7%". Never throws: every failure is a plain message.
import JSZip from 'jszip';
import { serialToIsoDate, serialToTime } from './excel-dates';
import { MAX_COLUMNS, CELL_READ_LIMIT, MAX_OPEN_FILE_BYTES, MAX_ROWS, MAX_SHEETS, MAX_UNCOMPRESSED_BYTES, tooLarge, tooManyColumns, tooManyRows } from './limits';
import type { ReadResult, Sheet } from './limits';
import { attributes, decodeOoxmlEscapes, decodeXmlText, elements, firstElement, runText } from './xml';

/** A failure with a message fit to show the user as it stands. */
class XlsxProblem extends Error {}

export const NOT_A_ZIP = 'This file is not an Excel workbook (.xlsx): it could not be opened as one. If it is a CSV file, give it a .csv name.';
export const DAMAGED = 'This .xlsx file is damaged or incomplete and cannot be read. Open it in Excel, save it again and retry.';
export const NO_WORKBOOK = 'This file is a zip archive but not an Excel workbook (.xlsx): it has no workbook inside.';
export const TOO_BIG_UNPACKED = `This workbook unpacks to more than ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB, which is more than an import can take. Save just the sheet you need as a new file or as CSV.`;

type ZipFile = JSZip.JSZipObject & { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> };

interface Budget {
  left: number;
}

/** Opened zip parts, looked up case-insensitively (some writers vary the case of part names). */
class Package {
  private readonly byLowerName = new Map<string, JSZip.JSZipObject>();
  constructor(zip: JSZip, private readonly budget: Budget) {
    for (const [name, file] of Object.entries(zip.files)) if (!file.dir) this.byLowerName.set(name.replace(/^\/+/, '').toLowerCase(), file);
  }
  has(path: string): boolean {
    return this.byLowerName.has(path.toLowerCase());
  }
  /** The part's text, or null when absent; inflating counts against the budget. */
  async text(path: string): Promise<string | null> {
    const file = this.byLowerName.get(path.toLowerCase()) as ZipFile | undefined;
    if (!file) return null;
    const chunks: Uint8Array[] = [];
    await new Promise<void>((resolve, reject) => {
      let stream: JSZip.JSZipStreamHelper<Uint8Array>;
      try {
        stream = file.internalStream('uint8array');
      } catch {
        reject(new XlsxProblem(DAMAGED));
        return;
      }
      stream
        .on('data', (chunk) => {
          this.budget.left -= chunk.length;
          if (this.budget.left < 0) {
            stream.pause();
            reject(new XlsxProblem(TOO_BIG_UNPACKED));
          } else chunks.push(chunk);
        })
        .on('error', () => reject(new XlsxProblem(DAMAGED)))
        .on('end', () => resolve())
        .resume();
    });
    let total = 0;
    for (const c of chunks) total += c.length;
    const all = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) (all.set(c, at), (at += c.length));
    return new TextDecoder('utf-8').decode(all);
  }
}

/** "xl/worksheets/sheet1.xml" from a relationship target relative to the part "xl/workbook.xml". */
export function resolvePartPath(fromPart: string, target: string): string {
  const base = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const seg of target.replace(/^\/+/, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

function relsPathOf(part: string): string {
  const dir = part.split('/').slice(0, -1).join('/');
  const name = part.split('/').pop() ?? '';
  return `${dir ? `${dir}/` : ''}_rels/${name}.rels`;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

async function relationships(pkg: Package, part: string): Promise<Map<string, Relationship>> {
  const xml = (await pkg.text(relsPathOf(part))) ?? '';
  const out = new Map<string, Relationship>();
  for (const r of elements(xml, 'Relationship')) {
    const a = attributes(r.attrs);
    if ((a.get('TargetMode') ?? '').toLowerCase() === 'external') continue;
    out.set(a.get('Id') ?? '', { type: a.get('Type') ?? '', target: a.get('Target') ?? '' });
  }
  return out;
}

// Number formats ---------------------------------------------------------------------------------

type CellFormat = 'date' | 'dateTime' | 'time' | 'percent' | 'general';

/** Excel's built-in format ids that are dates, times or percentages. */
function builtInFormat(id: number): CellFormat {
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58)) return 'date';
  if (id === 22) return 'dateTime';
  if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || (id >= 45 && id <= 47)) return 'time';
  if (id === 9 || id === 10) return 'percent';
  return 'general';
}

/** What a custom format code shows: quoted text, [colour]/[$-locale] sections and escapes ignored. */
export function customFormat(code: string): CellFormat {
  const bare = (code.split(';')[0] ?? '').replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '');
  const hasDate = /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare) && !/0/.test(bare));
  const hasTime = /[hs]/i.test(bare);
  if (hasDate && hasTime) return 'dateTime';
  if (hasDate) return 'date';
  if (hasTime) return 'time';
  if (bare.includes('%')) return 'percent';
  return 'general';
}

function readStyles(xml: string | null): CellFormat[] {
  if (!xml) return [];
  const custom = new Map<number, CellFormat>();
  for (const f of elements(xml, 'numFmt')) {
    const a = attributes(f.attrs);
    custom.set(Number(a.get('numFmtId')), customFormat(a.get('formatCode') ?? ''));
  }
  const xfs = firstElement(xml, 'cellXfs');
  if (!xfs) return [];
  const out: CellFormat[] = [];
  for (const xf of elements(xfs.inner, 'xf')) {
    const id = Number(attributes(xf.attrs).get('numFmtId') ?? 0);
    out.push(custom.get(id) ?? builtInFormat(id));
  }
  return out;
}

// Cells --------------------------------------------------------------------------------------------

/** A number without floating-point noise: 0.1 + 0.2 → "0.3", 55.700000000000003 → "55.7". */
export function tidyNumber(n: number): string {
  return String(Number(n.toPrecision(15)));
}

function numberCell(raw: string, format: CellFormat, date1904: boolean): string {
  const n = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(n)) return raw.trim();
  switch (format) {
    case 'date':
    case 'dateTime':
      return serialToIsoDate(n, date1904) ?? tidyNumber(n);
    case 'time':
      return n >= 0 && n < 1 ? serialToTime(n) : (serialToIsoDate(n, date1904) ?? tidyNumber(n));
    case 'percent':
      return `${tidyNumber(n * 100)}%`;
    default:
      return tidyNumber(n);
  }
}

/** Zero-based column of a cell reference: "A1" → 0, "AB7" → 27; -1 when not a reference. */
export function columnIndexOf(ref: string): number {
  const m = /^\$?([A-Za-z]{1,3})\$?\d*$/.exec(ref.trim());
  if (!m) return -1;
  let n = 0;
  for (const ch of (m[1] ?? '').toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function cap(text: string): string {
  return text.length > CELL_READ_LIMIT ? text.slice(0, CELL_READ_LIMIT) : text;
}

function readSheet(name: string, xml: string, shared: readonly string[], formats: readonly CellFormat[], date1904: boolean): Sheet {
  const data = firstElement(xml, 'sheetData');
  const rows: string[][] = [];
  let nextRow = 1;
  for (const row of elements(data?.inner ?? '', 'row')) {
    const r = Number(attributes(row.attrs).get('r'));
    const rowNumber = Number.isInteger(r) && r >= nextRow ? r : nextRow;
    nextRow = rowNumber + 1;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const c of elements(row.inner, 'c')) {
      const a = attributes(c.attrs);
      const ref = a.get('r') ?? '';
      const refColumn = ref ? columnIndexOf(ref) : -1;
      const column = refColumn >= nextColumn ? refColumn : nextColumn;
      nextColumn = column + 1;
      const type = a.get('t') ?? 'n';
      const v = firstElement(c.inner, 'v');
      const raw = v ? decodeXmlText(v.inner) : '';
      let text: string;
      if (type === 's') text = shared[Number(raw)] ?? '';
      else if (type === 'inlineStr') text = runText(firstElement(c.inner, 'is')?.inner ?? '');
      else if (type === 'str' || type === 'e') text = decodeOoxmlEscapes(raw);
      else if (type === 'b') text = raw.trim() === '1' ? 'TRUE' : raw.trim() === '0' ? 'FALSE' : raw;
      else if (type === 'd') text = /^\d{4}-\d{2}-\d{2}/.test(raw.trim()) ? raw.trim().slice(0, 10) : raw;
      else text = numberCell(raw, formats[Number(a.get('s') ?? 0)] ?? 'general', date1904);
      if (text === '') continue; // styled but empty cells do not widen the sheet
      if (rowNumber > MAX_ROWS) throw new XlsxProblem(`Sheet "${name}": ${tooManyRows()}`);
      if (column >= MAX_COLUMNS) throw new XlsxProblem(`Sheet "${name}": ${tooManyColumns()}`);
      while (cells.length < column) cells.push('');
      cells[column] = cap(text);
    }
    if (cells.length > 0) rows[rowNumber - 1] = cells;
  }
  // Dense rows (blank where the sheet has none), so row i is spreadsheet row i + 1.
  const dense: string[][] = [];
  for (let i = 0; i < rows.length; i++) dense.push(rows[i] ?? []);
  return { name, rows: dense };
}

// The workbook -------------------------------------------------------------------------------------

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Sheets of an .xlsx file; never throws. */
export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  try {
    return { ok: true, sheets: await readWorkbook(bytes) };
  } catch (e) {
    return { ok: false, error: e instanceof XlsxProblem ? e.message : DAMAGED };
  }
}

async function readWorkbook(bytes: Uint8Array): Promise<Sheet[]> {
  if (bytes.length > MAX_OPEN_FILE_BYTES) throw new XlsxProblem(tooLarge());
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new XlsxProblem('This is an older Excel file (.xls) or a password-protected workbook, which cannot be imported. In Excel, remove any password and save it as .xlsx or CSV.');
  }
  if (!startsWith(bytes, [0x50, 0x4b])) throw new XlsxProblem(NOT_A_ZIP);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    const message = e instanceof Error ? e.message : '';
    throw new XlsxProblem(/encrypt/i.test(message) ? 'This workbook is encrypted and cannot be read. Save a copy without a password and try again.' : NOT_A_ZIP.replace('it could not be opened as one', 'it is damaged or not a workbook'));
  }
  const pkg = new Package(zip, { left: MAX_UNCOMPRESSED_BYTES });
  const rootRels = await relationships(pkg, '');
  const officeDocument = [...rootRels.values()].find((r) => /\/officeDocument$/.test(r.type));
  const workbookPath = officeDocument ? resolvePartPath('', officeDocument.target) : 'xl/workbook.xml';
  const workbookXml = await pkg.text(workbookPath);
  if (workbookXml === null) {
    if (pkg.has('content.xml') && pkg.has('mimetype')) throw new XlsxProblem('OpenDocument spreadsheets (.ods) cannot be imported. Save it as .xlsx or CSV and try again.');
    if (pkg.has('word/document.xml')) throw new XlsxProblem('This is a Word document, not a spreadsheet.');
    throw new XlsxProblem(NO_WORKBOOK);
  }
  const date1904 = /^(1|true)$/i.test(attributes(firstElement(workbookXml, 'workbookPr')?.attrs ?? '').get('date1904') ?? '');
  const rels = await relationships(pkg, workbookPath);
  const sharedRel = [...rels.values()].find((r) => /\/sharedStrings$/.test(r.type));
  const stylesRel = [...rels.values()].find((r) => /\/styles$/.test(r.type));
  const sharedXml = await pkg.text(sharedRel ? resolvePartPath(workbookPath, sharedRel.target) : 'xl/sharedStrings.xml');
  const shared = sharedXml ? [...elements(sharedXml, 'si')].map((si) => runText(si.inner)) : [];
  const formats = readStyles(await pkg.text(stylesRel ? resolvePartPath(workbookPath, stylesRel.target) : 'xl/styles.xml'));

  const sheets: Sheet[] = [];
  for (const s of elements(firstElement(workbookXml, 'sheets')?.inner ?? '', 'sheet')) {
    const a = attributes(s.attrs);
    const rel = rels.get(a.get('id') ?? '');
    if (!rel || !/\/worksheet$/.test(rel.type)) continue; // chart sheets and dialog sheets hold no cells
    if (sheets.length >= MAX_SHEETS) break;
    const name = cap(a.get('name') ?? `Sheet ${sheets.length + 1}`);
    const xml = await pkg.text(resolvePartPath(workbookPath, rel.target));
    if (xml === null) throw new XlsxProblem(`The sheet "${name}" is missing from the file, which is damaged. Open it in Excel, save it again and retry.`);
    sheets.push(readSheet(name, xml, shared, formats, date1904));
  }
  if (sheets.length === 0) throw new XlsxProblem('This workbook has no worksheets with cells to import.');
  return sheets;
}
