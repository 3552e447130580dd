// A Word file read for checking: shared/ooxml opens the package (inflate budget) and parses each part
// with saxes; this walks those trees once into the plain facts the rules look at — paragraphs in
// reading order with their heading level, boldness, list numbering, links, colours and pictures;
// tables with their header rows and merged cells; comments, tracked changes, properties.
import type { OfficePackage } from '../ooxml/package';
import { PackageProblem } from '../ooxml/package';
import type { XmlElement } from '../ooxml/xml';
import { attr, child, children, descendants, isElement, path, textContent } from '../ooxml/xml';
import { must } from '../records/must';

export interface OoxmlRun {
  readonly text: string;
  /** '#RRGGBB', or null for automatic (black on light, white on dark). */
  readonly colour: string | null;
  readonly bold: boolean;
  /** Half-points (24 = 12 pt). */
  readonly size: number;
}

export interface OoxmlPicture {
  readonly kind: 'picture' | 'chart' | 'other';
  /** The description (alt text), '' when there is none. */
  readonly description: string;
  readonly name: string;
  readonly decorative: boolean;
}

export interface OoxmlParagraph {
  /** 1-based, in reading order, table cells included. */
  readonly index: number;
  readonly text: string;
  readonly styleName: string;
  /** 1–9 for a heading (by style or outline level), 0 otherwise. */
  readonly headingLevel: number;
  readonly isTitle: boolean;
  readonly allBold: boolean;
  readonly inList: boolean;
  readonly inTable: boolean;
  readonly links: readonly { readonly text: string; readonly href: string }[];
  readonly runs: readonly OoxmlRun[];
  /** The fill behind the text (cell or paragraph shading), '#RRGGBB', or null for the page (white). */
  readonly background: string | null;
  readonly pictures: readonly OoxmlPicture[];
}

export interface OoxmlCell {
  readonly text: string;
  readonly fill: string | null;
  readonly span: number;
  readonly merged: boolean;
  readonly hasTable: boolean;
}

export interface OoxmlTable {
  /** The paragraph index of its first cell. */
  readonly firstParagraph: number;
  readonly rows: readonly { readonly header: boolean; readonly cells: readonly OoxmlCell[] }[];
  readonly nested: boolean;
}

export interface OoxmlDoc {
  readonly title: string;
  /** The document's language ("en-GB"), '' when none is set. */
  readonly language: string;
  readonly paragraphs: readonly OoxmlParagraph[];
  readonly tables: readonly OoxmlTable[];
  readonly footnotes: readonly {
    readonly number: number;
    readonly text: string;
    readonly links: readonly { readonly text: string; readonly href: string }[];
  }[];
  readonly comments: number;
  readonly trackedChanges: number;
  readonly hasContentsList: boolean;
  /** Pages as Word last counted them (docProps/app.xml), or null when the file does not say. */
  readonly pages: number | null;
  /** The "Publicity" custom property our exports write ('Public' / 'Non Public'), or ''. */
  readonly publicity: string;
  /** Text of the page headers (where "NON PUBLIC" is marked). */
  readonly headerText: string;
  /** Characters of body text, for a page estimate when Word did not count. */
  readonly characters: number;
  /** What the Open XML validator found (the command line fills it in), or null when it did not run. */
  readonly schemaErrors: readonly { readonly part: string; readonly xpath: string; readonly description: string }[] | null;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);
const on = (el: XmlElement | undefined) => {
  if (!el) return false;
  const v = (attr(el, 'w:val') ?? 'true').toLowerCase();
  return v !== 'false' && v !== '0' && v !== 'off' && v !== 'none';
};
const hex = (v: string | undefined): string | null => (v && /^[0-9a-f]{6}$/i.test(v) ? `#${v.toUpperCase()}` : null);

interface StyleInfo {
  readonly name: string;
  readonly basedOn: string | null;
  readonly outline: number | null;
  readonly bold: boolean | null;
  readonly colour: string | null;
  readonly size: number | null;
  readonly numbered: boolean;
}

