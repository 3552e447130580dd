// Workbooks as other writers make them: exceljs itself (the library update packs are written with),
// prefixed and Strict namespaces, parts under unusual names, missing references, and sizes past the
// limits. Each is read as Excel would show it, or refused with a sentence.
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from './read-xlsx';
import { MAX_FILLED_CELLS } from './limits';

async function sheetsOf(bytes: Uint8Array) {
  const r = await readXlsx(bytes);
  if (!r.ok) throw new Error(r.error);
  return r.sheets;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function zipOf(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(parts)) zip.file(path, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const rootRels = (target: string) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${target}"/></Relationships>`;

describe('readXlsx with other writers', () => {
  it('reads a workbook exceljs wrote: dates, percentages, booleans, hidden sheets, validation and protection', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Updates');
    ws.addRow(['Ref', 'Due', 'Done', 'Share', 'Status']);
    ws.addRow(['C01', new Date(Date.UTC(2018, 2, 31)), true, 0.557, 'Green']);
    ws.getCell('B2').numFmt = 'dd/mm/yyyy';
    ws.getCell('D2').numFmt = '0.0%';
    ws.getCell('E2').dataValidation = { type: 'list', allowBlank: false, formulae: ['"Green,Amber,Red"'] };
    ws.getCell('A2').protection = { locked: true };
    ws.getColumn(6).hidden = true;
    await ws.protect('', { selectLockedCells: true });
    const hidden = wb.addWorksheet('Lists', { state: 'hidden' });
    hidden.addRow(['Green']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const [updates, lists] = await sheetsOf(bytes);
    expect(updates).toEqual({
      name: 'Updates',
      rows: [
        ['Ref', 'Due', 'Done', 'Share', 'Status'],
        ['C01', '2018-03-31', 'TRUE', '55.7%', 'Green'],
      ],
    });
    expect(lists).toEqual({ name: 'Lists', rows: [['Green']] });
  });

  it('matches elements by namespace: "x:" prefixes and Strict OOXML read like Excel\'s own', async () => {
    for (const ns of [MAIN, 'http://purl.oclc.org/ooxml/spreadsheetml/main']) {
      const bytes = await zipOf({
        '_rels/.rels': rootRels('/book/wb.xml'),
        'book/wb.xml': `<x:workbook xmlns:x="${ns}" xmlns:rel="${REL}"><x:sheets><x:sheet name="Data &amp; more" sheetId="7" rel:id="s1"/></x:sheets></x:workbook>`,
        'book/_rels/wb.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="${REL}/worksheet" Target="data/first.xml"/><Relationship Id="ss" Type="${REL}/sharedStrings" Target="strings.xml"/></Relationships>`,
        'book/strings.xml': `<x:sst xmlns:x="${ns}"><x:si><x:r><x:t>Fund </x:t></x:r><x:r><x:t>refuges</x:t></x:r><x:rPh><x:t>ふりがな</x:t></x:rPh></x:si><x:si><x:t>line_x000D_break</x:t></x:si></x:sst>`,
        'book/data/first.xml': `<x:worksheet xmlns:x="${ns}"><x:sheetData><x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>99</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c></x:row><x:row><x:c t="d"><x:v>2018-03-31T00:00:00</x:v></x:c><x:c t="str"><x:f>A1&amp;"x"</x:f><x:v>a&amp;amp;b</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      });
      const [sheet] = await sheetsOf(bytes);
      expect(sheet).toEqual({
        name: 'Data & more',
        rows: [
          ['Fund refuges', 'line\rbreak', '', 'FALSE', '#N/A'],
          ['2018-03-31', 'a&amp;b'],
        ],
      });
    }
  });

  it('keeps going past parts it does not read: hyperlinks, comments, drawings, formulas', async () => {
    const bytes = await zipOf({
      '_rels/.rels': rootRels('xl/workbook.xml'),
      'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Report</t></is></c><c r="B1"><f>SUM(1,2)</f><v>3</v></c></row></sheetData><hyperlinks><hyperlink ref="A1" r:id="rIdMissing"/></hyperlinks><drawing r:id="rIdGone"/><legacyDrawing r:id="rIdAlsoGone"/></worksheet>`,
      'xl/worksheets/_rels/sheet1.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdC" Type="${REL}/comments" Target="../comments1.xml"/></Relationships>`,
    });
    expect((await sheetsOf(bytes))[0]!.rows).toEqual([['Report', '3']]);
  });

  it('refuses a workbook of more filled cells than the limit before exceljs reads it, quickly', async () => {
    const cols = 50;
    const rowsNeeded = Math.ceil((MAX_FILLED_CELLS + 1) / cols);
    const row = (r: number) => `<row r="${r}">${Array.from({ length: cols }, () => '<c><v>1</v></c>').join('')}</row>`;
    const sheet = (from: number, count: number) =>
      `<worksheet xmlns="${MAIN}"><sheetData>${Array.from({ length: count }, (_, i) => row(from + i)).join('')}</sheetData></worksheet>`;
    const half = Math.ceil(rowsNeeded / 2);
    const bytes = await zipOf({
      'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="a"/><sheet name="B" sheetId="2" r:id="b"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="${REL}/worksheet" Target="worksheets/a.xml"/><Relationship Id="b" Type="${REL}/worksheet" Target="worksheets/b.xml"/></Relationships>`,
      'xl/worksheets/a.xml': sheet(1, half),
      'xl/worksheets/b.xml': sheet(1, half),
    });
    const started = performance.now();
    expect(await readXlsx(bytes)).toEqual({ ok: false, error: expect.stringMatching(/more than 300,000 filled cells/) });
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 60_000);
});
