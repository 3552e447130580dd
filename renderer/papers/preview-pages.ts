// Real pages for the print preview. docx-preview breaks pages only where the Word file does (the
// cover sheet, sections, appendices), so a long body would show as one tall page. After it has laid
// the file out, this measures each page's blocks against the page's own content height (its size and
// margins from the section, as docx-preview set them on the page element) and moves them onto as many
// pages as Word or LibreOffice would fill:
// - a block that does not fit goes to the next page; a heading whose style keeps it with the next
//   paragraph (keepNext) goes with it when the two fit on a page;
// - a table is split between rows, and each new page repeats its header rows (tblHeader), as Word
//   does; a row is never split unless it is taller than a page, when it keeps a page to itself and
//   the page grows (the preview shows every line; nothing is cut off);
// - each footnote goes to the page that has its reference;
// - every page gets the section's header and footer, with the footer's PAGE / NUMPAGES fields
//   filled in ("Page 3 of 12"), as the export's footer prints them.
// Landscape sections keep their landscape page element (the width and height docx-preview gave it).
// It is an estimate of Word's layout, not Word's: line breaking is the browser's (with the same
// metric-compatible fonts), and widow/orphan control is not modelled.

/** docx-preview's parsed document, the parts read here (its types call the document `any`). */
interface PreviewNode {
  type?: string;
  className?: string;
  styleName?: string;
  isHeader?: boolean;
  keepNext?: boolean;
  fieldRun?: boolean;
  text?: string;
  charType?: string;
  children?: PreviewNode[];
}
interface PreviewStyleProps {
  readonly id?: string;
  readonly basedOn?: string | null;
  readonly paragraphProps?: { readonly keepNext?: boolean };
}
export interface PagedDocument {
  readonly stylesPart?: { readonly styles?: readonly PreviewStyleProps[] } | null;
  readonly documentPart?: { readonly body?: PreviewNode } | null;
  readonly parts?: readonly { readonly rootElement?: PreviewNode }[];
}

import JSZip from 'jszip';
import { must } from '../../shared/records/must';

/**
 * docx-preview reads `<w:tblHeader/>` (no val, which means on) as off; the copy it is given says
 * `w:val="1"` so header rows can be repeated. Only the preview's copy changes.
 */
