// A paper as an HTML page in the shapes LibreOffice's own HTML export uses (its footnote anchors
// sdfootnoteNanc/sym and the notes in <div id="sdfootnoteN"> at the end, auto-numbered <ol>
// lists, <th> header cells, colspan/rowspan), for LibreOffice to turn into a .docx.
import type { PaperBundle } from '../../shared/papers/model';
import { coverRows } from '../../shared/docx/cover-sheet';
import { CONTACTS_INTRO } from '../../shared/papers/standard-sections';
import { paragraphLabels, sectionNumber } from '../../shared/papers/numbering';
import type { BlockNode, InlineNode, ListItemNode } from '../../shared/richtext/model';
import { cellParagraphs } from '../../shared/richtext/model';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(content: readonly InlineNode[] | undefined, notes: string[]): string {
  let out = '';
  for (const n of content ?? []) {
    if (n.type === 'hardBreak') out += '<br>';
    else if (n.type === 'footnote') {
      notes.push(n.attrs.text);
      const k = notes.length;
      out += `<a class="sdfootnoteanc" name="sdfootnote${k}anc" href="#sdfootnote${k}sym"><sup>${k}</sup></a>`;
    } else {
      let t = esc(n.text);
      for (const m of n.marks ?? []) {
        if (m.type === 'bold') t = `<b>${t}</b>`;
        else if (m.type === 'italic') t = `<i>${t}</i>`;
        else if (m.type === 'underline') t = `<u>${t}</u>`;
        else t = `<a href="${esc(m.attrs.href)}">${t}</a>`;
      }
      out += t;
    }
  }
  return out;
}

function list(items: readonly ListItemNode[], ordered: boolean, notes: string[]): string {
  const tag = ordered ? 'ol' : 'ul';
  return `<${tag}>${items.map((i) => `<li>${i.content.map((c) => (c.type === 'paragraph' ? `<p>${inline(c.content, notes)}</p>` : list(c.content, c.type === 'orderedList', notes))).join('')}</li>`).join('')}</${tag}>`;
}

function blocks(bs: readonly BlockNode[], labels: readonly (string | null)[], notes: string[]): string {
  return bs
    .map((b, i) => {
      switch (b.type) {
        case 'paragraph':
          return `<p>${labels[i] ? `${labels[i]} ` : ''}${inline(b.content, notes)}</p>`;
        case 'subheading':
          return `<h2>${inline(b.content, notes)}</h2>`;
        case 'bulletList':
        case 'orderedList':
          return list(b.content, b.type === 'orderedList', notes);
        case 'table':
          return `<table border="1">${b.content
            .map(
              (r) =>
                `<tr>${r.content
                  .map((c) => {
                    const tag = c.type === 'tableHeader' ? 'th' : 'td';
                    const span = `${c.attrs?.colspan && c.attrs.colspan > 1 ? ` colspan="${c.attrs.colspan}"` : ''}${c.attrs?.rowspan && c.attrs.rowspan > 1 ? ` rowspan="${c.attrs.rowspan}"` : ''}`;
                    return `<${tag}${span}>${cellParagraphs(c)
                      .map((p) => `<p>${inline(p.content, notes)}</p>`)
                      .join('')}</${tag}>`;
                  })
                  .join('')}</tr>`,
            )
            .join('')}</table>`;
        case 'image':
          return `<p><img src="${b.attrs.src}" alt="${esc(b.attrs.alt)}" width="${b.attrs.width}" height="${b.attrs.height}"></p>`;
        default:
          return '';
      }
    })
    .join('\n');
}

export function paperHtml(bundle: PaperBundle): string {
  const notes: string[] = [];
  const parts: string[] = [];
  parts.push(
    `<table border="1">${coverRows(bundle)
      .map(([l, v]) => `<tr><td><p><b>${esc(l)}</b></p></td><td><p>${esc(v)}</p></td></tr>`)
      .join('')}</table>`,
  );
  parts.push(`<p><b>${esc(bundle.paper.title)}</b></p>`);
  bundle.sections.forEach((s, i) => {
    parts.push(`<h1>${sectionNumber(i)}. ${esc(s.title.toUpperCase())}</h1>`);
    parts.push(blocks(s.body.content, paragraphLabels(sectionNumber(i), s.body.content), notes));
    if (s.kind === 'appendices') parts.push(...bundle.appendices.map((a, k) => `<p>${String.fromCharCode(65 + k)}. ${esc(a.title)}</p>`));
  });
  if (bundle.paper.contacts.length) {
    parts.push(`<p>${esc(CONTACTS_INTRO)}</p>`);
    for (const c of bundle.paper.contacts)
      parts.push(`<p><b>${esc(c.name)}</b>, ${esc(c.role)}</p><p><a href="mailto:${esc(c.email)}">${esc(c.email)}</a></p><p>Tel: ${esc(c.phone)}</p>`);
  }
  bundle.appendices.forEach((a, k) =>
    parts.push(`<h1>APPENDIX ${String.fromCharCode(65 + k)}</h1><h2>${esc(a.title)}</h2>${blocks(a.body.content, [], notes)}`),
  );
  const noteDivs = notes.map(
    (n, k) =>
      `<div id="sdfootnote${k + 1}"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote${k + 1}sym" href="#sdfootnote${k + 1}anc">${k + 1}</a>${esc(n)}</p></div>`,
  );
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${esc(bundle.paper.title)}</title></head><body>\n${parts.join('\n')}\n${noteDivs.join('\n')}\n</body></html>`;
}
