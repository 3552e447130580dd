// Paragraph numbers (4.1, 4.2 …) and footnote marks (a, b …) shown in the editor. They are
// decorations computed by shared/papers/numbering — the same rules the export relies on — so the
// editor never stores a number and can never show a stale one.
import { Extension } from '@tiptap/core';
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { sectionLabels } from '../../shared/papers/numbering';
import { sectionHeadings } from '../../shared/papers/document-kind';
import type { BlockNode, InlineNode } from '../../shared/richtext/model';

export interface EditorLabels {
  /** The section number, or null where paragraphs are not numbered (appendices). */
  readonly sectionNo: number | null;
  /** Footnote id → its mark across the whole paper. */
  readonly footnoteMarks: ReadonlyMap<string, string>;
  /** Data block id → how many paragraph numbers it takes (only blocks the author numbered). */
  readonly blockNumbers?: ReadonlyMap<string, number>;
  /** A plan document with numbered headings: this section's number, so its sub-headings show 1.1 and 1.1.1; absent: none. */
  readonly headingsOf?: number | null;
}

const key = new PluginKey<{ labels: EditorLabels; decorations: DecorationSet }>('panelwright-labels');

function decorate(doc: PmNode, labels: EditorLabels): DecorationSet {
  const decorations: Decoration[] = [];
  if (labels.sectionNo !== null) {
    // A light view of each top-level block: enough for the numbering rule (type, attrs, inline text).
    const blocks: BlockNode[] = [];
    doc.forEach((child) => {
      const content: InlineNode[] = [];
      if (child.isTextblock) child.forEach((n) => void content.push(n.isText ? { type: 'text', text: n.text ?? '' } : n.type.name === 'footnote' ? { type: 'footnote', attrs: { id: '', text: '' } } : { type: 'hardBreak' }));
      blocks.push({ type: child.type.name, attrs: child.attrs, content } as unknown as BlockNode);
    });
    const numbers = sectionLabels(labels.sectionNo, blocks, (id) => labels.blockNumbers?.get(id) ?? 0);
    doc.forEach((child, offset, index) => {
      const n = numbers[index];
      if (typeof n === 'string') decorations.push(Decoration.node(offset, offset + child.nodeSize, { 'data-num': n, class: 'numbered' }));
      else if (n) decorations.push(Decoration.node(offset, offset + child.nodeSize, { 'data-num': n.length > 1 ? `${n[0]}–${n.at(-1)}` : n[0]!, class: 'numbered-block' }));
    });
  }
  if (labels.headingsOf != null) {
    const kinds: { type: string; attrs?: { level?: number } }[] = [];
    doc.forEach((child) => void kinds.push({ type: child.type.name, attrs: child.attrs as { level?: number } }));
    const heads = sectionHeadings(labels.headingsOf, kinds as Pick<BlockNode, 'type'>[], true);
    doc.forEach((child, offset, index) => {
      const h = heads[index];
      if (h?.label) decorations.push(Decoration.node(offset, offset + child.nodeSize, { 'data-num': h.label, class: 'numbered-heading' }));
    });
  }
  doc.descendants((node, pos) => {
    if (node.type.name === 'footnote') {
      decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-mark': labels.footnoteMarks.get(String(node.attrs.id)) ?? '*' }));
      return false;
    }
    // Footnotes live in textblocks; skip descending into text.
    return !node.isTextblock || node.childCount > 0;
  });
  return DecorationSet.create(doc, decorations);
}

export const LabelsExtension = Extension.create<{ initial: EditorLabels }>({
  name: 'panelwrightLabels',
  addOptions: () => ({ initial: { sectionNo: null, footnoteMarks: new Map() } }),
  addProseMirrorPlugins() {
    const initial = this.options.initial;
    return [
      new Plugin({
        key,
        state: {
          init: (_, state) => ({ labels: initial, decorations: decorate(state.doc, initial) }),
          apply(tr, value, _old, state) {
            const next = tr.getMeta(key) as EditorLabels | undefined;
            if (next) return { labels: next, decorations: decorate(state.doc, next) };
            if (tr.docChanged) return { labels: value.labels, decorations: decorate(state.doc, value.labels) };
            return value;
          },
        },
        props: { decorations: (state) => key.getState(state)?.decorations },
      }),
    ];
  },
});

function sameLabels(a: EditorLabels, b: EditorLabels): boolean {
  if (a.sectionNo !== b.sectionNo || (a.headingsOf ?? null) !== (b.headingsOf ?? null) || a.footnoteMarks.size !== b.footnoteMarks.size || a.blockNumbers !== b.blockNumbers) return false;
  for (const [k, v] of a.footnoteMarks) if (b.footnoteMarks.get(k) !== v) return false;
  return true;
}

/** Updates the labels an editor shows (after a section moves, or footnotes elsewhere change). */
export function setEditorLabels(editor: Editor, labels: EditorLabels): void {
  const current = key.getState(editor.state)?.labels;
  if (current && sameLabels(current, labels)) return;
  editor.view.dispatch(editor.state.tr.setMeta(key, labels).setMeta('addToHistory', false));
}
