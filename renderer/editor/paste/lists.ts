// Lists and numbered paragraphs in pasted HTML, as Word and LibreOffice write them:
//   Word: <p class=MsoListParagraph style="mso-list:l0 level2 lfo1"><span style="mso-list:Ignore">4.1 </span>Text</p>
//         — the number is text in an Ignore span; a two-part number ("4.1") is a numbered paragraph
//         of the paper, a bullet ("·", "o", "§") or "1." / "(a)" an item of a list at that level.
//   LibreOffice: <ol><li><h1>Heading</h1><ol><li><p>Text</p></li></ol></li></ol>, and <ol><ol><li>…
//         for paragraphs after a sub-heading — outline numbering: the headings and numbered paragraphs
//         of the paper, not a list (an outer level holding only headings or nothing).
//   Typed: "4.1 The Force…" (the number removed: the paper numbers its paragraphs), "·  Text" (a bullet).

const BULLET_MARK = /^[·•o§▪◦\-–*\u2022\uf0a7\uf0b7\uf0d8]$/;
const ORDERED_MARK = /^\(?([0-9]{1,3}|[a-z]|[ivxlc]{1,6})[.)]$/i;
const SECTION_NUMBER = /^\d{1,2}(\.\d{1,3})+\.?$/;
const TYPED_PARAGRAPH = /^(\s|&nbsp;|\u00a0)*\d{1,2}\.\d{1,3}\.?[\s\u00a0]+/;
const TYPED_BULLET = /^[\s\u00a0]*[·•▪◦\u2022\uf0b7\uf0a7][\s\u00a0]+/;

export interface ListCounts {
  numbersRemoved: number;
  listsMade: number;
  headings: number;
}

const isHeading = (el: Element) => /^h[1-6]$/i.test(el.tagName);

/** Removes the first `n` characters of an element's text (a typed number), keeping its markup. */
function dropLeadingText(el: Element, pattern: RegExp): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  let text = '';
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    text += n.textContent ?? '';
    if (text.length > 40) break;
  }
  const m = pattern.exec(text);
  if (!m) return false;
  let left = m[0].length;
  for (const n of nodes) {
    if (left <= 0) break;
    const t = n.textContent ?? '';
    n.textContent = t.slice(Math.min(left, t.length));
    left -= t.length;
  }
  return true;
}

interface WordListPara {
  readonly el: Element;
  readonly level: number;
  readonly list: string;
  readonly marker: string;
}

