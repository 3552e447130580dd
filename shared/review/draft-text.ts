// The draft as paragraphs of plain text, each with where it is (part, path into the rich text),
// so a returned file's comments and changes can be matched to it, and a text edit at a position
// of a paragraph's plain text can be made to its rich text (marks and footnotes kept).
import type { PaperBundle } from '../papers/model';
import { appendixLetter } from '../papers/numbering';
import type { BlockNode, InlineNode, ParagraphNode, RichDoc, TextNode } from '../richtext/model';
import { inlineText, isNumberedParagraph } from '../richtext/model';
import { sha256Hex } from '../text/bytes';
import { must } from '../records/must';

export interface DraftPart {
  readonly kind: 'section' | 'appendix';
  readonly id: string;
  /** "5. Financial Implications", "Appendix A: Budget". */
  readonly label: string;
  readonly body: RichDoc;
}

export interface DraftParagraph {
  readonly partId: string;
  readonly partKind: DraftPart['kind'];
  /** Indexes into the body: [block] for a top-level paragraph, deeper for lists and tables. */
  readonly path: readonly number[];
  readonly text: string;
  /** "5.2", "5. Financial Implications, list item", "Appendix A, table". */
  readonly label: string;
  /** Reading order across the whole paper (a footnote: that of the paragraph after the one holding it). */
  readonly order: number;
  /** A footnote's text (draftFootnotes), not a paragraph's. */
  readonly footnote?: boolean;
}

export function draftParts(bundle: Pick<PaperBundle, 'sections' | 'appendices'>): DraftPart[] {
  return [
    ...bundle.sections.map((s, i): DraftPart => ({ kind: 'section', id: s.id, label: `${i + 1}. ${s.title}`, body: s.body })),
    ...bundle.appendices.map((a, i): DraftPart => ({ kind: 'appendix', id: a.id, label: `Appendix ${appendixLetter(i)}: ${a.title}`, body: a.body })),
  ];
}

type Inline = { content?: readonly InlineNode[] };

/** Every paragraph-like node of a body with its path: paragraphs, sub-headings, quotations' paragraphs, list items' and table cells' paragraphs (and lists in cells). */
function walk(blocks: readonly BlockNode[], visit: (node: Inline, path: number[], where: string) => void): void {
  const list = (node: BlockNode, path: number[]) => {
    if (node.type !== 'bulletList' && node.type !== 'orderedList') return;
    node.content.forEach((item, i) =>
      item.content.forEach((c, j) => {
        if (c.type === 'paragraph') visit(c, [...path, i, j], 'list item');
        else list(c, [...path, i, j]);
      }),
    );
  };
  blocks.forEach((b, i) => {
    if (b.type === 'paragraph' || b.type === 'subheading') visit(b, [i], b.type);
    else if (b.type === 'bulletList' || b.type === 'orderedList') list(b, [i]);
    else if (b.type === 'blockquote') b.content.forEach((p, k) => visit(p, [i, k], 'quotation'));
    else if (b.type === 'table')
      b.content.forEach((row, r) =>
        row.content.forEach((cell, c) => cell.content.forEach((p, k) => (p.type === 'paragraph' ? visit(p, [i, r, c, k], 'table') : list(p, [i, r, c, k])))),
      );
  });
}

function collect(parts: readonly DraftPart[]): { paragraphs: DraftParagraph[]; footnotes: DraftParagraph[] } {
  const out: DraftParagraph[] = [];
  const notes: DraftParagraph[] = [];
  parts.forEach((part, pi) => {
    let n = 0;
    walk(part.body.content, (node, path, where) => {
      const numbered = part.kind === 'section' && where === 'paragraph' && path.length === 1 && isNumberedParagraph(node as ParagraphNode);
      if (numbered) n++;
      const text = inlineText(node.content);
      const label = numbered ? `${pi + 1}.${n}` : `${part.label}, ${where === 'paragraph' ? 'paragraph' : where}`;
      for (const f of node.content ?? [])
        if (f.type === 'footnote' && f.attrs.text.trim())
          notes.push({ partId: part.id, partKind: part.kind, path, text: f.attrs.text, label: `${label}, footnote`, order: out.length, footnote: true });
      if (!text.trim()) return;
      out.push({ partId: part.id, partKind: part.kind, path, text, label, order: out.length });
    });
  });
  return { paragraphs: out, footnotes: notes };
}

export function draftParagraphs(parts: readonly DraftPart[]): DraftParagraph[] {
  return collect(parts).paragraphs;
}

/**
 * Every footnote's text, placed at the paragraph that holds its mark (path, label "5.1, footnote",
 * order), for comments a reviewer made in a footnote. Not part of the draft's fingerprint.
 */