export async function withExplicitHeaderRows(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/document.xml');
  if (!part) return bytes;
  const xml = await part.async('string');
  if (!/<w:tblHeader\s*\/>/.test(xml)) return bytes;
  zip.file('word/document.xml', xml.replace(/<w:tblHeader\s*\/>/g, '<w:tblHeader w:val="1"/>'));
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

const FIELD = '\u2063';
const PAGE_TOKEN = `${FIELD}PAGE${FIELD}`;
const PAGES_TOKEN = `${FIELD}NUMPAGES${FIELD}`;

const addClass = (n: PreviewNode, c: string) => {
  n.className = n.className ? `${n.className} ${c}` : c;
};

/**
 * Before docx-preview renders: marks what the page breaker needs to see in the HTML (header rows,
 * keep-with-next paragraphs, footnote references) and turns the footer's PAGE and NUMPAGES fields
 * (which docx-preview leaves out) into placeholders filled in per page.
 */
export function markForPages(doc: PagedDocument): void {
  const styles = new Map((doc.stylesPart?.styles ?? []).filter((s) => s.id).map((s) => [s.id ?? '', s]));
  const styleKeepsNext = (id: string | undefined): boolean => {
    const seen = new Set<string>();
    for (let s = id ? styles.get(id) : undefined; s?.id && !seen.has(s.id); s = s.basedOn ? styles.get(s.basedOn) : undefined) {
      seen.add(s.id);
      if (s.paragraphProps?.keepNext !== undefined) return s.paragraphProps.keepNext;
    }
    return false;
  };
  const walk = (n: PreviewNode | undefined) => {
    if (!n) return;
    if (n.type === 'row' && n.isHeader) addClass(n, 'pw-header-row');
    if (n.type === 'paragraph' && (n.keepNext ?? styleKeepsNext(n.styleName))) addClass(n, 'pw-keep-next');
    if (n.type === 'run' && n.children?.some((c) => c.type === 'footnoteReference')) addClass(n, 'pw-note-ref');
    for (const c of n.children ?? []) walk(c);
  };
  walk(doc.documentPart?.body);
  // Fields: begin · instruction · separate · (cached result) · end, each in its own run. The
  // instruction run becomes the placeholder; a cached result is dropped (it would print twice).
  const fields = (n: PreviewNode | undefined) => {
    if (!n?.children) return;
    let inResult = false;
    let field: 'PAGE' | 'NUMPAGES' | null = null;
    const kept: PreviewNode[] = [];
    for (const c of n.children) {
      const chars = c.type === 'run' ? (c.children ?? []) : [];
      const fieldChar = chars.find((x) => x.type === 'complexField');
      const instruction = chars.find((x) => x.type === 'instruction');
      if (instruction) {
        const name = (instruction.text ?? '').trim().split(/\s+/)[0]?.toUpperCase();
        field = name === 'PAGE' || name === 'NUMPAGES' || name === 'SECTIONPAGES' ? (name === 'PAGE' ? 'PAGE' : 'NUMPAGES') : null;
        if (field) kept.push({ type: 'run', children: [{ type: 'text', text: field === 'PAGE' ? PAGE_TOKEN : PAGES_TOKEN }] });
        continue;
      }
      if (fieldChar?.charType === 'separate') inResult = field !== null;
      else if (fieldChar?.charType === 'end') {
        inResult = false;
        field = null;
      } else if (!inResult) kept.push(c);
      if (fieldChar) continue;
    }
    n.children = kept;
    for (const c of n.children) fields(c);
  };
  for (const part of doc.parts ?? []) if (part.rootElement?.type === 'footer' || part.rootElement?.type === 'header') fields(part.rootElement);
  wordLineHeights(doc);
}

/**
 * Word's "multiple" line spacing (lineRule auto) is a multiple of the font's single line (ascent +
 * descent + line gap: 1.15 em for Arial and its metric twin Liberation Sans), where docx-preview
 * writes it as a CSS multiple of the font size; 1.1 lines would be drawn 1.1 em, a page in nine
 * too short. Every such line height in the parsed styles and paragraphs is scaled to Word's.
 */
const SINGLE_LINE_EM = 1.15;
function wordLineHeights(doc: PagedDocument): void {
  const seen = new Set<object>();
  const visit = (o: unknown) => {
    if (typeof o !== 'object' || o === null || seen.has(o)) return;
    seen.add(o);
    const rec = o as Record<string, unknown>;
    const lh = rec['line-height'];
    if (typeof lh === 'string' && /^\d+(\.\d+)?$/.test(lh)) rec['line-height'] = (Number(lh) * SINGLE_LINE_EM).toFixed(3);
    for (const [k, v] of Object.entries(rec)) if (k !== 'parent' && typeof v === 'object') visit(v);
  };
  visit(doc.stylesPart?.styles);
  visit(doc.documentPart?.body);
  for (const part of doc.parts ?? []) visit(part.rootElement);
}

const px = (v: string): number => {
  const n = parseFloat(v);
  return Number.isFinite(n) ? n : 0;
};

/** The height a block takes in the flow, its vertical margins included. */
function outerHeight(el: Element): number {
  const s = getComputedStyle(el);
  return el.getBoundingClientRect().height + px(s.marginTop) + px(s.marginBottom);
}

interface Unit {
  /** A block moved as it is, or rows of a table (a table continued on a new page repeats `head`). */
  readonly block?: Element;
  readonly table?: { readonly el: Element; readonly head: readonly Element[]; readonly headHeight: number; readonly rows: readonly Element[] };
  readonly height: number;
  readonly ink: number;
  readonly notes: readonly Element[];
  readonly keepNext: boolean;
}

const notesIn = (el: Element, noteOf: ReadonlyMap<Element, Element>): Element[] =>
  [...el.querySelectorAll('.pw-note-ref > sup')].map((s) => noteOf.get(s)).filter((n): n is Element => n !== undefined);

/**
 * Splits docx-preview's pages into real pages (see the top of this file). `progress(done, total)` is
 * called between pages and may be awaited (so the status can repaint). Returns the page count.
 */
export async function breakIntoPages(wrapper: Element, progress?: (done: number, total: number) => Promise<void> | void): Promise<number> {
  // Heights are only right once the fonts are in and the images (data: URLs, decoded
  // asynchronously) have their size.
  await document.fonts.ready;
  await Promise.all([...wrapper.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
  const originals = [...wrapper.querySelectorAll(':scope > section.docx')];
  const made: Element[] = [];
  for (const [index, page] of originals.entries()) {
    made.push(...splitPage(page));
    if (progress && index % 5 === 4) await progress(index + 1, originals.length);
  }
  made.forEach((p, i) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (t.nodeValue?.includes(FIELD))
        t.nodeValue = t.nodeValue
          .split(PAGE_TOKEN)
          .join(String(i + 1))
          .split(PAGES_TOKEN)
          .join(String(made.length));
    }
  });
  return made.length;
}

function splitPage(page: Element): Element[] {
  const s = getComputedStyle(page);
  const pageHeight = px(s.minHeight) || page.getBoundingClientRect().height;
  const content = pageHeight - px(s.paddingTop) - px(s.paddingBottom);
  const header = page.querySelector(':scope > header');
  const footer = page.querySelector(':scope > footer');
  const articles = [...page.querySelectorAll(':scope > article')];
  const notesList = [...page.querySelectorAll(':scope > ol')][0] ?? null;
  const noteItems = notesList ? [...notesList.children] : [];
  const refs = [...page.querySelectorAll(':scope > article .pw-note-ref > sup')];
  const noteOf = new Map<Element, Element>();
  refs.forEach((r, i) => noteItems[i] && noteOf.set(r, noteItems[i]));
  const noteHeight = new Map(noteItems.map((n) => [n, outerHeight(n)]));
  const notesGap = notesList ? px(getComputedStyle(notesList).marginTop) + px(getComputedStyle(notesList).paddingTop) + 12 : 0;
  if (!articles.length) return [page];

  // Everything measured first (one layout), then moved.
  const units: { article: Element; unit: Unit }[] = [];
  for (const article of articles) {
    const blocks = [...article.children];
    const rects = blocks.map((b) => b.getBoundingClientRect());
    const articleBottom = article.getBoundingClientRect().bottom;
    // A block's share of the page: from its top to the next block's top (the space between them,
    // collapsed as the browser collapses paragraph spacing, goes with it); `ink` is the block alone,
    // what must fit above the bottom margin.
    const spanOf = (i: number) =>
      (i + 1 < blocks.length ? must(rects[i + 1], 'rect').top : Math.max(articleBottom, must(rects[i], 'rect').bottom)) - must(rects[i], 'rect').top;
    for (const [bi, block] of blocks.entries()) {
      if (block.tagName === 'TABLE') {
        const rows = [...block.querySelectorAll(':scope > tr, :scope > tbody > tr')];
        const head: Element[] = [];
        for (const r of rows) {
          if (!r.classList.contains('pw-header-row') || head.length === rows.length - 1) break;
          head.push(r);
        }
        const rowHeight = (r: Element) => r.getBoundingClientRect().height;
        const headHeight = head.reduce((h, r) => h + rowHeight(r), 0);
        // the header rows travel with the first body row; each later row is a unit of its own
        const tableExtra = Math.max(0, spanOf(bi) - rows.reduce((h, r) => h + rowHeight(r), 0));
        const groups = rows.length > head.length ? [[...head, must(rows[head.length], 'row')], ...rows.slice(head.length + 1).map((r) => [r])] : [rows];
        groups.forEach((group, i) =>
          units.push({
            article,
            unit: {
              height: group.reduce((h, r) => h + rowHeight(r), 0) + (i === groups.length - 1 ? tableExtra : 0),
              ink: group.reduce((h, r) => h + rowHeight(r), 0),
              keepNext: false,
              notes: group.flatMap((r) => notesIn(r, noteOf)),
              table: { el: block, head, headHeight, rows: group },
            },
          }),
        );
        continue;
      }
      units.push({
        article,
        unit: {
          height: spanOf(bi),
          ink: must(rects[bi], 'rect').height,
          keepNext: block.classList.contains('pw-keep-next'),
          notes: notesIn(block, noteOf),
          block,
        },
      });
    }
  }
  return layOut(page, header, footer, notesList, units, content, noteHeight, notesGap, noteOf);
}

function layOut(
  page: Element,
  header: Element | null,
  footer: Element | null,
  notesList: Element | null,
  unitsIn: readonly { article: Element; unit: Unit }[],
  content: number,
  noteHeight: ReadonlyMap<Element, number>,
  notesGap: number,
  noteOf: ReadonlyMap<Element, Element>,
): Element[] {
  const units = [...unitsIn];
  interface Draft {
    items: { article: Element; unit: Unit }[];
    used: number;
    notes: Element[];
  }
  const drafts: Draft[] = [{ items: [], used: 0, notes: [] }];
  const notesCost = (d: Draft, u: Unit) =>
    u.notes.reduce((h, n) => h + (noteHeight.get(n) ?? 0), 0) + (d.notes.length === 0 && u.notes.length > 0 ? notesGap : 0);
  const cost = (d: Draft, u: Unit) => u.height + notesCost(d, u);
  const fits = (d: Draft, u: Unit) => d.used + u.ink + notesCost(d, u) <= content + 0.5;
  for (let i = 0; i < units.length; i++) {
    const item = must(units[i], 'unit');
    let d = must(drafts.at(-1), 'draft');
    let h = cost(d, item.unit);
    // A paragraph that does not fit is split between lines, as Word does (two lines at least on
    // each page: widow and orphan control).
    if (!fits(d, item.unit) && item.unit.block?.tagName === 'P' && !item.unit.keepNext) {
      const rest = splitParagraph(item.unit.block, content - d.used - notesCost(d, item.unit));
      if (rest) {
        const first = item.unit.block;
        const part = (el: Element, span: number): Unit => ({
          block: el,
          height: span,
          ink: el.getBoundingClientRect().height,
          keepNext: false,
          notes: notesIn(el, noteOf),
        });
        const firstUnit = part(first, first.getBoundingClientRect().height);
        units[i] = { article: item.article, unit: firstUnit };
        units.splice(i + 1, 0, { article: item.article, unit: part(rest, Math.max(rest.getBoundingClientRect().height, item.unit.height - firstUnit.height)) });
        i--;
        continue;
      }
    }
    if (!fits(d, item.unit) && d.items.length > 0) {
      // keep-with-next: move the headings that lead into this block along with it, if they then fit
      const carried: { article: Element; unit: Unit }[] = [];
      while (d.items.length > 0 && d.items.at(-1)?.unit.keepNext) carried.unshift(must(d.items.pop(), 'item'));
      const carriedHeight = carried.reduce((s, c) => s + c.unit.height, 0);
      if (carried.length > 0 && d.items.length === 0) {
        d.items.push(...carried); // a page of headings only: keep them where they were
        carried.length = 0;
      } else d.used -= carriedHeight;
      if (carried.length > 0 && carriedHeight + h > content) {
        d.items.push(...carried);
        d.used += carriedHeight;
        carried.length = 0;
      }
      d = { items: [...carried], used: carriedHeight, notes: [] };
      drafts.push(d);
      // a table continued on this page repeats its header rows
      if (item.unit.table && carried.length === 0) d.used += item.unit.table.headHeight;
      h = cost(d, item.unit);
    }
    d.items.push(item);
    d.used += h;
    d.notes.push(...item.unit.notes);
  }

  // Each page is built and then measured: where the estimate was short (a footnote's spacing, a
  // table border), its last block goes on to the next page until it fits.
  const pageHeight = px(getComputedStyle(page).minHeight);
  const built: Element[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = must(drafts[i], 'draft');
    for (;;) {
      const p = materialize(page, header, footer, notesList, d.items);
      page.before(p);
      if (d.items.length <= 1 || p.getBoundingClientRect().height <= pageHeight + 1) {
        built.push(p);
        break;
      }
      p.remove();
      // a heading kept with the block it leads into moves with it
      const moved = [must(d.items.pop(), 'item')];
      while (d.items.length > 1 && d.items.at(-1)?.unit.keepNext) moved.unshift(must(d.items.pop(), 'item'));
      const next = drafts[i + 1] ?? { items: [], used: 0, notes: [] };
      if (next !== drafts[i + 1]) drafts.push(next);
      next.items.unshift(...moved);
    }
  }
  page.remove();
  return built;
}

/**
 * Splits a paragraph at the start of the first line that would pass `available` px below its top:
 * the lines after it move into a continuation paragraph placed after it (same style, no number, no
 * first-line indent), which is returned. Null when fewer than two lines would stay or move.
 */
function splitParagraph(p: Element, available: number): Element | null {
  const box = p.getBoundingClientRect();
  const lineHeight = px(getComputedStyle(p).lineHeight) || 18;
  if (available < 2 * lineHeight || box.height < 3.5 * lineHeight) return null;
  const starts: [Text, number][] = [];
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    const text = t.data;
    for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i] ?? '') && (i === 0 || /\s/.test(text[i - 1] ?? ''))) starts.push([t, i]);
  }
  const range = document.createRange();
  const rectAt = ([t, i]: [Text, number]) => {
    range.setStart(t, i);
    range.setEnd(t, i + 1);
    return range.getClientRects()[0] ?? range.getBoundingClientRect();
  };
  // the paragraph's lines: the first word of each, and where the line ends
  const lines: { start: [Text, number]; bottom: number }[] = [];
  for (const w of starts) {
    const r = rectAt(w);
    const last = lines.at(-1);
    if (!last || r.top >= last.bottom - 1) lines.push({ start: w, bottom: r.bottom - box.top });
    else last.bottom = Math.max(last.bottom, r.bottom - box.top);
  }
  let keep = lines.filter((l) => l.bottom <= available).length;
  if (lines.length - keep < 2) keep = lines.length - 2; // no single line left at the top of the next page
  if (keep < 2) return null; // nor alone at the bottom of this one
  const at = must(lines[keep], 'line').start;
  range.setStart(at[0], at[1]);
  range.setEnd(p, p.childNodes.length);
  const moved = range.extractContents();
  const rest = p.cloneNode(false) as HTMLElement;
  rest.classList.add('pw-continued');
  rest.append(moved);
  (p as HTMLElement).style.marginBottom = '0';
  p.after(rest);
  return rest;
}

