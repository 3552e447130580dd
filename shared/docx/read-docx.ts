// Reading a packed .docx back for tests and checks: its XML parts, and its paragraphs with the
// style, numbering and text a reader would see. The package is opened by shared/ooxml (jszip against
// an inflate budget) and every structure is read from saxes's element tree, not from the XML text;
// `xml` fields are that tree written back out, so tests can still look for a tag.
import { OfficePackage } from '../ooxml/package';
import type { XmlElement, XmlNode } from '../ooxml/xml';
import { attr, child, children, isElement, parseXml, path } from '../ooxml/xml';

export interface DocxParts {
  /** Every XML part by path, e.g. "word/document.xml". */
  readonly parts: ReadonlyMap<string, string>;
  /** A part's text; the path is matched case-insensitively. Throws when there is no such part. */
  part(path: string): string;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const pkg = await OfficePackage.open(bytes);
  const parts = new Map<string, string>();
  for (const name of pkg.partNamesAsWritten()) if (/\.(xml|rels)$/i.test(name)) parts.set(name, (await pkg.text(name)) ?? '');
  const byLower = new Map([...parts].map(([k, v]) => [k.toLowerCase(), v]));
  return {
    parts,
    part(p: string) {
      const text = byLower.get(p.replace(/^\/+/, '').toLowerCase());
      if (text === undefined) throw new Error(`no part ${p} in the package (has ${[...parts.keys()].join(', ')})`);
      return text;
    },
  };
}

// The prefixes docx writes, declared around a fragment (a table or cell cut from a part) so it parses.
const FRAGMENT_NAMESPACES = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
};
const FRAGMENT_ROOT = `<fragment ${Object.entries(FRAGMENT_NAMESPACES)
  .map(([p, uri]) => `xmlns:${p}="${uri}"`)
  .join(' ')}>`;

/** A part or a fragment of one as an element tree (a fragment is wrapped in a root declaring the usual prefixes). */
export function parseWordXml(xml: string): XmlElement {
  const body = xml.replace(/^\s*<\?xml[^>]*\?>/, '');
  const r = parseXml(`${FRAGMENT_ROOT}${body}</fragment>`);
  if (!r.ok) throw new Error(`not well-formed WordprocessingML: ${r.error}`);
  return r.root;
}

const escText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (t: string) => escText(t).replace(/"/g, '&quot;');

/** An element written back as XML (canonical prefixes, no namespace declarations). */
export function serialise(n: XmlNode): string {
  if (typeof n === 'string') return escText(n);
  const attrs = Object.entries(n.attrs)
    .map(([k, v]) => ` ${k}="${escAttr(v)}"`)
    .join('');
  return n.children.length === 0 ? `<${n.name}${attrs}/>` : `<${n.name}${attrs}>${n.children.map(serialise).join('')}</${n.name}>`;
}

function runText(el: XmlElement, parentName: string): string {
  if (el.name === 'w:t') return el.children.filter((c): c is string => typeof c === 'string').join('');
  if (el.name === 'w:tab' && parentName === 'w:r') return '\t';
  if (el.name === 'w:br' && parentName === 'w:r') return '\n';
  if (el.name === 'w:pPr') return '';
  return children(el)
    .map((c) => runText(c, el.name))
    .join('');
}

/** The visible text of some WordprocessingML: w:t contents, a run's <w:tab/> as a tab, <w:br/> as a newline. */
export function textOf(xml: string | XmlElement): string {
  return runText(typeof xml === 'string' ? parseWordXml(xml) : xml, '');
}

export interface ParaInfo {
  readonly xml: string;
  readonly text: string;
  readonly style: string | null;
  /** The numbering Word applies: the paragraph's own w:numPr, else its style's (numId 0 = none). */
  readonly numId: string | null;
  readonly ilvl: number | null;
  /** Whether that numbering came from the paragraph style rather than the paragraph. */
  readonly numFromStyle: boolean;
  /** Inside a table cell. */
  readonly inTable: boolean;
}

type StyleNum = { basedOn: string | null; numId: string | null; ilvl: number };

const val = (el: XmlElement | undefined) => attr(el, 'w:val');

/** Each paragraph style's basedOn and numbering, from styles.xml. */
export function styleNumbering(stylesXml: string): Map<string, StyleNum> {
  const out = new Map<string, StyleNum>();
  const root = parseWordXml(stylesXml);
  for (const style of children(child(root, 'w:styles') ?? root, 'w:style')) {
    if (attr(style, 'w:type') !== 'paragraph') continue;
    const numPr = path(style, 'w:pPr', 'w:numPr');
    out.set(attr(style, 'w:styleId') ?? '', {
      basedOn: val(child(style, 'w:basedOn')) ?? null,
      numId: val(numPr && child(numPr, 'w:numId')) ?? null,
      ilvl: Number(val(numPr && child(numPr, 'w:ilvl')) ?? 0),
    });
  }
  return out;
}

function numberingFromStyle(styles: Map<string, StyleNum>, style: string | null): { numId: string; ilvl: number } | null {
  for (let s = style, depth = 0; s && depth < 20; depth++) {
    const def = styles.get(s);
    if (!def) return null;
    if (def.numId !== null) return { numId: def.numId, ilvl: def.ilvl };
    s = def.basedOn;
  }
  return null;
}

/** The paragraphs of a docx's main document, with numbering resolved through styles. */
export function documentParagraphs(d: DocxParts): ParaInfo[] {
  return paragraphsOf(d.part('word/document.xml'), d.part('word/styles.xml'));
}

/**
 * The paragraphs of a part in order (table cells' paragraphs included, flagged inTable). With
 * styles.xml, numbering a paragraph takes from its style is resolved too.
 */
export function paragraphsOf(xml: string, stylesXml?: string): ParaInfo[] {
  const styles = stylesXml ? styleNumbering(stylesXml) : new Map<string, StyleNum>();
  const out: ParaInfo[] = [];
  const visit = (el: XmlElement, inTable: boolean) => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (c.name !== 'w:p') {
        visit(c, inTable || c.name === 'w:tbl');
        continue;
      }
      const pPr = child(c, 'w:pPr');
      const style = val(pPr && child(pPr, 'w:pStyle')) ?? null;
      const numPr = pPr && child(pPr, 'w:numPr');
      const own = numPr ? { numId: val(child(numPr, 'w:numId')) ?? '0', ilvl: Number(val(child(numPr, 'w:ilvl')) ?? 0) } : null;
      const num = own ?? numberingFromStyle(styles, style);
      const numbered = num !== null && num.numId !== '0';
      out.push({
        xml: serialise(c),
        text: textOf(c),
        style,
        numId: numbered ? num.numId : null,
        ilvl: numbered ? num.ilvl : null,
        numFromStyle: numbered && own === null,
        inTable,
      });
    }
  };
  visit(parseWordXml(xml), false);
  return out;
}

