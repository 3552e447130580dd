// The spreadsheet parts handed to exceljs, rewritten first by a streaming pass of saxes (a strict XML
// parser): elements are matched by namespace, not prefix (so a workbook written with "x:" prefixes
// or in Strict OOXML reads as Excel's does), everything exceljs is not asked to read (formulas,
// drawings, comments, extensions) is left out, and the limits are checked here, before exceljs builds
// anything in memory. The output is flat, well-formed XML in the transitional namespace.
import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';
import { MAX_COLUMNS, MAX_FILLED_CELLS, MAX_ROWS, formatCount, tooManyColumns, tooManyRows } from './limits';
import { CANONICAL_CODE, builtInFormat, columnIndexOf, columnName } from './xlsx-formats';

/** A failure with a message fit to show the user as it stands. */
export class XlsxProblem extends Error {}

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const MAIN = new Set([MAIN_NS, 'http://purl.oclc.org/ooxml/spreadsheetml/main']);
const MAX_XML_ELEMENTS = 6_000_000;

const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Characters XML 1.0 cannot hold never reach exceljs's parser (saxes would have refused them anyway). */
const xmlText = (t: string): string => esc(t.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, ''));

export const tooManyCells = (): string =>
  `The workbook has more than ${formatCount(MAX_FILLED_CELLS)} filled cells, which is more than an import can take. Save just the sheet you need as a new file or as CSV.`;

/** Feeds `text` to saxes; element events get the spreadsheet-namespace local name or null. */
function walk(
  text: string,
  damaged: string,
  on: { open(name: string | null, attrs: Readonly<Record<string, string>>): void; close(name: string | null): void; text(t: string): void },
): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  let elements = 0;
  const refused = { doctype: false };
  parser.on('doctype', () => {
    refused.doctype = true; // Excel never writes one; it is how entity-expansion attacks arrive
  });
  const local = (tag: { uri?: string; local?: string }) => (tag.uri !== undefined && MAIN.has(tag.uri) ? (tag.local ?? null) : null);
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (++elements > MAX_XML_ELEMENTS) throw new XlsxProblem(tooManyCells());
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) if (a.uri === '' && a.prefix === '') attrs[a.local] = a.value;
    on.open(local(tag), attrs);
  });
  parser.on('closetag', (tag) => {
    on.close(local(tag));
  });
  parser.on('text', (t) => on.text(t));
  parser.on('cdata', (t) => on.text(t));
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof XlsxProblem) throw e;
    throw new XlsxProblem(damaged);
  }
  if (refused.doctype) throw new XlsxProblem(damaged);
}

/** Visible text of a string item (<si>/<is>): its <t> runs, without phonetic guides (<rPh>). */
class RunText {
  private depthInPhonetic = 0;
  private inT = false;
  value = '';
  open(name: string | null): void {
    if (name === 'rPh' || this.depthInPhonetic > 0) this.depthInPhonetic++;
    else if (name === 't') this.inT = true;
  }
  close(name: string | null): void {
    if (this.depthInPhonetic > 0) this.depthInPhonetic--;
    else if (name === 't') this.inT = false;
  }
  text(t: string): void {
    if (this.inT && this.depthInPhonetic === 0) this.value += t;
  }
}

const stringItem = (text: string) => `<t xml:space="preserve">${xmlText(text)}</t>`;

/** The shared strings as plain <si><t> items, and how many there are. */
export function rewriteSharedStrings(xml: string, damaged: string): { xml: string; count: number } {
  const out: string[] = [`<sst xmlns="${MAIN_NS}">`];
  let item: RunText | null = null;
  let count = 0;
  walk(xml, damaged, {
    open(name) {
      if (item) item.open(name);
      else if (name === 'si') item = new RunText();
    },
    close(name) {
      if (item && name === 'si') {
        out.push(`<si>${stringItem(item.value)}</si>`);
        count++;
        item = null;
      } else item?.close(name);
    },
    text: (t) => item?.text(t),
  });
  out.push('</sst>');
  return { xml: out.join(''), count };
}

/**
 * The number formats and cell formats (<numFmts>, <cellXfs>) only: that is all an import reads from
 * the styles. Built-in date, time and percent ids get an explicit code, so exceljs and we agree on
 * which ids those are.
 */
