// Paragraph numbers (4.1, 4.2 …) and footnote marks (a, b …) shown in the editor. They are
// decorations computed by shared/papers/numbering — the same rules the export relies on — so the
// editor never stores a number and can never show a stale one.
import { Extension } from '@tiptap/core';
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep, ReplaceStep } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { sectionLabels } from '../../shared/papers/numbering';
import { sectionHeadings } from '../../shared/papers/document-kind';
import { isBlankInline } from '../../shared/richtext/model';
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

/** A textblock's inline content as the numbering rule reads it. */
function inlineView(block: PmNode): InlineNode[] {
  const content: InlineNode[] = [];
  block.forEach(
    (n) =>
      void content.push(
        n.isText
          ? { type: 'text', text: n.text ?? '' }
          : n.type.name === 'footnote'
            ? { type: 'footnote', attrs: { id: '', text: '' } }
            : { type: 'hardBreak' },
      ),
  );
  return content;
}

function footnoteCount(block: PmNode): number {
  let n = 0;
  block.descendants((node) => {
    if (node.type.name === 'footnote') n++;
    return !node.isTextblock || node.childCount > 0;
  });
  return n;
}

function sameAttrs(a: PmNode, b: PmNode): boolean {
  const keys = Object.keys(a.attrs);
  return keys.length === Object.keys(b.attrs).length && keys.every((k) => a.attrs[k] === b.attrs[k]);
}

/**
 * Whether the transaction leaves every number and footnote mark where it was, so the decorations
 * need only be moved: each change lies inside one top-level block, which keeps its type, attributes,
 * blankness (a blank paragraph takes no number) and number of footnotes, and no block is added or
 * removed. The usual keystroke; anything else is worked out again over the whole section.
 */
function numberingUnchanged(tr: Transaction): boolean {
  return tr.steps.every((step, i) => {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return true;
    const before = tr.docs[i];
    const after = tr.docs[i + 1] ?? tr.doc;
    if (!(step instanceof ReplaceStep) || !before || before.childCount !== after.childCount) return false;
    const ranges: [number, number][] = [];
    step.getMap().forEach((oldStart, oldEnd) => void ranges.push([oldStart, oldEnd]));
    return ranges.every(([oldStart, oldEnd]) => {
      const $at = before.resolve(oldStart);
      if ($at.depth < 1) return false;
      const index = $at.index(0);
      const block = before.child(index);
      const next = after.child(index);
      return (
        oldEnd <= $at.before(1) + block.nodeSize - 1 &&
        next.type === block.type &&
        sameAttrs(block, next) &&
        (!block.isTextblock || isBlankInline(inlineView(block)) === isBlankInline(inlineView(next))) &&
        footnoteCount(block) === footnoteCount(next)
      );
    });
  });
}

function decorate(doc: PmNode, labels: EditorLabels): DecorationSet {
  const decorations: Decoration[] = [];
  if (labels.sectionNo !== null) {
    // A light view of each top-level block: enough for the numbering rule (type, attrs, inline text).
    const blocks: BlockNode[] = [];
    doc.forEach((child) => {
      const content = child.isTextblock ? inlineView(child) : [];
      blocks.push({ type: child.type.name, attrs: child.attrs, content } as unknown as BlockNode);
    });
    const numbers = sectionLabels(labels.sectionNo, blocks, (id) => labels.blockNumbers?.get(id) ?? 0);
    doc.forEach((child, offset, index) => {
      const n = numbers[index];
      if (typeof n === 'string') decorations.push(Decoration.node(offset, offset + child.nodeSize, { 'data-num': n, class: 'numbered' }));
      else if (n)
        decorations.push(
          Decoration.node(offset, offset + child.nodeSize, { 'data-num': n.length > 1 ? `${n[0]}–${n.at(-1)}` : n[0]!, class: 'numbered-block' }),
        );
    });
  }
  if (labels.headingsOf != null) {
    const kinds: { type: string; attrs?: { level?: number } }[] = [];
    doc.forEach((child) => void kinds.push({ type: child.type.name, attrs: child.attrs }));
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
            if (tr.docChanged)
              return {
                labels: value.labels,
                decorations: numberingUnchanged(tr) ? value.decorations.map(tr.mapping, tr.doc) : decorate(state.doc, value.labels),
              };
            return value;
          },
        },
        props: { decorations: (state) => key.getState(state)?.decorations },
      }),
    ];
  },
});

function sameLabels(a: EditorLabels, b: EditorLabels): boolean {
  if (
    a.sectionNo !== b.sectionNo ||
    (a.headingsOf ?? null) !== (b.headingsOf ?? null) ||
    a.footnoteMarks.size !== b.footnoteMarks.size ||
    a.blockNumbers !== b.blockNumbers
  )
    return false;
  for (const [k, v] of a.footnoteMarks) if (b.footnoteMarks.get(k) !== v) return false;
  return true;
}

/** Updates the labels an editor shows (after a section moves, or footnotes elsewhere change). */
export function setEditorLabels(editor: Editor, labels: EditorLabels): void {
  const current = key.getState(editor.state)?.labels;
  if (current && sameLabels(current, labels)) return;
  editor.view.dispatch(editor.state.tr.setMeta(key, labels).setMeta('addToHistory', false));
}