/** The abstractNum a w:num points at, and that abstractNum's level definitions. */
export function numberingOf(
  numberingXml: string,
  numId: string,
): { abstractNumId: string; levels: Map<number, { numFmt: string; lvlText: string; start: number; xml: string }>; startOverrides: Map<number, number> } {
  const root = parseWordXml(numberingXml);
  const numbering = child(root, 'w:numbering') ?? root;
  const num = children(numbering, 'w:num').find((n) => attr(n, 'w:numId') === numId);
  if (!num) throw new Error(`no w:num ${numId}`);
  const abstractNumId = val(child(num, 'w:abstractNumId')) ?? '';
  const startOverrides = new Map<number, number>();
  for (const o of children(num, 'w:lvlOverride')) {
    const start = val(child(o, 'w:startOverride'));
    if (start !== undefined) startOverrides.set(Number(attr(o, 'w:ilvl')), Number(start));
  }
  const abs = children(numbering, 'w:abstractNum').find((a) => attr(a, 'w:abstractNumId') === abstractNumId);
  const levels = new Map<number, { numFmt: string; lvlText: string; start: number; xml: string }>();
  for (const lvl of abs ? children(abs, 'w:lvl') : []) {
    levels.set(Number(attr(lvl, 'w:ilvl')), {
      numFmt: val(child(lvl, 'w:numFmt')) ?? '',
      lvlText: val(child(lvl, 'w:lvlText')) ?? '',
      start: Number(val(child(lvl, 'w:start')) ?? 1),
      xml: lvl.children.map(serialise).join(''),
    });
  }
  return { abstractNumId, levels, startOverrides };
}

/**
 * The labels Word prints for the paragraphs of one numbering instance, worked out as Word does for
 * decimal levels: a level counts up, and restarts when a higher level appears (no w:lvlRestart).
 */
export function wordLabels(paras: readonly ParaInfo[], numId: string, lvlText: (ilvl: number) => string): Map<ParaInfo, string> {
  const counters: number[] = [];
  const out = new Map<ParaInfo, string>();
  for (const p of paras) {
    if (p.numId !== numId || p.ilvl === null) continue;
    counters[p.ilvl] = (counters[p.ilvl] ?? 0) + 1;
    counters.length = p.ilvl + 1;
    out.set(
      p,
      lvlText(p.ilvl).replace(/%(\d)/g, (_, d: string) => String(counters[Number(d) - 1] ?? 0)),
    );
  }
  return out;
}
