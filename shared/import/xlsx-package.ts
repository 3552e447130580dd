// An .xlsx opened for exceljs: shared/ooxml's OfficePackage opens the zip and inflates every part
// read against one budget (MAX_UNCOMPRESSED_BYTES), so a zip bomb stops before exceljs sees a byte;
// the workbook's real parts are found through its relationships (whatever their names), rewritten
// (./xlsx-rewrite) and stored, uncompressed, under the fixed names exceljs looks for.
import JSZip from 'jszip';
import { OfficePackage, PackageProblem } from '../ooxml/package';
import { attr, children, child } from '../ooxml/xml';
import { CELL_READ_LIMIT, MAX_FILLED_CELLS, MAX_SHEETS, MAX_UNCOMPRESSED_BYTES } from './limits';
import { XlsxProblem, canonicalWorkbook, rewriteSharedStrings, rewriteStyles, rewriteWorksheet } from './xlsx-rewrite';

export const NOT_A_ZIP = 'This file is not an Excel workbook (.xlsx): it could not be opened as one. If it is a CSV file, give it a .csv name.';
export const DAMAGED = 'This .xlsx file is damaged or incomplete and cannot be read. Open it in Excel, save it again and retry.';
export const NO_WORKBOOK = 'This file is a zip archive but not an Excel workbook (.xlsx): it has no workbook inside.';
export const TOO_BIG_UNPACKED = `This workbook unpacks to more than ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB, which is more than an import can take. Save just the sheet you need as a new file or as CSV.`;
export const NO_SHEETS = 'This workbook has no worksheets with cells to import.';
const ENCRYPTED = 'This workbook is encrypted and cannot be read. Save a copy without a password and try again.';

export interface PreparedWorkbook {
  /** A zip exceljs can load: xl/workbook.xml, its rels, styles, shared strings, worksheets/sheet1…n. */
  readonly zip: Uint8Array;
  /** Sheet names in order (sheet i + 1 in the zip). */
  readonly names: readonly string[];
  readonly date1904: boolean;
}

const cap = (text: string) => (text.length > CELL_READ_LIMIT ? text.slice(0, CELL_READ_LIMIT) : text);

async function open(bytes: Uint8Array): Promise<OfficePackage> {
  try {
    return await OfficePackage.open(
      bytes,
      { maxUncompressedBytes: MAX_UNCOMPRESSED_BYTES, maxEntries: 10_000 },
      { notZip: NOT_A_ZIP, damaged: NOT_A_ZIP.replace('it could not be opened as one', 'it is damaged or not a workbook') },
    );
  } catch (e) {
    // jszip's message for an encrypted zip entry; anything else keeps the package's own sentence.
    if (e instanceof PackageProblem) throw new XlsxProblem(e.message);
    throw new XlsxProblem(/encrypt/i.test(e instanceof Error ? e.message : '') ? ENCRYPTED : DAMAGED);
  }
}

/** A part read from the package: the budget's own message when inflating runs past it, else "damaged". */
async function read<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof PackageProblem && /unpacks to more than/.test(e.message)) throw new XlsxProblem(TOO_BIG_UNPACKED);
    throw new XlsxProblem(DAMAGED);
  }
}

export async function prepareWorkbook(bytes: Uint8Array): Promise<PreparedWorkbook> {
  const pkg = await open(bytes);
  const root = [...(await read(() => pkg.relationships(''))).values()].find((r) => !r.external && /\/officeDocument$/.test(r.type));
  const workbookPath = root?.target ?? 'xl/workbook.xml';
  const workbook = await read(() => pkg.xml(workbookPath));
  if (!workbook) {
    if (pkg.has('content.xml') && pkg.has('mimetype'))
      throw new XlsxProblem('OpenDocument spreadsheets (.ods) cannot be imported. Save it as .xlsx or CSV and try again.');
    if (pkg.has('word/document.xml')) throw new XlsxProblem('This is a Word document, not a spreadsheet.');
    throw new XlsxProblem(NO_WORKBOOK);
  }
  const date1904 = /^(1|true)$/i.test(attr(child(workbook, 'x:workbookPr'), 'date1904') ?? '');
  const rels = [...(await read(() => pkg.relationships(workbookPath))).values()].filter((r) => !r.external);
  const partOf = (suffix: string, fallback: string) => rels.find((r) => r.type.endsWith(suffix))?.target ?? fallback;

  const out = new JSZip();
  const sharedXml = await read(() => pkg.text(partOf('/sharedStrings', 'xl/sharedStrings.xml')));
  const shared =
    sharedXml === null
      ? { xml: `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`, count: 0 }
      : rewriteSharedStrings(sharedXml, DAMAGED);
  out.file('xl/sharedStrings.xml', shared.xml);
  const stylesXml = await read(() => pkg.text(partOf('/styles', 'xl/styles.xml')));
  if (stylesXml !== null) out.file('xl/styles.xml', rewriteStyles(stylesXml, DAMAGED));

  const names: string[] = [];
  const budget = { cellsLeft: MAX_FILLED_CELLS };
  const byId = new Map(rels.map((r) => [r.id, r]));
  for (const sheet of children(child(workbook, 'x:sheets') ?? workbook, 'x:sheet')) {
    const rel = byId.get(attr(sheet, 'r:id') ?? '');
    if (!rel || !/\/worksheet$/.test(rel.type)) continue; // chart sheets and dialog sheets hold no cells
    if (names.length >= MAX_SHEETS) break;
    const name = cap(attr(sheet, 'name') ?? `Sheet ${names.length + 1}`);
    const sheetXml = await read(() => pkg.text(rel.target));
    if (sheetXml === null) throw new XlsxProblem(`The sheet "${name}" is missing from the file, which is damaged. Open it in Excel, save it again and retry.`);
    names.push(name);
    out.file(`xl/worksheets/sheet${names.length}.xml`, rewriteWorksheet(sheetXml, { sheetName: name, sharedCount: shared.count, damaged: DAMAGED, budget }));
  }
  if (names.length === 0) throw new XlsxProblem(NO_SHEETS);
  const { workbook: workbookXml, rels: relsXml } = canonicalWorkbook(names.length);
  out.file('xl/workbook.xml', workbookXml);
  out.file('xl/_rels/workbook.xml.rels', relsXml);
  return { zip: await out.generateAsync({ type: 'uint8array', compression: 'STORE' }), names, date1904 };
}
