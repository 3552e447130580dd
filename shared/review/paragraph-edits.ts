// Whole-paragraph edits of a body's rich text, for accepting a reviewer's paragraph changes: a
// paragraph added before or after another (in a list, as a new item), a paragraph taken away (an
// emptied list item, list or quotation goes with it; a table cell keeps an empty paragraph), two
// paragraphs joined, and bold / italic / underline set over a range of a paragraph's text. Pure:
// each returns a new body, or null when the path no longer leads where it did.
import type { InlineNode, Mark, RichDoc, TextNode } from '../richtext/model';
import type { FormatMark } from './model';

interface AnyNode {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly content?: readonly AnyNode[];
}

function nodeAt(doc: RichDoc, path: readonly number[]): AnyNode | null {
  let node: AnyNode | undefined = doc;
  for (const i of path) node = node?.content?.[i];
  return node ?? null;
}

const isTextBlock = (n: AnyNode | null): boolean => n?.type === 'paragraph' || n?.type === 'subheading';

/** The body with the content of the node at `at` (a container) replaced. */
function withContent(doc: RichDoc, at: readonly number[], f: (content: readonly AnyNode[]) => AnyNode[]): RichDoc {
  const rebuild = (node: AnyNode, rest: readonly number[]): AnyNode => {
    if (rest.length === 0) return { ...node, content: f(node.content ?? []) };
    const [i, ...more] = rest;
    return { ...node, content: (node.content ?? []).map((c, k) => (k === i ? rebuild(c, more) : c)) };
  };
  return rebuild(doc, at) as unknown as RichDoc;
}

/** A paragraph's inline content from plain text: line breaks become hard breaks. */
export function inlineFromText(text: string): InlineNode[] {
  const out: InlineNode[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (i) out.push({ type: 'hardBreak' });
    if (line) out.push({ type: 'text', text: line });
  });
  return out;
}

/**
 * The body with a new paragraph of `text` just after (or, with `before`, just before) the paragraph
 * at `path`, numbered like it: a top-level paragraph takes its neighbour's numbering; in a list it
 * is a new item of that list.
 */
export function withParagraphInserted(doc: RichDoc, path: readonly number[], text: string, before = false): RichDoc | null {
  const target = nodeAt(doc, path);
  if (!isTextBlock(target) || path.length === 0) return null;
  const parentPath = path.slice(0, -1);
  const parent = nodeAt(doc, parentPath);
  const last = path.at(-1) ?? 0;
  const numbered = target?.type === 'paragraph' && target.attrs && 'numbered' in target.attrs ? { attrs: { numbered: target.attrs.numbered } } : {};
  const paragraph: AnyNode = { type: 'paragraph', ...(path.length === 1 ? numbered : {}), content: inlineFromText(text) };
  if (parent?.type === 'listItem' && last === 0 && parentPath.length > 0) {
    const itemIndex = parentPath.at(-1) ?? 0;
    return withContent(doc, parentPath.slice(0, -1), (items) => {
      const out = [...items];
      out.splice(itemIndex + (before ? 0 : 1), 0, { type: 'listItem', content: [paragraph] });
      return out;
    });
  }
  return withContent(doc, parentPath, (content) => {
    const out = [...content];
    out.splice(last + (before ? 0 : 1), 0, paragraph);
    return out;
  });
}

/** Containers that go when their last child goes. */
const COLLAPSES = new Set(['listItem', 'bulletList', 'orderedList', 'blockquote']);

/** The body without the node at `path`; an emptied list item, list or quotation goes too; a cell or body keeps an empty paragraph. */
function withNodeRemoved(doc: RichDoc, path: readonly number[]): RichDoc | null {
  if (path.length === 0) return null;
  const parentPath = path.slice(0, -1);
  const parent = nodeAt(doc, parentPath);
  const last = path.at(-1) ?? 0;
  if (!parent?.content || last >= parent.content.length) return null;
  if (parent.content.length === 1) {
    if (COLLAPSES.has(parent.type)) return withNodeRemoved(doc, parentPath);
    return withContent(doc, parentPath, () => [{ type: 'paragraph' }]);
  }
  // A list item must start with a paragraph: taking away its first of several is left to the author.
  if (parent.type === 'listItem' && last === 0) return null;
  return withContent(doc, parentPath, (content) => content.filter((_, k) => k !== last));
}