export function rewriteStyles(xml: string, damaged: string): string {
  const custom = new Map<string, string>();
  const xfs: string[] = [];
  let inCellXfs = false;
  walk(xml, damaged, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(a.numFmtId, a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfs.push(a.numFmtId !== undefined && /^\d{1,4}$/.test(a.numFmtId) ? a.numFmtId : '0');
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  for (const id of new Set(xfs)) {
    const kind = builtInFormat(Number(id));
    if (!custom.has(id) && kind !== 'general') custom.set(id, CANONICAL_CODE[kind]);
  }
  const fmts = [...custom].map(([id, code]) => `<numFmt numFmtId="${esc(id)}" formatCode="${esc(code)}"/>`).join('');
  const cellXfs = xfs.map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`).join('');
  return `<styleSheet xmlns="${MAIN_NS}"><numFmts count="${custom.size}">${fmts}</numFmts><cellXfs count="${xfs.length}">${cellXfs}</cellXfs></styleSheet>`;
}

interface CellDraft {
  column: number;
  style: string;
  type: string;
  value: string;
  inValue: boolean;
  inline: RunText | null;
}

export interface SheetBudget {
  /** Filled cells left for the rest of the workbook. */
  cellsLeft: number;
}

/**
 * A worksheet as rows of filled cells only, every row and cell with its reference (filled in where
 * the file leaves it out, as Excel reads it), strings inline (so no text is decoded twice), shared
 * strings checked against their count. Throws XlsxProblem past the row, column or cell limits.
 */
export function rewriteWorksheet(xml: string, opts: { sheetName: string; sharedCount: number; damaged: string; budget: SheetBudget }): string {
  const out: string[] = [`<worksheet xmlns="${MAIN_NS}"><sheetData>`];
  let inSheetData = false;
  let row: { number: number; cells: string[] } | null = null;
  let cell: CellDraft | null = null;
  let nextRow = 1;
  let nextColumn = 0;
  let skipDepth = 0; // inside an element of a cell that is not read (formulas, extensions)
  const limit = (message: string) => new XlsxProblem(`Sheet "${opts.sheetName}": ${message}`);

  const finishCell = (c: CellDraft, rowNumber: number): string | null => {
    const v = c.value;
    const s = c.style ? ` s="${c.style}"` : '';
    const r = `${columnName(c.column)}${rowNumber}`;
    switch (c.type) {
      case 's': {
        const i = Number(v.trim());
        return Number.isInteger(i) && i >= 0 && i < opts.sharedCount && v.trim() !== '' ? `<c r="${r}"${s} t="s"><v>${i}</v></c>` : null;
      }
      case 'inlineStr': {
        const text = c.inline?.value ?? v;
        return text === '' ? null : `<c r="${r}"${s} t="inlineStr"><is>${stringItem(text)}</is></c>`;
      }
      case 'str':
      case 'e':
        // Formula results and error values (#N/A) as text: exceljs decodes "str" a second time.
        return v === '' ? null : `<c r="${r}"${s} t="inlineStr"><is>${stringItem(v)}</is></c>`;
      case 'd': {
        const text = /^\d{4}-\d{2}-\d{2}/.test(v.trim()) ? v.trim().slice(0, 10) : v;
        return text === '' ? null : `<c r="${r}"${s} t="inlineStr"><is>${stringItem(text)}</is></c>`;
      }
      case 'b':
        if (v.trim() === '1' || v.trim() === '0') return `<c r="${r}"${s} t="b"><v>${v.trim()}</v></c>`;
        return v.trim() === '' ? null : `<c r="${r}"${s} t="inlineStr"><is>${stringItem(v)}</is></c>`;
      default: {
        const n = Number(v.trim());
        if (v.trim() === '') return null;
        return Number.isFinite(n) ? `<c r="${r}"${s}><v>${n}</v></c>` : `<c r="${r}"${s} t="inlineStr"><is>${stringItem(v.trim())}</is></c>`;
      }
    }
  };

  walk(xml, opts.damaged, {
    open(name, a) {
      if (skipDepth > 0 || (cell && name === null)) {
        skipDepth++;
        return;
      }
      if (cell) {
        if (cell.inline) cell.inline.open(name);
        else if (name === 'v') cell.inValue = true;
        else if (name === 'is') cell.inline = new RunText();
        else skipDepth++; // <f> and anything else: formulas are never read
        return;
      }
      if (name === 'sheetData') inSheetData = true;
      else if (inSheetData && name === 'row' && !row) {
        const r = Number(a.r);
        const number = Number.isInteger(r) && r >= nextRow ? r : nextRow;
        nextRow = number + 1;
        nextColumn = 0;
        row = { number, cells: [] };
      } else if (row && name === 'c') {
        const refColumn = a.r ? columnIndexOf(a.r) : -1;
        const column = refColumn >= nextColumn ? refColumn : nextColumn;
        nextColumn = column + 1;
        cell = { column, style: /^\d{1,6}$/.test(a.s ?? '') ? String(Number(a.s)) : '', type: a.t ?? 'n', value: '', inValue: false, inline: null };
      }
    },
    close(name) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (cell && row) {
        if (name === 'c') {
          const written = finishCell(cell, row.number);
          if (written) {
            if (row.number > MAX_ROWS) throw limit(tooManyRows());
            if (cell.column >= MAX_COLUMNS) throw limit(tooManyColumns());
            if (--opts.budget.cellsLeft < 0) throw new XlsxProblem(tooManyCells());
            row.cells.push(written);
          }
          cell = null;
        } else if (cell.inline && name !== 'is') cell.inline.close(name);
        else if (name === 'v') cell.inValue = false;
        return;
      }
      if (name === 'row' && row) {
        if (row.cells.length > 0) out.push(`<row r="${row.number}">${row.cells.join('')}</row>`);
        row = null;
      } else if (name === 'sheetData') inSheetData = false;
    },
    text(t) {
      if (skipDepth > 0 || !cell) return;
      if (cell.inline) cell.inline.text(t);
      else if (cell.inValue) cell.value += t;
    },
  });
  out.push('</sheetData></worksheet>');
  return out.join('');
}

/** The workbook's sheet list as exceljs reads it: sheets numbered 1…n, names given separately. */
export function canonicalWorkbook(sheetCount: number): { workbook: string; rels: string } {
  const ids = Array.from({ length: sheetCount }, (_, i) => i + 1);
  return {
    workbook: `<workbook xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${ids.map((n) => `<sheet name="S${n}" sheetId="${n}" r:id="rId${n}"/>`).join('')}</sheets></workbook>`,
    rels: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${ids.map((n) => `<Relationship Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/>`).join('')}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdY" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  };
}