function readStyles(styles: XmlElement | null): { byId: Map<string, StyleInfo>; defaults: { lang: string; size: number } } {
  const byId = new Map<string, StyleInfo>();
  let lang = '';
  let size = 22;
  if (!styles) return { byId, defaults: { lang, size } };
  const rPrDefault = path(styles, 'w:docDefaults', 'w:rPrDefault', 'w:rPr');
  if (rPrDefault) {
    lang = attr(child(rPrDefault, 'w:lang'), 'w:val') ?? '';
    size = Number(attr(child(rPrDefault, 'w:sz'), 'w:val') ?? size) || size;
  }
  for (const s of children(styles, 'w:style')) {
    const id = attr(s, 'w:styleId') ?? '';
    const rPr = child(s, 'w:rPr');
    const pPr = child(s, 'w:pPr');
    const outlineVal = attr(pPr && child(pPr, 'w:outlineLvl'), 'w:val');
    const b = rPr && child(rPr, 'w:b');
    byId.set(id, {
      name: attr(child(s, 'w:name'), 'w:val') ?? id,
      basedOn: attr(child(s, 'w:basedOn'), 'w:val') ?? null,
      outline: outlineVal !== undefined && /^\d$/.test(outlineVal) ? Number(outlineVal) : null,
      bold: b ? on(b) : null,
      colour: hex(attr(rPr && child(rPr, 'w:color'), 'w:val')),
      size: rPr && child(rPr, 'w:sz') ? Number(attr(child(rPr, 'w:sz'), 'w:val')) || null : null,
      numbered: !!(pPr && child(pPr, 'w:numPr')),
    });
  }
  return { byId, defaults: { lang, size } };
}

/** A style's property, looked up the basedOn chain (at most 20 steps: a loop in a hostile file ends). */
function inherited<K extends keyof StyleInfo>(styles: Map<string, StyleInfo>, id: string | null, key: K): StyleInfo[K] | null {
  for (let at = id, n = 0; at && n < 20; n++) {
    const s = styles.get(at);
    if (!s) return null;
    if (s[key] !== null && s[key] !== false) return s[key];
    at = s.basedOn;
  }
  return null;
}

function headingLevelOf(styles: Map<string, StyleInfo>, styleId: string | null, pPr: XmlElement | undefined): { level: number; title: boolean } {
  const name = (styleId && styles.get(styleId)?.name) || styleId || '';
  if (/\btitle$/i.test(name) && !/subtitle/i.test(name)) return { level: 0, title: true };
  const m = /^heading\s*(\d)$/i.exec(name);
  if (m) return { level: Number(m[1]), title: false };
  const direct = attr(pPr && child(pPr, 'w:outlineLvl'), 'w:val');
  const outline = direct !== undefined ? Number(direct) : inherited(styles, styleId, 'outline');
  return { level: outline !== null && outline >= 0 && outline <= 8 ? outline + 1 : 0, title: false };
}

interface Walk {
  readonly styles: Map<string, StyleInfo>;
  readonly defaultSize: number;
  readonly rels: ReadonlyMap<string, { target: string }>;
  readonly paragraphs: OoxmlParagraph[];
  readonly tables: OoxmlTable[];
  chars: number;
}

function pictureOf(drawing: XmlElement): OoxmlPicture {
  const docPr = descendants(drawing, 'wp:docPr')[0];
  const uri = attr(descendants(drawing, 'a:graphicData')[0], 'uri') ?? '';
  const decorative = docPr
    ? descendants(docPr, 'a:ext').some((ext) =>
        children(ext).some((c) => local(c.name) === 'decorative' && ['1', 'true'].includes((attr(c, 'val') ?? '').toLowerCase())),
      )
    : false;
  return {
    kind: uri.endsWith('/picture') ? 'picture' : uri.endsWith('/chart') ? 'chart' : 'other',
    description: (attr(docPr, 'descr') ?? attr(docPr, 'title') ?? '').trim(),
    name: attr(docPr, 'name') ?? '',
    decorative,
  };
}