function materialize(
  page: Element,
  header: Element | null,
  footer: Element | null,
  notesList: Element | null,
  items: readonly { article: Element; unit: Unit }[],
): Element {
  const p = page.cloneNode(false) as Element;
  if (header) p.appendChild(header.cloneNode(true));
  let article: Element | null = null;
  let articleOf: Element | null = null;
  let table: Element | null = null;
  let tableOf: Element | null = null;
  for (const { article: a, unit } of items) {
    if (a !== articleOf || !article) {
      article = p.appendChild(a.cloneNode(false) as Element);
      articleOf = a;
      table = null;
      tableOf = null;
    }
    if (unit.table) {
      if (tableOf !== unit.table.el || !table) {
        table = article.appendChild(unit.table.el.cloneNode(false) as Element);
        tableOf = unit.table.el;
        const colgroup = unit.table.el.querySelector(':scope > colgroup');
        if (colgroup) table.appendChild(colgroup.cloneNode(true));
        // a table continued on this page repeats its header rows
        for (const r of unit.table.head) if (!unit.table.rows.includes(r)) table.appendChild(r.cloneNode(true));
      }
      for (const r of unit.table.rows) table.appendChild(r);
    } else if (unit.block) article.appendChild(unit.block);
  }
  const notes = items.flatMap((x) => x.unit.notes);
  if (notesList && notes.length > 0) {
    const ol = p.appendChild(notesList.cloneNode(false) as Element);
    for (const n of notes) ol.appendChild(n);
  }
  if (footer) p.appendChild(footer.cloneNode(true));
  return p;
}
