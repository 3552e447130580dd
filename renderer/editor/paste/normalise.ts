// Pasted HTML reduced to what the paper's schema means, before TipTap parses it: footnotes become
// real footnotes, Word's and LibreOffice's list numbers and typed "4.1" numbers are removed (the
// paper numbers its paragraphs), lists are rebuilt from Word's list paragraphs, headings become
// sub-headings, header rows stay header rows, links to the app itself and images the paper cannot
// hold are removed. DOM in, DOM out (the renderer's DOMParser; happy-dom in tests), and a count of
// what was done for the notice after the paste.
import { pasteFootnotes } from './footnotes';
import { pasteLists } from './lists';

export interface PasteChanges {
  footnotes: number;
  numbersRemoved: number;
  listsMade: number;
  headings: number;
  headerRows: number;
  linksRemoved: number;
  imagesDropped: number;
  imagesNeedAlt: number;
}

const NOISE = 'style, script, meta, link, title, xml, template, object, embed, iframe, noscript';

function unwrap(el: Element): void {
  el.replaceWith(...el.childNodes);
}

function cleanUp(doc: Document): void {
  for (const el of [...doc.querySelectorAll(NOISE)]) el.remove();
  const walker = doc.createTreeWalker(doc.body, 128);
  const comments: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) comments.push(n);
  for (const c of comments) c.parentNode?.removeChild(c);
  // Office's own elements (o:p, v:shape, w:Sdt …) carry no text the paper needs, bar their children.
  for (const el of [...doc.body.querySelectorAll('*')]) if (el.tagName.includes(':')) /^v:/i.test(el.tagName) ? el.remove() : unwrap(el);
  // Google Docs wraps the whole fragment in <b style="font-weight:normal" id="docs-internal-guid-…">.
  for (const b of [...doc.querySelectorAll('b[id^="docs-internal-guid"]')]) unwrap(b);
}

function headings(doc: Document, changes: PasteChanges): void {
  for (const p of [...doc.querySelectorAll('p[class*="MsoHeading" i], p[class*="MsoTitle" i], p[class*="MsoSubtitle" i], p.Heading1, p.Heading2')]) {
    const h = doc.createElement('h3');
    while (p.firstChild) h.appendChild(p.firstChild);
    p.replaceWith(h);
  }
  for (const h of [...doc.querySelectorAll('h1, h2')]) {
    const h3 = doc.createElement('h3');
    while (h.firstChild) h3.appendChild(h.firstChild);
    h.replaceWith(h3);
  }
  changes.headings += doc.querySelectorAll('h3, h4, h5, h6').length;
}

const allBold = (cell: Element): boolean => {
  const text = (cell.textContent ?? '').trim();
  if (!text) return true;
  let bold = '';
  for (const b of [
    ...cell.querySelectorAll('b, strong, [style*="font-weight:700"], [style*="font-weight: 700"], [style*="font-weight:bold"], [style*="font-weight: bold"]'),
  ])
    bold += b.textContent ?? '';
  return bold.replace(/\s+/g, '').length >= text.replace(/\s+/g, '').length;
};

function tables(doc: Document, changes: PasteChanges): void {
  for (const table of [...doc.querySelectorAll('table')]) {
    const rows = [...table.querySelectorAll('tr')].filter((r) => r.closest('table') === table);
    if (rows.length < 2) continue;
    let header: Element[] = rows.filter((r) => r.parentElement?.tagName.toLowerCase() === 'thead');
    if (!header.length) {
      const first = rows[0]!;
      const style = first.getAttribute('style') ?? '';
      const cells = [...first.children];
      // Word marks rows that repeat as headers; others: a first row all in bold, or all <th>.
      if (
        /mso-yfti-lastfirstrow:\s*yes/i.test(style) ||
        (cells.length && cells.every((c) => c.tagName.toLowerCase() === 'th' || allBold(c)) && cells.some((c) => (c.textContent ?? '').trim()))
      )
        header = [first];
    }
    for (const row of header) {
      for (const cell of [...row.children]) {
        if (cell.tagName.toLowerCase() !== 'td') continue;
        const th = doc.createElement('th');
        for (const a of ['colspan', 'rowspan']) if (cell.hasAttribute(a)) th.setAttribute(a, cell.getAttribute(a)!);
        while (cell.firstChild) th.appendChild(cell.firstChild);
        cell.replaceWith(th);
      }
      changes.headerRows++;
    }
  }
}

