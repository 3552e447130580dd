// Footnotes in pasted HTML, as each producer writes them, made real footnotes of the paper:
//   Word:        <a href="#_ftn1" name="_ftnref1">[1]</a> … <div style="mso-element:footnote" id="ftn1">
//   LibreOffice: <a class="sdfootnoteanc" href="#sdfootnote1sym"><sup>1</sup></a> … <div id="sdfootnote1">
//   Google Docs and web pages: <sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup> … an element with that id
//                whose paragraph holds the note (and a link back).
// The note's text keeps bold, italic, underline and links (by the one footnote rule); the note
// paragraphs at the end of the fragment go.
import { newId } from '../../../shared/records/meta';
import { footnoteAttrs } from '../../../shared/richtext/footnote';
import { isStorableLink } from '../../../shared/richtext/model';
import type { Mark } from '../../../shared/richtext/model';

const MARK_TEXT = /^\s*[[(]?\s*[0-9a-z*†‡§]{1,4}\s*[\])]?\s*$/i;
const BLOCK = 'p,li,div,td,h1,h2,h3,h4,h5,h6';

/** The marks an element gives the text inside it. */
function marksOf(el: Element): Mark[] {
  const out: Mark[] = [];
  const tag = el.tagName.toLowerCase();
  const style = (el.getAttribute('style') ?? '').toLowerCase();
  const weight = /font-weight:\s*(bold|[6-9]00)/.exec(style);
  if (tag === 'b' || tag === 'strong' || weight) if (!/font-weight:\s*(normal|[1-4]00)/.test(style)) out.push({ type: 'bold' });
  if (tag === 'i' || tag === 'em' || /font-style:\s*italic/.test(style)) out.push({ type: 'italic' });
  if (tag === 'u' || /text-decoration[^;]*underline/.test(style)) out.push({ type: 'underline' });
  if (tag === 'a') {
    const href = (el.getAttribute('href') ?? '').trim();
    if (isStorableLink(href)) out.push({ type: 'link', attrs: { href } });
  }
  return out;
}

/** A note's pieces from its DOM, skipping the elements in `skip` (the mark linking back). */
export function notePieces(root: Element, skip: ReadonlySet<Element>): unknown[] {
  const out: unknown[] = [];
  const walk = (node: Node, marks: Mark[]) => {
    if (node.nodeType === 3) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ');
      if (text) out.push({ type: 'text', text, marks: marks.filter((m, i) => marks.findIndex((x) => x.type === m.type) === i) });
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (skip.has(el) || [...skip].some((s) => el.contains(s) && (el.textContent ?? '').trim() === (s.textContent ?? '').trim())) return;
    if (/^(style|script)$/i.test(el.tagName)) return;
    if (/^br$/i.test(el.tagName)) return void out.push({ type: 'hardBreak' });
    const block = el.matches(BLOCK);
    if (block && out.length) out.push({ type: 'hardBreak' });
    for (const c of [...el.childNodes]) walk(c, [...marks, ...marksOf(el)]);
  };
  for (const c of [...root.childNodes]) walk(c, []);
  // the first piece starts after the mark: no leading space
  const first = out.find((p) => (p as { type: string }).type === 'text') as { text: string } | undefined;
  if (first) first.text = first.text.replace(/^\s+/, '');
  return out;
}

interface Ref {
  readonly anchor: Element;
  readonly note: Element;
  readonly backlinks: Element[];
}

const byIdOrName = (doc: Document, key: string): Element | null => {
  if (!key) return null;
  try {
    return doc.getElementById(key) ?? doc.querySelector(`a[name="${CSS.escape(key)}"]`);
  } catch {
    return null;
  }
};

function findRefs(doc: Document): Ref[] {
  const refs: Ref[] = [];
  for (const a of [...doc.querySelectorAll('a[href^="#"]')]) {
    const href = a.getAttribute('href') ?? '';
    const key = href.slice(1);
    if (!MARK_TEXT.test(a.textContent ?? '')) continue;
    // Word: #_ftn1 → the div id="ftn1" (its link back is name="_ftn1").
    const word = /^_(ftn|edn)(\d+)$/.exec(key);
    if (word) {
      const note = doc.getElementById(`${word[1]}${word[2]}`) ?? byIdOrName(doc, key)?.closest('div');
      if (note) refs.push({ anchor: a, note, backlinks: [...note.querySelectorAll(`a[href="#_${word[1]}ref${word[2]}"]`)] });
      continue;
    }
    // LibreOffice: #sdfootnote1sym → div id="sdfootnote1".
    const lo = /^sd(foot|end)note(\d+)sym$/.exec(key);
    if (lo) {
      const note = doc.getElementById(`sd${lo[1]}note${lo[2]}`);
      if (note) refs.push({ anchor: a, note, backlinks: [...note.querySelectorAll('a.sdfootnotesym, a.sdendnotesym, a[href^="#sd"]')] });
      continue;
    }
    // Google Docs and web pages: the target's paragraph, when it links back to this mark.
    const target = byIdOrName(doc, key);
    if (!target || target === a || target.contains(a)) continue;
    const note = target.closest(BLOCK) ?? target;
    const selfKey = a.getAttribute('id') ?? a.getAttribute('name') ?? a.closest('[id]')?.getAttribute('id') ?? '';
    const back = [...note.querySelectorAll('a[href^="#"]')].filter((b) => selfKey && b.getAttribute('href') === `#${selfKey}`);
    // Without a link back the target must at least follow the mark and look like a note (its mark first).
    const follows = (a.compareDocumentPosition(note) & 4) !== 0;
    if (!follows || (!back.length && !(target.matches('a') && MARK_TEXT.test(target.textContent ?? '')))) continue;
    refs.push({ anchor: a, note, backlinks: back.length ? back : target.matches('a') ? [target] : [] });
  }
  return refs;
}

/** Replaces footnote marks with the editor's footnote nodes and removes the notes; returns how many. */
export function pasteFootnotes(doc: Document): number {
  const refs = findRefs(doc);
  let kept = 0;
  const notes = new Set<Element>();
  for (const ref of refs) {
    if (!ref.anchor.isConnected) continue;
    const attrs = footnoteAttrs(newId(), notePieces(ref.note, new Set(ref.backlinks)));
    notes.add(ref.note);
    if (!attrs.text) continue;
    const sup = doc.createElement('sup');
    sup.setAttribute('data-footnote-id', attrs.id);
    sup.setAttribute('data-footnote-text', attrs.text);
    if (attrs.content) sup.setAttribute('data-footnote-content', JSON.stringify(attrs.content));
    // The mark may sit in a <sup> of its own (Google Docs, LibreOffice): replace that too.
    const outer =
      ref.anchor.parentElement?.matches('sup') && ref.anchor.parentElement.textContent?.trim() === ref.anchor.textContent?.trim()
        ? ref.anchor.parentElement
        : ref.anchor;
    outer.replaceWith(sup);
    kept++;
  }
  for (const note of notes) {
    // Word wraps all notes in a footnote-list div with a rule; LibreOffice's are divs of their own.
    const list = note.parentElement?.closest('div[style*="footnote-list"], div[style*="endnote-list"]');
    (list ?? note).remove();
  }
  for (const hr of [...doc.querySelectorAll('body > hr:last-of-type')]) if (!hr.nextElementSibling) hr.remove();
  return kept;
}