/** The body without the paragraph at `path`; null when the path no longer leads to a paragraph (or the list item would be left malformed). */
export function withParagraphRemoved(doc: RichDoc, path: readonly number[]): RichDoc | null {
  return isTextBlock(nodeAt(doc, path)) ? withNodeRemoved(doc, path) : null;
}

/** The paragraph after the one at `path` in the same container, and its path (what a deleted paragraph mark joins on). */
export function nextParagraph(doc: RichDoc, path: readonly number[]): { path: number[]; node: { content?: readonly InlineNode[] } } | null {
  if (path.length === 0) return null;
  const next = [...path.slice(0, -1), (path.at(-1) ?? 0) + 1];
  const node = nodeAt(doc, next);
  return isTextBlock(node) ? { path: next, node: node as { content?: readonly InlineNode[] } } : null;
}

/** The body with the paragraph at `path` and the next one joined into the first (as Word does when the mark between them goes). */
export function withParagraphsJoined(doc: RichDoc, path: readonly number[]): RichDoc | null {
  const first = nodeAt(doc, path);
  const next = nextParagraph(doc, path);
  if (!isTextBlock(first) || !next) return null;
  const joined = withContent(doc, path, (content) => [...content, ...((next.node.content ?? []) as AnyNode[])]);
  return withNodeRemoved(joined, next.path);
}

const ORDER: readonly FormatMark[] = ['bold', 'italic', 'underline'];

/** Inline content with bold / italic / underline added and taken away over plain-text range [from, to). */
export function formatInline(
  content: readonly InlineNode[],
  from: number,
  to: number,
  add: readonly FormatMark[],
  remove: readonly FormatMark[],
): InlineNode[] {
  const out: InlineNode[] = [];
  let at = 0;
  const restyle = (n: TextNode): TextNode => {
    const kept = (n.marks ?? []).filter((m) => !remove.includes(m.type as FormatMark) && !add.includes(m.type as FormatMark));
    const added: Mark[] = ORDER.filter((m) => add.includes(m)).map((type) => ({ type }));
    const marks = [...added, ...kept];
    const { marks: _old, ...rest } = n;
    return marks.length ? { ...rest, marks } : rest;
  };
  for (const n of content) {
    if (n.type !== 'text') {
      out.push(n);
      at += n.type === 'hardBreak' ? 1 : 0;
      continue;
    }
    const s = Math.max(from - at, 0);
    const e = Math.min(to - at, n.text.length);
    if (e <= s) out.push(n);
    else {
      if (s > 0) out.push({ ...n, text: n.text.slice(0, s) });
      out.push(restyle({ ...n, text: n.text.slice(s, e) }));
      if (e < n.text.length) out.push({ ...n, text: n.text.slice(e) });
    }
    at += n.text.length;
  }
  // Neighbours that now look the same are one text node again.
  const merged: InlineNode[] = [];
  for (const n of out) {
    const prev = merged.at(-1);
    if (n.type === 'text' && prev?.type === 'text' && JSON.stringify(prev.marks ?? []) === JSON.stringify(n.marks ?? []))
      merged[merged.length - 1] = { ...prev, text: prev.text + n.text };
    else merged.push(n);
  }
  return merged;
}

/** The body with one paragraph's range restyled; null when the path no longer leads to a paragraph. */
export function withParagraphFormatted(
  doc: RichDoc,
  path: readonly number[],
  from: number,
  to: number,
  add: readonly FormatMark[],
  remove: readonly FormatMark[],
): RichDoc | null {
  if (!isTextBlock(nodeAt(doc, path))) return null;
  const parentPath = path.slice(0, -1);
  const last = path.at(-1) ?? 0;
  return withContent(doc, parentPath, (content) =>
    content.map((c, k) => (k === last ? { ...c, content: formatInline((c.content ?? []) as InlineNode[], from, to, add, remove) } : c)),
  );
}
