// Hostile workbooks that are valid zips with well-formed-looking parts, so they get past the zip and
// reach the rewrite and exceljs: random cell types, values, styles and references, shared-string
// indexes out of range, odd number formats, parts cut short or with tags swapped. Whatever arrives,
// readXlsx answers with sheets of strings or one sentence, never throws, and stays within time.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/seeded-random';
import { readXlsx } from './read-xlsx';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('xlsx fuzz (reaching exceljs)', () => {
  it('random cells, styles, formats and damaged parts: sheets of strings or a sentence, never a throw', async () => {
    const r = seededRandom(18_2026);
    const values = ['1', '-0', '1e308', '1e999', 'NaN', '', ' ', 'x', '&amp;', '0.5', '43190', '99999999', '-5', '#N/A', 'TRUE', '2018-03-31T00:00:00'];
    const types = [undefined, 's', 'str', 'inlineStr', 'b', 'e', 'd', 'n', 'zz'];
    const codes = ['General', 'dd/mm/yyyy', '0%', '[h]:mm', '"x"@', '[$-F800]dddd', ';;;', '\\', '"unclosed', '0.0E+00', 'mmm-yy'];
    const started = performance.now();
    let read = 0;
    let refused = 0;
    for (let i = 0; i < 120; i++) {
      const cells: string[] = [];
      for (let c = 0; c < 30; c++) {
        const t = r.pick(types);
        const ref = r.next() < 0.2 ? '' : ` r="${r.pick(['A', 'B', 'Z', 'AA', 'M', '1', '$C$'])}${r.int(30)}"`;
        const s = r.next() < 0.5 ? ` s="${r.int(8)}"` : '';
        const body =
          t === 'inlineStr' ? `<is><t>${r.pick(values)}</t><rPh><t>p</t></rPh></is>` : `<v>${r.pick(values)}</v>${r.next() < 0.2 ? '<f>SUM(A1)</f>' : ''}`;
        cells.push(`<c${ref}${t ? ` t="${t}"` : ''}${s}>${body}</c>`);
      }
      let sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="${r.int(5)}">${cells.slice(0, 15).join('')}</row><row>${cells.slice(15).join('')}</row></sheetData></worksheet>`;
      if (r.next() < 0.2) sheet = sheet.slice(0, r.int(sheet.length)); // cut short
      if (r.next() < 0.1) sheet = sheet.replace('</row>', '</c>'); // tags swapped
      if (r.next() < 0.05) sheet = sheet.replace('<v>', '<v>\u0001'); // a character XML forbids
      if (r.next() < 0.05) sheet = sheet.replace('<row', '<row><c r="XFD1"><v>1</v></c></row><row'); // past the column limit
      const styles = `<styleSheet xmlns="${MAIN}"><numFmts>${codes.map((code, k) => `<numFmt numFmtId="${164 + k}" formatCode="${code.replace(/"/g, '&quot;')}"/>`).join('')}</numFmts><cellXfs>${Array.from({ length: 6 }, () => `<xf numFmtId="${r.pick([0, 9, 14, 20, 22, 47, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 999])}"/>`).join('')}</cellXfs></styleSheet>`;
      const zip = new JSZip();
      zip.file(
        'xl/workbook.xml',
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr date1904="${r.int(2)}"/><sheets><sheet name="S${i}" sheetId="1" r:id="a"/></sheets></workbook>`,
      );
      zip.file(
        'xl/_rels/workbook.xml.rels',
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="${REL}/worksheet" Target="worksheets/s.xml"/><Relationship Id="b" Type="${REL}/sharedStrings" Target="sst.xml"/><Relationship Id="c" Type="${REL}/styles" Target="st.xml"/></Relationships>`,
      );
      zip.file('xl/worksheets/s.xml', sheet);
      zip.file('xl/sst.xml', `<sst xmlns="${MAIN}"><si><t>zero</t></si><si><r><t>one</t></r></si></sst>`);
      zip.file('xl/st.xml', r.next() < 0.1 ? styles.slice(0, 40) : styles);
      const result = await readXlsx(await zip.generateAsync({ type: 'uint8array' }));
      if (result.ok) {
        read++;
        for (const s of result.sheets) for (const row of s.rows) for (const cell of row) expect(typeof cell).toBe('string');
      } else {
        refused++;
        expect(result.error).toMatch(/^[A-Z].{10,}[.)]$/s);
        expect(result.error).not.toMatch(/undefined|null|NaN|TypeError|\bat \w+ \(/);
      }
    }
    // Both paths are exercised: most files reach exceljs and are read, the damaged ones are refused.
    expect(read).toBeGreaterThan(60);
    expect(refused).toBeGreaterThan(10);
    expect(performance.now() - started).toBeLessThan(60_000);
  }, 120_000);
});

describe('cell text through the rewrite', () => {
  it('comes out as the workbook holds it, whatever markup, quotes, accents, emoji or white space it has', async () => {
    const r = seededRandom(2026_12_03);
    const alphabet = ['a', 'Z', '7', ' ', '&', '<', '>', '"', "'", 'é', '£', '€', '\u00a0', '😀', '\t', '\n', ']]>', '&amp;', '\ufffd'];
    const texts = Array.from({ length: 200 }, () => Array.from({ length: 1 + r.int(12) }, () => r.pick(alphabet)).join(''));
    const xmlEsc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const zip = new JSZip();
    zip.file('xl/workbook.xml', `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="a"/></sheets></workbook>`);
    zip.file(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="${REL}/worksheet" Target="worksheets/s.xml"/><Relationship Id="b" Type="${REL}/sharedStrings" Target="sst.xml"/></Relationships>`,
    );
    // each text twice: once a shared string, once inline
    zip.file('xl/sst.xml', `<sst xmlns="${MAIN}">${texts.map((t) => `<si><t xml:space="preserve">${xmlEsc(t)}</t></si>`).join('')}</sst>`);
    const rows = texts.map(
      (t, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c><c r="B${i + 1}" t="inlineStr"><is><t xml:space="preserve">${xmlEsc(t)}</t></is></c></row>`,
    );
    zip.file('xl/worksheets/s.xml', `<worksheet xmlns="${MAIN}"><sheetData>${rows.join('')}</sheetData></worksheet>`);
    const result = await readXlsx(await zip.generateAsync({ type: 'uint8array' }));
    if (!result.ok) throw new Error(result.error);
    const read = result.sheets[0]!.rows;
    // XML reads a line break inside text as itself; a tab too (exceljs keeps both)
    texts.forEach((t, i) => expect(read[i], `row ${i + 1}: ${JSON.stringify(t)}`).toEqual([t, t]));
  });
});
