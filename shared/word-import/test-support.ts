// For tests: a paper reduced to what a reader of the printed paper sees: each section's title and
// blocks (paragraphs with whether they are numbered, sub-headings, list items with their depth,
// tables as rows of cell text with header cells marked, images by their description), footnote
// texts in place; ids, link targets of footnotes and default attributes left out.
import type { BlockNode, InlineNode, ListItemNode, RichDoc } from '../richtext/model';
import { cellParagraphs } from '../richtext/model';

const inlineView = (content: readonly InlineNode[] | undefined): string =>
  (content ?? [])
    .map((n) => (n.type === 'text' ? n.text : n.type === 'hardBreak' ? '\n' : `[^${n.attrs.text.replace(/\s+/g, ' ').trim()}]`))
    .join('')
    .replace(/[ \t]+/g, ' ')
    .trim();

function listView(items: readonly ListItemNode[], kind: string, depth: number, out: string[]): void {
  for (const item of items)
    for (const c of item.content) {
      if (c.type === 'paragraph') out.push(`${'  '.repeat(depth)}${kind} ${inlineView(c.content)}`);
      else listView(c.content, c.type === 'bulletList' ? '•' : '#', depth + 1, out);
    }
}

export function blocksView(blocks: readonly BlockNode[], numbering = true): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'paragraph': {
        const t = inlineView(b.content);
        if (t) out.push(`${numbering && b.attrs?.numbered !== false ? 'N ' : 'P '}${t}`);
        break;
      }
      case 'subheading':
        if (inlineView(b.content)) out.push(`H ${inlineView(b.content)}`);
        break;
      case 'blockquote':
        for (const q of b.content) if (inlineView(q.content)) out.push(`Q ${inlineView(q.content)}`);
        break;
      case 'bulletList':
      case 'orderedList':
        listView(b.content, b.type === 'bulletList' ? '•' : '#', 0, out);
        break;
      case 'table':
        for (const row of b.content)
          out.push(
            `| ${row.content
              .map(
                (c) =>
                  `${c.type === 'tableHeader' ? '*' : ''}${cellParagraphs(c)
                    .map((p) => inlineView(p.content))
                    .join(
                      ' / ',
                    )}${c.attrs?.colspan && c.attrs.colspan > 1 ? `<${c.attrs.colspan}` : ''}${c.attrs?.rowspan && c.attrs.rowspan > 1 ? `^${c.attrs.rowspan}` : ''}`,
              )
              .join(' | ')} |`,
          );
        break;
      case 'image':
        out.push(`IMG ${b.attrs.alt} ${b.attrs.width}x${b.attrs.height}`);
        break;
      case 'dataBlock':
        out.push(`BLOCK ${b.attrs.blockId}`);
        break;
    }
  }
  return out;
}

export function paperView(p: {
  title: string;
  sections: readonly { title: string; kind: string; body: RichDoc | readonly BlockNode[] }[];
  appendices: readonly { title: string; body: RichDoc | readonly BlockNode[] }[];
}): string[] {
  const body = (b: RichDoc | readonly BlockNode[]) => ('content' in b ? b.content : b);
  return [
    `TITLE ${p.title}`,
    ...p.sections.flatMap((s, i) => [`SECTION ${i + 1} ${s.title}${s.kind === 'appendices' ? ' (appendices)' : ''}`, ...blocksView(body(s.body))]),
    ...p.appendices.flatMap((a, i) => [`APPENDIX ${i + 1} ${a.title}`, ...blocksView(body(a.body), false)]),
  ];
}
