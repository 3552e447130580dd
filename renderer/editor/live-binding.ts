// An open editor bound to its body's fragment in a team-sync document: y-prosemirror's ySyncPlugin
// keeps the editor and the fragment the same keystroke by keystroke (a colleague's typing appears as
// it is typed, merged by character), and its yUndoPlugin gives the editor an undo that takes back
// only this person's own changes. ProseMirror's own history comes out while bound: it would record a
// colleague's text arriving as a step of this person's, and Ctrl+Z would take it away.
import type { Editor } from '@tiptap/core';
import { history } from '@tiptap/pm/history';
import { keydownHandler } from '@tiptap/pm/keymap';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { redo, redoCommand, undo, undoCommand, ySyncPlugin, ySyncPluginKey, yUndoPlugin, yUndoPluginKey } from 'y-prosemirror';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { colleagueCarets, isCaretsPlugin } from './colleague-carets';

const liveKeysKey = new PluginKey('panelwrightLiveKeys');

/** Ctrl+Z and Ctrl+Y (Shift+Ctrl+Z) run the bound undo; TipTap's own keys would find no history and let the browser undo. */
const liveKeys = () =>
  new Plugin({
    key: liveKeysKey,
    props: { handleKeyDown: keydownHandler({ 'Mod-z': undoCommand, 'Mod-y': redoCommand, 'Shift-Mod-z': redoCommand }) },
  });

const keyOf = (p: Plugin) => (p as unknown as { key: string }).key;
const isHistory = (p: Plugin) => keyOf(p).startsWith('history$');
const isOurs = (p: Plugin) => p.spec.key === ySyncPluginKey || p.spec.key === yUndoPluginKey || p.spec.key === liveKeysKey || isCaretsPlugin(p);

/** Whether the editor is bound to a fragment now. */
export const isLive = (editor: Editor): boolean => !editor.isDestroyed && ySyncPluginKey.getState(editor.state) !== undefined;

/**
 * Binds the editor to `fragment`, which must hold the body the editor shows (the binding draws the
 * editor from the fragment). In one reconfiguration: the bound plugins first, ProseMirror's history out.
 * With the document's awareness, colleagues' carets are drawn too (colleague-carets.ts).
 */
export function bindEditor(editor: Editor, fragment: Y.XmlFragment, awareness: Awareness | null = null): void {
  if (editor.isDestroyed || isLive(editor)) return;
  const sync = ySyncPlugin(fragment) as Plugin;
  const carets = awareness ? [colleagueCarets(awareness)] : [];
  editor.registerPlugin(sync, (_sync, plugins) => [liveKeys(), sync, ...carets, yUndoPlugin(), ...plugins.filter((p) => !isHistory(p))]);
  settle(editor);
}

/** Lets go of the fragment: the editor keeps its text and has ProseMirror's history again (empty). */
export function unbindEditor(editor: Editor): void {
  if (!isLive(editor)) return;
  // As TipTap's undo-redo extension has it (schema-extensions.ts): each undo group a step of the paper's history.
  editor.registerPlugin(history({ depth: 1000, newGroupDelay: 500 }), (h, plugins) => [...plugins.filter((p) => !isOurs(p)), h]);
  settle(editor);
}

/** An empty transaction, so listeners read the new undo depth (no change, nothing saved, not an undo step). */
function settle(editor: Editor) {
  if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta('addToHistory', false));
}

/** How many undo steps the bound editor holds (its own typing; a colleague's is not among them). */
export const liveUndoDepth = (editor: Editor): number => yUndoPluginKey.getState(editor.state)?.undoManager.undoStack.length ?? 0;

export const liveUndo = (editor: Editor): boolean => !editor.isDestroyed && undo(editor.state);
export const liveRedo = (editor: Editor): boolean => !editor.isDestroyed && redo(editor.state);

/** A transaction that brought in the fragment's change (a colleague's typing, or the binding drawing the editor), not an edit made here. */
export function fromFragment(tr: { getMeta(key: PluginKey): unknown }): boolean {
  const m = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean } | undefined;
  return !!m?.isChangeOrigin && !m.isUndoRedoOperation;
}
