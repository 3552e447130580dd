// Small hand-built .xlsx files for tests: exactly the parts Excel writes, nothing more.
import JSZip from 'jszip';
import { must } from '../records/must';

export interface FixtureCell {
  readonly ref: string;
  /** Shared string (t="s"), number (no t), inline string, formula string, boolean or raw XML. */
  readonly s?: string;
  readonly n?: number;
  readonly inline?: string;
  readonly formula?: { readonly f: string; readonly v: string };
  readonly style?: number;
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function buildXlsx(
  sheets: { name: string; cells: FixtureCell[] }[],
  options: { date1904?: boolean; styles?: string; omit?: string[] } = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  const strings: string[] = [];
  const sst = (t: string) => {
    const i = strings.indexOf(t);
    return i >= 0 ? i : strings.push(t) - 1;
  };
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  const rels: string[] = [];
  const sheetTags: string[] = [];
  sheets.forEach((sheet, i) => {
    const rowsByNumber = new Map<number, string[]>();
    for (const c of sheet.cells) {
      const row = Number(must(/\d+$/.exec(c.ref), '/\\d+$/.exec(c.ref)')[0]);
      const style = c.style !== undefined ? ` s="${c.style}"` : '';
      let xml: string;
      if (c.s !== undefined) xml = `<c r="${c.ref}" t="s"${style}><v>${sst(c.s)}</v></c>`;
      else if (c.n !== undefined) xml = `<c r="${c.ref}"${style}><v>${c.n}</v></c>`;
      else if (c.inline !== undefined) xml = `<c r="${c.ref}" t="inlineStr"${style}><is><t>${esc(c.inline)}</t></is></c>`;
      else if (c.formula) xml = `<c r="${c.ref}" t="str"${style}><f>${esc(c.formula.f)}</f><v>${esc(c.formula.v)}</v></c>`;
      else xml = `<c r="${c.ref}"${style}/>`;
      rowsByNumber.set(row, [...(rowsByNumber.get(row) ?? []), xml]);
    }
    const rowsXml = [...rowsByNumber.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([n, cells]) => `<row r="${n}">${cells.join('')}</row>`)
      .join('');
    zip.file(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowsXml}</sheetData></worksheet>`,
    );
    rels.push(
      `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    );
    sheetTags.push(`<sheet name="${esc(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  });
  rels.push('<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>');
  rels.push('<Relationship Id="rIdY" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/>');
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${options.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${sheetTags.join('')}</sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`,
  );
  // Style 0 general, 1 a built-in date (14), 2 a custom date, 3 percent (10), 4 time (20).
  zip.file(
    'xl/styles.xml',
    options.styles ??
      '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mmm\\-yy;@"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="10"/><xf numFmtId="20"/></cellXfs></styleSheet>',
  );
  for (const path of options.omit ?? []) zip.remove(path);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