export function draftFootnotes(parts: readonly DraftPart[]): DraftParagraph[] {
  return collect(parts).footnotes;
}

/** A fingerprint of the draft's words (every part's paragraphs), written into a review copy. */
export function draftTextHash(bundle: Pick<PaperBundle, 'sections' | 'appendices'>): Promise<string> {
  const text = draftParagraphs(draftParts(bundle))
    .map((p) => `${p.partId}\u0001${p.text}`)
    .join('\u0002');
  return sha256Hex(new TextEncoder().encode(text));
}

/** The inline node at a path (the paragraph itself), or null when the path no longer leads to one. */
export function paragraphAt(doc: RichDoc, path: readonly number[]): Inline | null {
  let node: unknown = doc;
  for (const i of path) {
    const content = (node as { content?: unknown[] } | null)?.content;
    if (!Array.isArray(content) || i >= content.length) return null;
    node = content[i];
  }
  const t = (node as { type?: string } | null)?.type;
  return t === 'paragraph' || t === 'subheading' ? (node as Inline) : null;
}

/** The inline content with plain-text range [from, to) replaced by `insert` (with the marks of the text it replaces, or of the text before it). */
export function editInline(content: readonly InlineNode[], from: number, to: number, insert: string): InlineNode[] {
  const width = (n: InlineNode) => (n.type === 'text' ? n.text.length : n.type === 'hardBreak' ? 1 : 0);
  // 1. Split text nodes at `from` and `to`, so each lies wholly before, inside or after the range.
  const pieces: { node: InlineNode; start: number }[] = [];
  let at = 0;
  for (const n of content) {
    const w = width(n);
    if (n.type === 'text') {
      const cuts = [0, from - at, to - at, w].filter((c) => c >= 0 && c <= w).sort((a, b) => a - b);
      for (let i = 0; i + 1 < cuts.length; i++)
        if (must(cuts[i + 1], 'cuts[i + 1]') > must(cuts[i], 'cuts[i]'))
          pieces.push({ node: { ...n, text: n.text.slice(cuts[i], cuts[i + 1]) }, start: at + must(cuts[i], 'cuts[i]') });
    } else pieces.push({ node: n, start: at });
    at += w;
  }
  // 2. Drop what lies inside the range (footnotes, being zero-width, stay).
  const inside = (p: (typeof pieces)[number]) => width(p.node) > 0 && p.start >= from && p.start + width(p.node) <= to && from < to;
  const replaced = pieces.find((p) => inside(p) && p.node.type === 'text')?.node as TextNode | undefined;
  const kept = pieces.filter((p) => !inside(p));
  // 3. Insert before the first piece after the point; a footnote right at the point stays with the word before it.
  if (insert) {
    const i = kept.findIndex((p) => p.start > from || (p.start === from && width(p.node) > 0));
    const before = (i < 0 ? kept : kept.slice(0, i)).filter((p) => p.node.type === 'text').at(-1)?.node as TextNode | undefined;
    const after = (i < 0 ? [] : kept.slice(i)).find((p) => p.node.type === 'text')?.node as TextNode | undefined;
    // A replacement keeps the look of what it replaces; an insertion takes the text before it.
    const marks = (replaced ?? before ?? after)?.marks;
    const node: TextNode = marks?.length ? { type: 'text', text: insert, marks } : { type: 'text', text: insert };
    kept.splice(i < 0 ? kept.length : i, 0, { node, start: from });
  }
  return mergeTexts(kept.map((p) => p.node));
}

const sameMarks = (a: TextNode['marks'], b: TextNode['marks']) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

function mergeTexts(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const n of nodes) {
    const prev = out.at(-1);
    if (n.type === 'text' && !n.text) continue;
    if (n.type === 'text' && prev?.type === 'text' && sameMarks(prev.marks, n.marks)) out[out.length - 1] = { ...prev, text: prev.text + n.text };
    else out.push(n);
  }
  return out;
}

/** The body with one paragraph's text edited; null when the path no longer leads to a paragraph. */
export function withParagraphEdited(doc: RichDoc, path: readonly number[], from: number, to: number, insert: string): RichDoc | null {
  if (!paragraphAt(doc, path)) return null;
  const rebuild = (node: unknown, rest: readonly number[]): unknown => {
    const n = node as { content?: readonly unknown[] };
    if (rest.length === 0) return { ...n, content: editInline((n.content ?? []) as InlineNode[], from, to, insert) };
    const [i, ...more] = rest;
    return { ...n, content: (n.content ?? []).map((c, k) => (k === i ? rebuild(c, more) : c)) };
  };
  return rebuild(doc, path) as RichDoc;
}