function paragraphOf(p: XmlElement, w: Walk, inTable: boolean, cellFill: string | null): void {
  const pPr = child(p, 'w:pPr');
  const styleId = attr(pPr && child(pPr, 'w:pStyle'), 'w:val') ?? null;
  const { level, title } = headingLevelOf(w.styles, styleId, pPr);
  const pStyleBold = inherited(w.styles, styleId, 'bold') === true;
  const pStyleColour = inherited(w.styles, styleId, 'colour');
  const pStyleSize = inherited(w.styles, styleId, 'size');
  const runs: OoxmlRun[] = [];
  const links: { text: string; href: string }[] = [];
  const pictures: OoxmlPicture[] = [];
  const runOf = (r: XmlElement, link: { text: string } | null) => {
    const rPr = child(r, 'w:rPr');
    const rStyle = attr(rPr && child(rPr, 'w:rStyle'), 'w:val') ?? null;
    const b = rPr && child(rPr, 'w:b');
    const bold = b ? on(b) : inherited(w.styles, rStyle, 'bold') === true || pStyleBold;
    const colour = hex(attr(rPr && child(rPr, 'w:color'), 'w:val')) ?? inherited(w.styles, rStyle, 'colour') ?? pStyleColour;
    const size = Number(attr(rPr && child(rPr, 'w:sz'), 'w:val')) || inherited(w.styles, rStyle, 'size') || pStyleSize || w.defaultSize;
    let text = '';
    for (const c of children(r)) {
      if (c.name === 'w:t') text += textContent(c);
      else if (c.name === 'w:tab') text += '\t';
      else if (c.name === 'w:br' || c.name === 'w:cr') text += '\n';
      else if (c.name === 'w:drawing') for (const d of [c]) pictures.push(pictureOf(d));
      else if (c.name === 'mc:AlternateContent') {
        const d = descendants(c, 'w:drawing')[0];
        if (d) pictures.push(pictureOf(d));
      }
    }
    if (text) runs.push({ text, colour, bold, size });
    if (link) link.text += text;
  };
  const walkInline = (el: XmlElement, link: { text: string } | null) => {
    for (const c of children(el)) {
      if (c.name === 'w:r') runOf(c, link);
      else if (c.name === 'w:hyperlink') {
        const id = attr(c, 'r:id');
        const href = id ? (w.rels.get(id)?.target ?? '') : `#${attr(c, 'w:anchor') ?? ''}`;
        const l = { text: '', href };
        walkInline(c, l);
        links.push(l);
      } else if (
        c.name === 'w:ins' ||
        c.name === 'w:smartTag' ||
        c.name === 'w:customXml' ||
        c.name === 'w:sdt' ||
        c.name === 'w:sdtContent' ||
        c.name === 'w:fldSimple'
      )
        walkInline(c, link);
    }
  };
  walkInline(p, null);
  const text = runs.map((r) => r.text).join('');
  const lettered = runs.filter((r) => r.text.trim() !== '');
  const shd = hex(attr(pPr && child(pPr, 'w:shd'), 'w:fill'));
  w.chars += text.length;
  w.paragraphs.push({
    index: w.paragraphs.length + 1,
    text,
    styleName: (styleId && w.styles.get(styleId)?.name) || styleId || 'Normal',
    headingLevel: level,
    isTitle: title,
    allBold: lettered.length > 0 && lettered.every((r) => r.bold),
    inList: !!(pPr && child(pPr, 'w:numPr') && attr(path(pPr, 'w:numPr', 'w:numId'), 'w:val') !== '0') || (inherited(w.styles, styleId, 'numbered') ?? false),
    inTable,
    links,
    runs,
    background: shd ?? cellFill,
    pictures,
  });
}

function tableOf(tbl: XmlElement, w: Walk, nested: boolean): void {
  const entry: { firstParagraph: number; rows: { header: boolean; cells: OoxmlCell[] }[]; nested: boolean } = {
    firstParagraph: w.paragraphs.length + 1,
    rows: [],
    nested,
  };
  w.tables.push(entry);
  for (const tr of children(tbl, 'w:tr')) {
    const header = on(path(tr, 'w:trPr', 'w:tblHeader'));
    const cells: OoxmlCell[] = [];
    for (const tc of children(tr, 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      const fill = hex(attr(tcPr && child(tcPr, 'w:shd'), 'w:fill'));
      const start = w.paragraphs.length;
      let hasTable = false;
      for (const c of children(tc)) {
        if (c.name === 'w:p') paragraphOf(c, w, true, fill);
        else if (c.name === 'w:tbl') {
          hasTable = true;
          tableOf(c, w, true);
        }
      }
      const vMerge = tcPr && child(tcPr, 'w:vMerge');
      cells.push({
        text: w.paragraphs
          .slice(start)
          .map((p) => p.text)
          .join('\n'),
        fill,
        span: Number(attr(tcPr && child(tcPr, 'w:gridSpan'), 'w:val')) || 1,
        merged: !!vMerge || (tcPr ? !!child(tcPr, 'w:hMerge') : false),
        hasTable,
      });
    }
    entry.rows.push({ header, cells });
  }
}

function blockContent(el: XmlElement, w: Walk): void {
  for (const c of children(el)) {
    if (c.name === 'w:p') paragraphOf(c, w, false, null);
    else if (c.name === 'w:tbl') tableOf(c, w, false);
    else if (c.name === 'w:sdt') {
      const content = child(c, 'w:sdtContent');
      if (content) blockContent(content, w);
    } else if (c.name === 'w:customXml' || c.name === 'w:ins') blockContent(c, w);
  }
}

const TRACKED = ['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo', 'w:rPrChange', 'w:pPrChange', 'w:tblPrChange', 'w:tcPrChange', 'w:trPrChange', 'w:sectPrChange'];

function count(el: XmlElement, names: readonly string[]): number {
  let n = 0;
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (names.includes(c.name)) n++;
      walk(c);
    }
  };
  walk(el);
  return n;
}

