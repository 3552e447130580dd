// For tests: a small .docx made by hand from WordprocessingML fragments, the way Word writes the
// parts (content types, relationships, styles, numbering, footnotes, comments), so each test can
// hold exactly the markup it is about.
import JSZip from 'jszip';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS = `xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"`;

export interface DocxParts {
  readonly body: string;
  readonly styles?: string;
  readonly numbering?: string;
  readonly footnotes?: string;
  readonly comments?: string;
  readonly settings?: string;
  /** Extra relationships of document.xml: [id, type suffix, target, external?]. */
  readonly rels?: readonly (readonly [string, string, string, boolean?])[];
  /** Extra files, e.g. word/media/image1.png. */
  readonly files?: Readonly<Record<string, Uint8Array | string>>;
  readonly footnoteRels?: readonly (readonly [string, string, string, boolean?])[];
}

const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const relsXml = (rels: readonly (readonly [string, string, string, boolean?])[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels
    .map(
      ([id, type, target, ext]) =>
        `<Relationship Id="${id}" Type="${REL_BASE}/${type}" Target="${target.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}"${ext ? ' TargetMode="External"' : ''}/>`,
    )
    .join('')}</Relationships>`;

/** Common styles: Normal, Heading 1–3 (named as Word names them), Title, Footnote Text. */
export const BASIC_STYLES = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>`;

export async function makeDocx(parts: DocxParts): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides = [
    ['/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'],
    ['/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'],
    ...(parts.numbering ? [['/word/numbering.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml']] : []),
    ...(parts.footnotes ? [['/word/footnotes.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml']] : []),
    ...(parts.comments ? [['/word/comments.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml']] : []),
    ...(parts.settings ? [['/word/settings.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml']] : []),
  ];
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/><Default Extension="emf" ContentType="image/x-emf"/>${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join('')}</Types>`,
  );
  zip.file('_rels/.rels', relsXml([['rId1', 'officeDocument', 'word/document.xml']]));
  const rels: (readonly [string, string, string, boolean?])[] = [['rIdStyles', 'styles', 'styles.xml']];
  if (parts.numbering) rels.push(['rIdNum', 'numbering', 'numbering.xml']);
  if (parts.footnotes) rels.push(['rIdFn', 'footnotes', 'footnotes.xml']);
  if (parts.comments) rels.push(['rIdCm', 'comments', 'comments.xml']);
  if (parts.settings) rels.push(['rIdSet', 'settings', 'settings.xml']);
  rels.push(...(parts.rels ?? []));
  zip.file('word/_rels/document.xml.rels', relsXml(rels));
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${parts.body}<w:sectPr/></w:body></w:document>`,
  );
  zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NS}>${parts.styles ?? BASIC_STYLES}</w:styles>`);
  if (parts.numbering)
    zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${NS}>${parts.numbering}</w:numbering>`);
  if (parts.footnotes) {
    zip.file(
      'word/footnotes.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${parts.footnotes}</w:footnotes>`,
    );
    if (parts.footnoteRels) zip.file('word/_rels/footnotes.xml.rels', relsXml(parts.footnoteRels));
  }
  if (parts.comments) zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${NS}>${parts.comments}</w:comments>`);
  if (parts.settings) zip.file('word/settings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings ${NS}>${parts.settings}</w:settings>`);
  for (const [name, data] of Object.entries(parts.files ?? {})) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph: style, numbering and runs (strings are plain runs). */
export function p(runs: string | readonly string[], opts: { style?: string; num?: [numId: number, ilvl: number] } = {}): string {
  const pPr =
    opts.style || opts.num
      ? `<w:pPr>${opts.style ? `<w:pStyle w:val="${opts.style}"/>` : ''}${opts.num ? `<w:numPr><w:ilvl w:val="${opts.num[1]}"/><w:numId w:val="${opts.num[0]}"/></w:numPr>` : ''}</w:pPr>`
      : '';
  const rs = typeof runs === 'string' ? [r(runs)] : runs.map((x) => (x.startsWith('<') ? x : r(x)));
  return `<w:p>${pPr}${rs.join('')}</w:p>`;
}

/** A run of text with optional bold/italic/underline/superscript. */
export function r(text: string, f: { b?: boolean; i?: boolean; u?: boolean; sup?: boolean } = {}): string {
  const rPr =
    f.b || f.i || f.u || f.sup
      ? `<w:rPr>${f.b ? '<w:b/>' : ''}${f.i ? '<w:i/>' : ''}${f.u ? '<w:u w:val="single"/>' : ''}${f.sup ? '<w:vertAlign w:val="superscript"/>' : ''}</w:rPr>`
      : '';
  return `<w:r>${rPr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

/** A table of text cells; `header` marks the first row to repeat. */
export function tbl(rows: readonly (readonly string[])[], opts: { header?: boolean } = {}): string {
  return `<w:tbl><w:tblPr/>${rows.map((row, i) => `<w:tr>${i === 0 && opts.header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${row.map((c) => (c.startsWith('<w:tc') ? c : `<w:tc><w:p>${c ? r(c) : ''}</w:p></w:tc>`)).join('')}</w:tr>`).join('')}</w:tbl>`;
}

/** The cover-sheet table of the reference paper. */
export function coverTable(rows: readonly [string, string][] = REFERENCE_COVER): string {
  return tbl(rows.map(([a, b]) => [a, b]));
}

export const REFERENCE_COVER: readonly [string, string][] = [
  ['For Consideration', ''],
  ['Public/Non Public*', 'Public'],
  ['Report to:', 'Joint Audit & Scrutiny Panel'],
  ['Date of Meeting:', '8th December 2017'],
  ['Report of:', 'Paddy Tipping Police and Crime Commissioner'],
  ['Report Author:', 'Kevin Dennis'],
  ['E-mail:', 'kevin.dennis@nottinghamshire.pnn.Police.uk'],
  ['Other Contacts:', 'Kevin Dennis'],
  ['Agenda Item:', '8'],
];