/** Links to a place in the pasted page, to the app's own address, or to a scheme a paper may not hold. */
function links(doc: Document, origin: string, changes: PasteChanges): void {
  for (const a of [...doc.querySelectorAll('a')]) {
    const href = (a.getAttribute('href') ?? '').trim();
    if (!href) {
      unwrap(a);
      continue;
    }
    const own =
      href.startsWith('#') ||
      /#(_ftn|_edn|_ftnref|sdfootnote|sdendnote|ftnt)/i.test(href) ||
      (origin && href.toLowerCase().startsWith(origin.toLowerCase())) ||
      /^about:/i.test(href) ||
      !/^[a-z][a-z0-9+.-]*:/i.test(href);
    const allowed = /^(https?:\/\/\S|mailto:\S)/i.test(href);
    if (own || !allowed) {
      unwrap(a);
      changes.linksRemoved++;
    }
  }
}

function images(doc: Document, changes: PasteChanges): void {
  for (const img of [...doc.querySelectorAll('img')]) {
    const src = img.getAttribute('src') ?? '';
    if (!/^data:image\/(png|jpeg);base64,/i.test(src)) {
      img.remove();
      changes.imagesDropped++;
    } else if (!(img.getAttribute('alt') ?? '').trim()) changes.imagesNeedAlt++;
  }
}

/** Rewrites the pasted document in place; returns what it changed. */
export function normalisePastedDocument(doc: Document, origin: string): PasteChanges {
  const changes: PasteChanges = {
    footnotes: 0,
    numbersRemoved: 0,
    listsMade: 0,
    headings: 0,
    headerRows: 0,
    linksRemoved: 0,
    imagesDropped: 0,
    imagesNeedAlt: 0,
  };
  cleanUp(doc);
  changes.footnotes = pasteFootnotes(doc);
  // lists emptied by taking their notes out (a web page's references list)
  for (const list of [...doc.querySelectorAll('ol, ul')]) if (!list.querySelector('li')) list.remove();
  const l = pasteLists(doc);
  changes.numbersRemoved = l.numbersRemoved;
  changes.listsMade = l.listsMade;
  headings(doc, changes);
  tables(doc, changes);
  links(doc, origin, changes);
  images(doc, changes);
  return changes;
}

/** The HTML TipTap should parse, and what was done; `parse` is the renderer's DOMParser. */
export function normalisePastedHtml(html: string, origin: string, parse: (html: string) => Document): { html: string; changes: PasteChanges } {
  const doc = parse(html);
  const changes = normalisePastedDocument(doc, origin);
  return { html: doc.body.innerHTML, changes };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 footnotes kept; list numbers removed from 5 paragraphs; 1 image needs a description", or null when nothing changed. */
export function pasteNotice(c: PasteChanges): string | null {
  const parts: string[] = [];
  if (c.footnotes) parts.push(`${plural(c.footnotes, 'footnote', 'footnotes')} kept`);
  if (c.numbersRemoved) parts.push(`list numbers removed from ${plural(c.numbersRemoved, 'paragraph', 'paragraphs')} (the paper numbers them)`);
  if (c.listsMade) parts.push(`${plural(c.listsMade, 'list', 'lists')} kept as ${c.listsMade === 1 ? 'a list' : 'lists'}`);
  if (c.headings) parts.push(`${plural(c.headings, 'heading', 'headings')} made ${c.headings === 1 ? 'a sub-heading' : 'sub-headings'}`);
  if (c.headerRows) parts.push(`${plural(c.headerRows, 'table header row', 'table header rows')} kept`);
  if (c.linksRemoved) parts.push(`${plural(c.linksRemoved, 'link', 'links')} to places that are not web or e-mail addresses removed (the text is kept)`);
  if (c.imagesDropped) parts.push(`${plural(c.imagesDropped, 'image', 'images')} not pasted (add ${c.imagesDropped === 1 ? 'it' : 'them'} with Image…)`);
  if (c.imagesNeedAlt) parts.push(`${plural(c.imagesNeedAlt, 'image needs', 'images need')} a description`);
  if (!parts.length) return null;
  const text = parts.join('; ');
  return `Pasted: ${text.charAt(0)}${text.slice(1)}.`;
}