function hasContents(document: XmlElement): boolean {
  if (descendants(document, 'w:instrText').some((i) => /^\s*TOC\b/i.test(textContent(i)))) return true;
  if (descendants(document, 'w:fldSimple').some((f) => /^\s*TOC\b/i.test(attr(f, 'w:instr') ?? ''))) return true;
  return descendants(document, 'w:docPartGallery').some((g) => /table of contents/i.test(attr(g, 'w:val') ?? ''));
}

/** Reads a Word package into the facts the rules check. Throws PackageProblem (one line) when it cannot. */
export async function readOoxmlDoc(pkg: OfficePackage): Promise<OoxmlDoc> {
  const main = (await pkg.rootPart('/officeDocument')) ?? 'word/document.xml';
  const document = await pkg.xml(main);
  const body = document && child(document, 'w:body');
  if (!document || !body) throw new PackageProblem('This file is not a Word document: it has no document body.');
  const rels = await pkg.relationships(main);
  const partOf = async (typeSuffix: string) => {
    for (const r of rels.values()) if (!r.external && r.type.endsWith(typeSuffix)) return pkg.xml(r.target);
    return null;
  };
  const { byId, defaults } = readStyles(await partOf('/styles'));
  const settings = await partOf('/settings');
  const w: Walk = { styles: byId, defaultSize: defaults.size, rels, paragraphs: [], tables: [], chars: 0 };
  blockContent(body, w);

  const footnotesXml = await partOf('/footnotes');
  const footnoteRels = footnotesXml
    ? await pkg.relationships(
        must(
          [...rels.values()].find((r) => r.type.endsWith('/footnotes')),
          "[...rels.values()].find((r) => r.type.endsWith('/footnot...",
        ).target,
      )
    : new Map();
  const footnotes: OoxmlDoc['footnotes'][number][] = [];
  if (footnotesXml) {
    const fw: Walk = { ...w, rels: footnoteRels, paragraphs: [], tables: [], chars: 0 };
    for (const f of children(footnotesXml, 'w:footnote')) {
      const type = attr(f, 'w:type');
      if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
      const start = fw.paragraphs.length;
      blockContent(f, fw);
      const ps = fw.paragraphs.slice(start);
      footnotes.push({
        number: footnotes.length + 1,
        text: ps
          .map((p) => p.text)
          .join('\n')
          .trim(),
        links: ps.flatMap((p) => p.links),
      });
    }
  }
  const commentsXml = await partOf('/comments');
  let headerText = '';
  for (const r of rels.values())
    if (!r.external && r.type.endsWith('/header')) {
      const h = await pkg.xml(r.target);
      if (h) headerText += `${textContent(h)}\n`;
    }
  const core = await pkg.xml('docProps/core.xml').catch(() => null);
  const app = await pkg.xml('docProps/app.xml').catch(() => null);
  const custom = await pkg.xml('docProps/custom.xml').catch(() => null);
  const pagesEl = app && children(app).find((c) => local(c.name) === 'Pages');
  const publicityProp = custom && children(custom).find((c) => local(c.name) === 'property' && attr(c, 'name') === 'Publicity');
  const settingsLang = settings ? (attr(child(settings, 'w:themeFontLang'), 'w:val') ?? '') : '';
  return {
    title: core ? textContent(children(core).find((c) => c.name === 'dc:title') ?? { name: '', attrs: {}, children: [] }).trim() : '',
    language: defaults.lang || settingsLang,
    paragraphs: w.paragraphs,
    tables: w.tables,
    footnotes,
    comments: Math.max(commentsXml ? children(commentsXml, 'w:comment').length : 0, count(body, ['w:commentReference'])),
    trackedChanges: count(body, TRACKED),
    hasContentsList: hasContents(document),
    pages: pagesEl && /^\d+$/.test(textContent(pagesEl).trim()) ? Number(textContent(pagesEl).trim()) : null,
    publicity: publicityProp ? textContent(publicityProp).trim() : '',
    headerText,
    characters: w.chars,
    schemaErrors: null,
  };
}
