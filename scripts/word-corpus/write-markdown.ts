// A paper written out as other people's tools write it, for the Word import's corpus: Markdown for
// pandoc (typed section and paragraph numbers, footnotes as [^n], pipe tables) and HTML for
// LibreOffice (auto-numbered <ol> lists, LibreOffice's own footnote markup, tables with <th>). The
// corpus tests turn these into .docx with pandoc and LibreOffice and open the results.
import type { PaperBundle } from '../../shared/papers/model';
import { coverRows } from '../../shared/docx/cover-sheet';
import { CONTACTS_INTRO } from '../../shared/papers/standard-sections';
import { paragraphLabels, sectionNumber } from '../../shared/papers/numbering';
import type { BlockNode, InlineNode, ListItemNode } from '../../shared/richtext/model';
import { cellParagraphs } from '../../shared/richtext/model';

const mdEscape = (s: string) => s.replace(/([\\`*_[\]#<>|])/g, '\\$1');

function mdInline(content: readonly InlineNode[] | undefined, notes: string[]): string {
  let out = '';
  for (const n of content ?? []) {
    if (n.type === 'hardBreak') out += '\\\n';
    else if (n.type === 'footnote') {
      notes.push(n.attrs.text.replace(/\n/g, ' '));
      out += `[^${notes.length}]`;
    } else {
      let t = mdEscape(n.text);
      for (const m of n.marks ?? []) {
        if (m.type === 'bold') t = `**${t}**`;
        else if (m.type === 'italic') t = `*${t}*`;
        else if (m.type === 'link') t = `[${t}](${m.attrs.href})`;
      }
      out += t;
    }
  }
  return out;
}

function mdList(items: readonly ListItemNode[], ordered: boolean, depth: number, notes: string[], out: string[]): void {
  items.forEach((item, i) => {
    item.content.forEach((c, k) => {
      if (c.type === 'paragraph') out.push(`${'    '.repeat(depth)}${k === 0 ? (ordered ? `${i + 1}. ` : '- ') : '    '}${mdInline(c.content, notes)}`);
      else mdList(c.content, c.type === 'orderedList', depth + 1, notes, out);
    });
  });
}

function mdBlocks(blocks: readonly BlockNode[], labels: readonly (string | null)[], notes: string[], out: string[]): void {
  blocks.forEach((b, i) => {
    switch (b.type) {
      case 'paragraph': {
        const text = mdInline(b.content, notes);
        if (text.trim()) out.push(`${labels[i] ? `${labels[i]} ` : ''}${text}`, '');
        break;
      }
      case 'subheading':
        out.push(`## ${mdInline(b.content, notes)}`, '');
        break;
      case 'bulletList':
      case 'orderedList':
        mdList(b.content, b.type === 'orderedList', 0, notes, out);
        out.push('');
        break;
      case 'table': {
        const rows = b.content.map((r) =>
          r.content.map((c) =>
            cellParagraphs(c)
              .map((p) => mdInline(p.content, notes))
              .join(' ')
              .replace(/\n/g, ' '),
          ),
        );
        const width = Math.max(...rows.map((r) => r.length));
        const pad = (r: string[]) => [...r, ...new Array<string>(width - r.length).fill('')];
        out.push(`| ${pad(rows[0]!).join(' | ')} |`, `|${' --- |'.repeat(width)}`, ...rows.slice(1).map((r) => `| ${pad(r).join(' | ')} |`), '');
        break;
      }
      case 'image':
        out.push(`![${mdEscape(b.attrs.alt)}](${b.attrs.src})`, '');
        break;
      case 'dataBlock':
        break;
    }
  });
}

export function paperMarkdown(bundle: PaperBundle): string {
  const out: string[] = [];
  const notes: string[] = [];
  const rows = coverRows(bundle);
  out.push(
    `| ${mdEscape(rows[0]![0])} | ${mdEscape(rows[0]![1])} |`,
    '| --- | --- |',
    ...rows.slice(1).map(([l, v]) => `| ${mdEscape(l)} | ${mdEscape(v)} |`),
    '',
  );
  out.push(`**${mdEscape(bundle.paper.title)}**`, '');
  bundle.sections.forEach((s, i) => {
    out.push(`# ${sectionNumber(i)}. ${mdEscape(s.title.toUpperCase())}`, '');
    mdBlocks(s.body.content, paragraphLabels(sectionNumber(i), s.body.content), notes, out);
    if (s.kind === 'appendices') bundle.appendices.forEach((a, k) => out.push(`${String.fromCharCode(65 + k)}. ${mdEscape(a.title)}`, ''));
  });
  if (bundle.paper.contacts.length) {
    out.push(CONTACTS_INTRO, '');
    for (const c of bundle.paper.contacts) out.push(`**${mdEscape(c.name)}**, ${mdEscape(c.role)}`, '', mdEscape(c.email), '', `Tel: ${c.phone}`, '');
  }
  bundle.appendices.forEach((a, k) => {
    out.push(`# APPENDIX ${String.fromCharCode(65 + k)}`, '', `## ${mdEscape(a.title)}`, '');
    mdBlocks(a.body.content, [], notes, out);
  });
  notes.forEach((n, k) => out.push(`[^${k + 1}]: ${mdEscape(n)}`, ''));
  return out.join('\n');
}
