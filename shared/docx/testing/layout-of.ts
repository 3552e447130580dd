// Reads the layout of a packed .docx back from its XML, for tests of the layout rules: each
// top-level table with the page (Word section) it sits on, its grid, its rows and their cells; and
// each list's numbering. Regex over docx's flat, predictable XML (see read-docx.ts).
import { textOf } from '../read-docx';
import { must } from '../../records/must';

export interface SectionPage {
  readonly landscape: boolean;
  /** Page width less the left and right margins, in twips. */
  readonly textWidth: number;
  /** Page height less the top and bottom margins, in twips. */
  readonly textHeight: number;
}

export interface CellLayout {
  readonly width: number;
  /** Each paragraph's visible text. */
  readonly paragraphs: readonly string[];
}

export interface RowLayout {
  readonly header: boolean;
  readonly cantSplit: boolean;
  readonly cells: readonly CellLayout[];
}

export interface TableLayout {
  readonly page: SectionPage;
  readonly tblW: number | null;
  readonly grid: readonly number[];
  readonly fixed: boolean;
  readonly rows: readonly RowLayout[];
  readonly xml: string;
}

const num = (re: RegExp, s: string): number | null => {
  const m = re.exec(s);
  return m ? Number(m[1]) : null;
};

function pageOf(sectPr: string): SectionPage {
  const w = num(/<w:pgSz [^>]*w:w="(\d+)"/, sectPr) ?? 0;
  const h = num(/<w:pgSz [^>]*w:h="(\d+)"/, sectPr) ?? 0;
  const m = (side: string) => num(new RegExp(`<w:pgMar [^>]*w:${side}="(\\d+)"`), sectPr) ?? 0;
  return { landscape: /w:orient="landscape"/.test(sectPr), textWidth: w - m('left') - m('right'), textHeight: h - m('top') - m('bottom') };
}

/** [start, end) of each outermost element `tag` in xml (elements of the same name may nest). */
function outermost(xml: string, tag: string): [number, number][] {
  const out: [number, number][] = [];
  const re = new RegExp(`<${tag}(?=[ >/])[^>]*?(/?)>|</${tag}>`, 'g');
  let depth = 0;
  let start = 0;
  for (const m of xml.matchAll(re)) {
    if (m[0].startsWith('</')) {
      depth--;
      if (depth === 0) out.push([start, m.index + m[0].length]);
    } else if (m[1] !== '/') {
      if (depth === 0) start = m.index;
      depth++;
    }
  }
  return out;
}

/** The element's direct children named `tag`, skipping those inside nested tables. */
function children(xml: string, tag: string): string[] {
  const inner = xml.slice(xml.indexOf('>') + 1, xml.lastIndexOf('<'));
  const nested = outermost(inner, 'w:tbl');
  return outermost(inner, tag)
    .filter(([a]) => !nested.some(([s, e]) => a > s && a < e))
    .map(([a, b]) => inner.slice(a, b));
}

/** Every top-level table of document.xml with the page of the section it is in. */
export function tableLayouts(documentXml: string): TableLayout[] {
  const sections = [...documentXml.matchAll(/<w:sectPr(?: [^>]*)?>[\s\S]*?<\/w:sectPr>/g)].map((m) => ({ end: m.index, page: pageOf(m[0]) }));
  return outermost(documentXml, 'w:tbl').map(([a, b]) => {
    const xml = documentXml.slice(a, b);
    const page = sections.find((s) => s.end > a)?.page ?? must(sections.at(-1), 'sections.at(-1)').page;
    const tblPr = /<w:tblPr>[\s\S]*?<\/w:tblPr>/.exec(xml)?.[0] ?? '';
    const rows = children(xml, 'w:tr').map((tr): RowLayout => {
      const trPr = /^<w:tr[^>]*>\s*<w:trPr>([\s\S]*?)<\/w:trPr>/.exec(tr)?.[1] ?? '';
      return {
        header: /<w:tblHeader\/>/.test(trPr),
        cantSplit: /<w:cantSplit\/>/.test(trPr),
        cells: children(tr, 'w:tc').map((tc) => ({
          width: num(/<w:tcW [^>]*w:w="(\d+)"/, tc) ?? 0,
          paragraphs: [...tc.matchAll(/<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0].replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, ''))),
        })),
      };
    });
    return {
      page,
      tblW: num(/<w:tblW [^>]*w:w="(\d+)"/, tblPr) ?? num(/<w:tblW w:type="dxa" w:w="(\d+)"/, tblPr),
      grid: [...(/<w:tblGrid>[\s\S]*?<\/w:tblGrid>/.exec(xml)?.[0] ?? '').matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
      fixed: /<w:tblLayout w:type="fixed"\/>/.test(tblPr),
      rows,
      xml,
    };
  });
}

/**
 * A deliberately generous height for a row, from the XML alone: every character as wide as an
 * average capital (0.7 em of 12 pt), every line 1.5 lines high, all spacing added. Independent of
 * the builder's own estimate, so a test with it checks that estimate rather than repeating it.
 */
export function generousRowHeight(row: RowLayout): number {
  const CHAR = 0.7 * 240;
  const LINE = 1.5 * 276;
  return row.cells.reduce((tallest, c) => {
    const inner = Math.max(CHAR, c.width - 200);
    const lines = c.paragraphs.reduce((n, p) => n + Math.max(1, Math.ceil((p.length * CHAR) / inner)), 0);
    return Math.max(tallest, 80 + Math.max(1, lines) * LINE + c.paragraphs.length * 320);
  }, 0);
}