function wordListInfo(el: Element): WordListPara | null {
  const style = el.getAttribute('style') ?? '';
  const m = /mso-list:\s*(l\d+)\s+level(\d)/i.exec(style);
  if (!m) return null;
  const ignore = el.querySelector('[style*="mso-list:Ignore"], [style*="mso-list: Ignore"]');
  const marker = (ignore?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  ignore?.remove();
  return { el, level: Math.max(0, Number(m[2]) - 1), list: m[1]!, marker };
}

/** Word's list paragraphs → numbered paragraphs, or nested <ul>/<ol> built from their levels. */
function wordLists(doc: Document, counts: ListCounts): void {
  const paras = [
    ...doc.querySelectorAll(
      'p[style*="mso-list"], h1[style*="mso-list"], h2[style*="mso-list"], h3[style*="mso-list"], h4[style*="mso-list"], h5[style*="mso-list"], h6[style*="mso-list"], li[style*="mso-list"]',
    ),
  ];
  const infos = paras.map(wordListInfo).filter((x): x is WordListPara => x !== null);
  const runs: WordListPara[][] = [];
  for (const info of infos) {
    if (isHeading(info.el) || SECTION_NUMBER.test(info.marker) || info.marker === '') {
      if (info.marker) counts.numbersRemoved++;
      info.el.removeAttribute('style');
      continue;
    }
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    // consecutive siblings (whitespace between) make one list
    let sib = prev?.el.nextSibling ?? null;
    while (sib && sib.nodeType !== 1 && !(sib.textContent ?? '').trim()) sib = sib.nextSibling;
    if (prev && sib === info.el) last.push(info);
    else runs.push([info]);
  }
  for (const run of runs) {
    const first = run[0]!.el;
    const root = buildList(doc, run);
    first.before(root);
    for (const r of run) r.el.remove();
    counts.listsMade++;
  }
}

function buildList(doc: Document, run: readonly WordListPara[]): Element {
  const make = (marker: string) => {
    const ordered = ORDERED_MARK.exec(marker);
    const list = doc.createElement(ordered && !BULLET_MARK.test(marker) ? 'ol' : 'ul');
    if (ordered && /^\d+$/.test(ordered[1]!) && ordered[1] !== '1') list.setAttribute('start', ordered[1]!);
    return list;
  };
  const root = make(run[0]!.marker);
  const stack: { list: Element; level: number }[] = [{ list: root, level: run[0]!.level }];
  for (const r of run) {
    while (stack.length > 1 && r.level < stack[stack.length - 1]!.level) stack.pop();
    let top = stack[stack.length - 1]!;
    if (r.level > top.level) {
      const nested = make(r.marker);
      const parentItem = top.list.lastElementChild ?? top.list.appendChild(doc.createElement('li'));
      parentItem.appendChild(nested);
      top = { list: nested, level: r.level };
      stack.push(top);
    }
    const li = doc.createElement('li');
    const p = doc.createElement('p');
    while (r.el.firstChild) p.appendChild(r.el.firstChild);
    li.appendChild(p);
    top.list.appendChild(li);
  }
  return root;
}

/** LibreOffice's outline numbering (headings and numbered paragraphs in nested <ol>) → headings and paragraphs. */
function outlineLists(doc: Document, counts: ListCounts): void {
  const isOutline = (ol: Element): boolean =>
    [...ol.children].length > 0 &&
    [...ol.children].every((li) => {
      if (li.tagName.toLowerCase() === 'ol') return true; // <ol><ol> (an empty outer level)
      if (li.tagName.toLowerCase() !== 'li') return false;
      const own = [...li.children].filter((c) => !/^(ol|ul)$/i.test(c.tagName));
      const ownText = [...li.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim());
      return !ownText && (own.length === 0 || own.every(isHeading));
    });
  for (const ol of [...doc.querySelectorAll('body > ol, body > div > ol')]) {
    if (!ol.isConnected || !isOutline(ol) || !ol.querySelector('ol')) continue;
    const out: Node[] = [];
    const take = (list: Element, depth: number) => {
      for (const item of [...list.children]) {
        if (/^ol$/i.test(item.tagName)) take(item, depth + 1);
        else if (depth === 0)
          for (const c of [...item.childNodes]) {
            if (c.nodeType === 1 && /^ol$/i.test((c as Element).tagName)) take(c as Element, depth + 1);
            else if (c.nodeType === 1 && isHeading(c as Element)) (out.push(c), counts.headings++);
          }
        else {
          // a numbered paragraph of the paper: its paragraphs at the top level, lists inside kept
          for (const c of [...item.childNodes]) out.push(c);
          counts.numbersRemoved++;
        }
      }
    };
    take(ol, 0);
    ol.replaceWith(...out);
  }
}

/** Typed "4.1 " at the start of a top-level paragraph, and typed bullets. */
function typedNumbers(doc: Document, counts: ListCounts): void {
  for (const p of [...doc.body.querySelectorAll('p')]) {
    if (p.closest('li, td, th')) continue;
    if (dropLeadingText(p, TYPED_PARAGRAPH)) counts.numbersRemoved++;
  }
  for (const h of [...doc.body.querySelectorAll('h1, h2, h3, h4, h5, h6')])
    if (dropLeadingText(h, /^[\s\u00a0]*\d{1,2}(\.\d{1,3})*\.?[\s\u00a0]+(?=\S)/)) counts.numbersRemoved++;
  let run: Element[] = [];
  const flush = () => {
    if (!run.length) return;
    const ul = doc.createElement('ul');
    run[0]!.before(ul);
    for (const p of run) {
      const li = doc.createElement('li');
      li.appendChild(p);
      ul.appendChild(li);
    }
    counts.listsMade++;
    run = [];
  };
  for (const p of [...doc.body.querySelectorAll('body > p, body > div > p')]) {
    if (dropLeadingText(p, TYPED_BULLET)) {
      const prev = run[run.length - 1];
      let sib = prev?.nextSibling ?? null;
      while (sib && sib.nodeType !== 1 && !(sib.textContent ?? '').trim()) sib = sib.nextSibling;
      if (prev && sib !== p) flush();
      run.push(p);
    } else flush();
  }
  flush();
}

export function pasteLists(doc: Document): ListCounts {
  const counts: ListCounts = { numbersRemoved: 0, listsMade: 0, headings: 0 };
  wordLists(doc, counts);
  outlineLists(doc, counts);
  typedNumbers(doc, counts);
  return counts;
}
