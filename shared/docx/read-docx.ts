// Reading a packed .docx back for tests and checks: its XML parts, and its paragraphs with the
// style, numbering and text a reader would see. Regex-based on purpose: docx writes flat, predictable
// XML, and the tests need no DOM.
import JSZip from 'jszip';

export interface DocxParts {
  /** Every XML part by path, e.g. "word/document.xml". */
  readonly parts: ReadonlyMap<string, string>;
  part(path: string): string;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [path, file] of Object.entries(zip.files)) {
    if (!file.dir && /\.(xml|rels)$/.test(path)) parts.set(path, await file.async('string'));
  }
  return {
    parts,
    part(path: string) {
      const p = parts.get(path);
      if (p === undefined) throw new Error(`no part ${path} in the package (has ${[...parts.keys()].join(', ')})`);
      return p;
    },
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export const decodeXml = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? '');

/** The visible text of some WordprocessingML: w:t contents, <w:tab/> as a tab, <w:br/> as a newline. */
export function textOf(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
    if (m[0] === '<w:tab/>') out += '\t';
    else if (m[0] === '<w:br/>') out += '\n';
    else out += decodeXml(m[1] ?? '');
  }
  return out;
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

/** Each paragraph style's basedOn and numbering, from styles.xml. */
export function styleNumbering(stylesXml: string): Map<string, StyleNum> {
  const out = new Map<string, StyleNum>();
  for (const m of stylesXml.matchAll(/<w:style w:type="paragraph"[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const x = m[2] ?? '';
    out.set(m[1]!, {
      basedOn: /<w:basedOn w:val="([^"]+)"\/>/.exec(x)?.[1] ?? null,
      numId: /<w:numId w:val="(\d+)"\/>/.exec(x)?.[1] ?? null,
      ilvl: Number(/<w:ilvl w:val="(\d+)"\/>/.exec(x)?.[1] ?? 0),
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
  // a paragraph never contains another; tables contain paragraphs, so track table depth by position
  const tableSpans: [number, number][] = [];
  const open: number[] = [];
  for (const m of xml.matchAll(/<w:tbl>|<\/w:tbl>/g)) {
    if (m[0] === '<w:tbl>') open.push(m.index);
    else tableSpans.push([open.pop() ?? 0, m.index]);
  }
  for (const m of xml.matchAll(/<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>|<w:p(?: [^>]*)?\/>/g)) {
    const p = m[0];
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p)?.[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(pPr)?.[1] ?? null;
    const own = pPr.includes('<w:numPr>') ? { numId: /<w:numId w:val="(\d+)"\/>/.exec(pPr)?.[1] ?? '0', ilvl: Number(/<w:ilvl w:val="(\d+)"\/>/.exec(pPr)?.[1] ?? 0) } : null;
    const num = own ?? numberingFromStyle(styles, style);
    const numbered = num !== null && num.numId !== '0';
    out.push({
      xml: p,
      text: textOf(p.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, '')),
      style,
      numId: numbered ? num.numId : null,
      ilvl: numbered ? num.ilvl : null,
      numFromStyle: numbered && own === null,
      inTable: tableSpans.some(([a, b]) => m.index > a && m.index < b),
    });
  }
  return out;
}

/** The abstractNum a w:num points at, and that abstractNum's level definitions. */
export function numberingOf(numberingXml: string, numId: string): { abstractNumId: string; levels: Map<number, { numFmt: string; lvlText: string; start: number; xml: string }>; startOverrides: Map<number, number> } {
  const num = new RegExp(`<w:num w:numId="${numId}">([\\s\\S]*?)</w:num>`).exec(numberingXml)?.[1];
  if (!num) throw new Error(`no w:num ${numId}`);
  const abstractNumId = /<w:abstractNumId w:val="(\d+)"\/>/.exec(num)?.[1] ?? '';
  const startOverrides = new Map<number, number>();
  for (const m of num.matchAll(/<w:lvlOverride w:ilvl="(\d+)"><w:startOverride w:val="(\d+)"\/>/g)) startOverrides.set(Number(m[1]), Number(m[2]));
  const abs = new RegExp(`<w:abstractNum w:abstractNumId="${abstractNumId}"[^>]*>([\\s\\S]*?)</w:abstractNum>`).exec(numberingXml)?.[1] ?? '';
  const levels = new Map<number, { numFmt: string; lvlText: string; start: number; xml: string }>();
  for (const m of abs.matchAll(/<w:lvl w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
    const x = m[2] ?? '';
    levels.set(Number(m[1]), {
      numFmt: /<w:numFmt w:val="([^"]+)"\/>/.exec(x)?.[1] ?? '',
      lvlText: decodeXml(/<w:lvlText w:val="([^"]*)"\/>/.exec(x)?.[1] ?? ''),
      start: Number(/<w:start w:val="(\d+)"\/>/.exec(x)?.[1] ?? 1),
      xml: x,
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
    out.set(p, lvlText(p.ilvl).replace(/%(\d)/g, (_, d: string) => String(counters[Number(d) - 1] ?? 0)));
  }
  return out;
}
