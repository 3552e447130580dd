// Editor JSON → the stored RichDoc. TipTap adds attributes the model does not have (link target,
// list type …); this keeps exactly the model's fields (a cell's dragged colwidth included) so stored data stays small,
// stable and valid against the backup schema.
import type { JSONContent } from '@tiptap/core';
import { footnoteAttrs } from '../../shared/richtext/footnote';
import type { BlockNode, InlineNode, ListItemNode, Mark, ParagraphNode, RichDoc, TableCellNode, TableRowNode } from '../../shared/richtext/model';

function marks(ms: JSONContent['marks']): Mark[] | undefined {
  const out: Mark[] = [];
  for (const m of ms ?? []) {
    if (m.type === 'bold' || m.type === 'italic' || m.type === 'underline') out.push({ type: m.type });
    else if (m.type === 'link' && typeof m.attrs?.href === 'string') out.push({ type: 'link', attrs: { href: m.attrs.href } });
  }
  return out.length ? out : undefined;
}

function footnote(attrs: JSONContent['attrs']): InlineNode {
  const id = String(attrs?.id ?? '');
  // A formatted note: its pieces cleaned and its plain text derived from them; a plain one as stored.
  if (Array.isArray(attrs?.content) && attrs.content.length) return { type: 'footnote', attrs: footnoteAttrs(id, attrs.content) };
  return { type: 'footnote', attrs: { id, text: String(attrs?.text ?? '') } };
}

function inline(nodes: JSONContent[] | undefined): InlineNode[] | undefined {
  const out: InlineNode[] = [];
  for (const n of nodes ?? []) {
    if (n.type === 'text' && n.text) {
      const m = marks(n.marks);
      out.push(m ? { type: 'text', text: n.text, marks: m } : { type: 'text', text: n.text });
    } else if (n.type === 'hardBreak') out.push({ type: 'hardBreak' });
    else if (n.type === 'footnote') out.push(footnote(n.attrs));
  }
  return out.length ? out : undefined;
}

function paragraph(n: JSONContent, topLevel: boolean): ParagraphNode {
  const content = inline(n.content);
  const base: ParagraphNode = topLevel && n.attrs?.numbered === false ? { type: 'paragraph', attrs: { numbered: false } } : { type: 'paragraph' };
  return content ? { ...base, content } : base;
}

function listItem(n: JSONContent): ListItemNode {
  const content: ListItemNode['content'][number][] = [];
  for (const c of n.content ?? []) {
    if (c.type === 'paragraph') content.push(paragraph(c, false));
    else if (c.type === 'bulletList' || c.type === 'orderedList') content.push(list(c) as ListItemNode['content'][number]);
  }
  return { type: 'listItem', content: content.length ? content : [{ type: 'paragraph' }] };
}

function list(n: JSONContent): BlockNode {
  const items = (n.content ?? []).filter((c) => c.type === 'listItem').map(listItem);
  if (n.type === 'orderedList') {
    const start = typeof n.attrs?.start === 'number' && n.attrs.start !== 1 ? n.attrs.start : undefined;
    return start ? { type: 'orderedList', attrs: { start }, content: items } : { type: 'orderedList', content: items };
  }
  return { type: 'bulletList', content: items };
}

/** The widths an author dragged (CSS pixels, whole), or undefined when none was. */
function colwidth(value: unknown): number[] | undefined {
  if (!Array.isArray(value) || !value.some((w) => typeof w === 'number' && w > 0)) return undefined;
  return value.map((w) => (typeof w === 'number' && Number.isFinite(w) && w > 0 ? Math.round(w) : 0));
}

function cell(n: JSONContent): TableCellNode {
  const type = n.type === 'tableHeader' ? 'tableHeader' : 'tableCell';
  const blocks: TableCellNode['content'][number][] = [];
  for (const c of n.content ?? []) {
    if (c.type === 'paragraph') blocks.push(paragraph(c, false));
    else if (c.type === 'bulletList' || c.type === 'orderedList') blocks.push(list(c) as TableCellNode['content'][number]);
  }
  const colspan = typeof n.attrs?.colspan === 'number' && n.attrs.colspan > 1 ? n.attrs.colspan : undefined;
  const rowspan = typeof n.attrs?.rowspan === 'number' && n.attrs.rowspan > 1 ? n.attrs.rowspan : undefined;
  const widths = colwidth(n.attrs?.colwidth);
  const attrs =
    colspan || rowspan || widths ? { ...(colspan ? { colspan } : {}), ...(rowspan ? { rowspan } : {}), ...(widths ? { colwidth: widths } : {}) } : undefined;
  const content = blocks.length ? blocks : [{ type: 'paragraph' as const }];
  return attrs ? { type, attrs, content } : { type, content };
}

function block(n: JSONContent): BlockNode | null {
  switch (n.type) {
    case 'paragraph':
      return paragraph(n, true);
    case 'subheading': {
      const content = inline(n.content);
      const attrs = n.attrs?.level === 3 ? { attrs: { level: 3 as const } } : {};
      return content ? { type: 'subheading', ...attrs, content } : { type: 'subheading', ...attrs };
    }
    case 'blockquote': {
      // plain paragraphs only (never numbered); anything else inside is left out
      const paragraphs = (n.content ?? []).filter((c) => c.type === 'paragraph').map((c) => paragraph(c, false));
      return paragraphs.length ? { type: 'blockquote', content: paragraphs } : null;
    }
    case 'bulletList':
    case 'orderedList':
      return list(n);
    case 'table': {
      const rows: TableRowNode[] = (n.content ?? [])
        .filter((r) => r.type === 'tableRow')
        .map((r) => ({ type: 'tableRow', content: (r.content ?? []).map(cell) }));
      return rows.length ? { type: 'table', content: rows } : null;
    }
    case 'image': {
      const a = n.attrs ?? {};
      if (typeof a.src !== 'string' || typeof a.width !== 'number' || typeof a.height !== 'number') return null;
      const attrs = { src: a.src, alt: typeof a.alt === 'string' ? a.alt : '', width: a.width, height: a.height };
      return { type: 'image', attrs: typeof a.caption === 'string' && a.caption.trim() ? { ...attrs, caption: a.caption } : attrs };
    }
    case 'dataBlock': {
      const blockId = typeof n.attrs?.blockId === 'string' ? n.attrs.blockId : '';
      return blockId ? { type: 'dataBlock', attrs: { blockId } } : null;
    }
    default:
      return null;
  }
}

export function toRichDoc(json: JSONContent): RichDoc {
  const content = (json.content ?? []).map(block).filter((b): b is BlockNode => b !== null);
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}
