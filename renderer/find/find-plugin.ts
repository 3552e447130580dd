// Find inside one editor: the matches of the paper's Find (shared/text/find.ts) in the editor's text
// and in its footnotes, highlighted with decorations (the current one more strongly), and replaced in
// one transaction, so each editor's replacement is one step of the paper's undo history.
import { Extension } from '@tiptap/core';
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { closeHistory } from '@tiptap/pm/history';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findInText, replaceInText } from '../../shared/text/find';
import type { FindOptions } from '../../shared/text/find';

export interface FindQuery extends FindOptions {
  readonly text: string;
}

/** A match in the document: text between two positions, or (footnote) inside the footnote at `from`. */
export interface EditorMatch {
  readonly from: number;
  readonly to: number;
  readonly footnote: boolean;
}

interface FindState {
  readonly query: FindQuery | null;
  readonly matches: readonly EditorMatch[];
  readonly current: number | null;
  readonly decorations: DecorationSet;
}

export const findKey = new PluginKey<FindState>('panelwrightFind');

/** Every match of the query, in document order (a footnote's own matches at its mark). */
export function matchesIn(doc: PmNode, query: FindQuery | null): EditorMatch[] {
  if (!query || query.text === '') return [];
  const out: EditorMatch[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // The block's text, with a stand-in for anything that is not text, so no match spans a footnote.
    let text = '';
    const starts: number[] = [];
    const footnotes: { at: number; pos: number; text: string }[] = [];
    node.forEach((child, offset) => {
      const childPos = pos + 1 + offset;
      if (child.isText) {
        for (let i = 0; i < child.text!.length; i++) starts.push(childPos + i);
        text += child.text;
      } else {
        if (child.type.name === 'footnote') footnotes.push({ at: text.length, pos: childPos, text: String(child.attrs.text ?? '') });
        starts.push(childPos);
        text += '\uFFFC';
      }
    });
    const inText = findInText(text, query.text, query).map((m) => ({ from: starts[m.from]!, to: starts[m.to - 1]! + 1, footnote: false, at: m.from }));
    const inNotes = footnotes.flatMap((f) => findInText(f.text, query.text, query).map(() => ({ from: f.pos, to: f.pos + 1, footnote: true, at: f.at })));
    out.push(
      ...[...inText, ...inNotes]
        .sort((a, b) => a.at - b.at || Number(a.footnote) - Number(b.footnote))
        .map(({ from, to, footnote }) => ({ from, to, footnote })),
    );
    return false;
  });
  return out;
}

function decorate(doc: PmNode, matches: readonly EditorMatch[], current: number | null): DecorationSet {
  return DecorationSet.create(
    doc,
    matches.map((m, i) => {
      const cls = i === current ? 'find-match find-current' : 'find-match';
      return m.footnote ? Decoration.node(m.from, m.to, { class: cls }) : Decoration.inline(m.from, m.to, { class: cls });
    }),
  );
}

export const FindHighlight = Extension.create({
  name: 'panelwrightFind',
  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: () => ({ query: null, matches: [], current: null, decorations: DecorationSet.empty }),
          apply(tr, prev): FindState {
            const meta = tr.getMeta(findKey) as { query?: FindQuery | null; current?: number | null } | undefined;
            if (!meta && !tr.docChanged) return prev;
            const query = meta && 'query' in meta ? (meta.query ?? null) : prev.query;
            const matches = tr.docChanged || (meta && 'query' in meta) ? matchesIn(tr.doc, query) : prev.matches;
            const wanted = meta && 'current' in meta ? (meta.current ?? null) : prev.current;
            const current = wanted !== null && wanted < matches.length ? wanted : null;
            return { query, matches, current, decorations: query ? decorate(tr.doc, matches, current) : DecorationSet.empty };
          },
        },
        props: { decorations: (state) => findKey.getState(state)?.decorations ?? null },
      }),
    ];
  },
});

const stateOf = (s: EditorState) => findKey.getState(s);

/** Sets the query (null clears it) and which of this editor's matches is current; returns its matches. */
export function setEditorFind(editor: Editor, query: FindQuery | null, current: number | null = null): readonly EditorMatch[] {
  if (editor.isDestroyed) return [];
  const tr = editor.state.tr.setMeta(findKey, { query, current }).setMeta('addToHistory', false);
  editor.view.dispatch(tr);
  return stateOf(editor.state)?.matches ?? [];
}

export function editorMatches(editor: Editor): readonly EditorMatch[] {
  return editor.isDestroyed ? [] : (stateOf(editor.state)?.matches ?? []);
}

/**
 * Replaces the given matches (this editor's, as found) with `replacement`, in one transaction that is
 * its own undo step. Text keeps the formatting of where it was; a footnote's matches are replaced in
 * its text. Returns how many were replaced.
 */
export function replaceInEditor(editor: Editor, matches: readonly EditorMatch[], replacement: string): number {
  if (editor.isDestroyed || !editor.isEditable || matches.length === 0) return 0;
  const query = stateOf(editor.state)?.query;
  if (!query) return 0;
  let tr: Transaction = closeHistory(editor.state.tr);
  let count = 0;
  const footnotesDone = new Set<number>();
  // From the end, so earlier positions stay valid.
  for (const m of [...matches].sort((a, b) => b.from - a.from)) {
    if (m.footnote) {
      if (footnotesDone.has(m.from)) continue;
      footnotesDone.add(m.from);
      const node = tr.doc.nodeAt(m.from);
      if (!node || node.type.name !== 'footnote') continue;
      // Only as many of this footnote's matches as were asked for (Replace one replaces the first).
      const wanted = matches.filter((x) => x.footnote && x.from === m.from).length;
      const all = findInText(String(node.attrs.text), query.text, query);
      const text =
        wanted >= all.length
          ? replaceInText(String(node.attrs.text), query.text, replacement, query).text
          : replaceFirst(String(node.attrs.text), all[0]!, replacement);
      if (text.trim() === '') continue; // a footnote emptied by a replacement would vanish: leave it
      tr = tr.setNodeMarkup(m.from, undefined, { ...node.attrs, text });
      count += Math.min(wanted, all.length);
    } else {
      tr = replacement === '' ? tr.delete(m.from, m.to) : tr.insertText(replacement, m.from, m.to);
      count++;
    }
  }
  editor.view.dispatch(closeHistory(tr));
  return count;
}

const replaceFirst = (text: string, m: { from: number; to: number }, replacement: string) => text.slice(0, m.from) + replacement + text.slice(m.to);
